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
