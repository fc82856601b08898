import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';
import { channel } from './fake-channel';

beforeEach(() => {
  fakeBrowser.reset();
  channel.reset();
});

afterEach(() => {
  cleanup();
});

// testing-library's clicks are synthetic (isTrusted false); the sidebar's own gate is tested in
// test/unit/sidebar/trusted.test.tsx and end to end in the browser.
import { acceptEvents } from '../../components/sidebar/trusted';
acceptEvents(() => true);

// The escalation panels load in the extension as a module of their own, imported by URL
// (components/escalation/panels-source.ts); here the same code is imported directly.
vi.mock('../../components/escalation/panels-source', async () => {
  const { createPanelsApi } = await import('../../components/escalation/panels-island');
  return { importPanels: vi.fn(async () => createPanelsApi()) };
});

// The health line's part names come with the page tools (components/health/labels-source.ts); here directly.
vi.mock('../../components/health/labels-source', async () => {
  const { keyLabels } = await import('../../components/teach/key-labels');
  return { importKeyLabels: vi.fn(async () => keyLabels) };
});
