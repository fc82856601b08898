import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
