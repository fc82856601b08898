import { describe, expect, it } from 'vitest';
import { publishEarlyReads, startEarlyReads, takeEarlyReads } from '../../../entrypoints/popup/early';

describe('the popup head script hands its reads to the page', () => {
  it('gives the published reads once, then starts new ones', async () => {
    const early = startEarlyReads(Date.parse('2026-11-27T09:00:00Z'));
    publishEarlyReads(early);
    expect(takeEarlyReads()).toBe(early);
    const again = takeEarlyReads();
    expect(again).not.toBe(early);
    expect(await again.recent).toEqual({ rows: [], any: false });
    expect((await again.settings).version).toBe((await early.settings).version);
  });
});
