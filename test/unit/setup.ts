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

// The health line's list comes with the page tools (components/health/list-source.ts); here it is built directly.
vi.mock('../../components/health/list-source', async () => {
  const { healthList } = await import('../../components/teach/health-list');
  return { importHealthList: vi.fn(async () => (missing: never[], lang: 'ru' | 'en') => healthList(document, missing, lang, () => {})) };
});
