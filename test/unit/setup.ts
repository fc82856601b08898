import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach } from 'vitest';
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
