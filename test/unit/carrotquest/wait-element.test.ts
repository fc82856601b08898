// The small stand-in for @1natsu/wait-element that WXT's UI auto-mount uses in the page's world.
import { describe, expect, it } from 'vitest';
import { isExist, isNotExist, waitElement } from '../../../lib/carrotquest/wait-element';

describe('waitElement', () => {
  it('resolves at once with an element already there', async () => {
    document.body.innerHTML = '<main id="anchor"></main>';
    expect(await waitElement('#anchor')).toBe(document.getElementById('anchor'));
  });

  it('waits for the element to appear, and for it to go with isNotExist', async () => {
    document.body.innerHTML = '';
    const appears = waitElement('#late', { detector: isExist });
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<div id="late"></div>'), 10);
    const el = await appears;
    expect(el?.id).toBe('late');
    const goes = waitElement('#late', { detector: isNotExist });
    setTimeout(() => el!.remove(), 10);
    expect(await goes).toBeNull();
  });

  it('uses the custom matcher when given', async () => {
    document.body.innerHTML = '<p class="x"></p>';
    expect(await waitElement('body', { customMatcher: () => document.querySelector('.x') })).toBe(document.querySelector('.x'));
  });

  it('rejects with the reason when aborted, before or while waiting', async () => {
    document.body.innerHTML = '';
    const before = new AbortController();
    before.abort('stopped');
    await expect(waitElement('#never', { signal: before.signal })).rejects.toBe('stopped');
    const during = new AbortController();
    const waiting = waitElement('#never', { signal: during.signal });
    during.abort('gone');
    await expect(waiting).rejects.toBe('gone');
  });
});
