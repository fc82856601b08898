import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arrival, createToaster, SUCCESS_TOAST_MS, type Toast } from '../../../lib/toasts/toasts';

describe('arrival', () => {
  it('shows the newest, except an error about something older than the success on screen', () => {
    const ok: Toast = { kind: 'ok', text: 'applied', at: 200 };
    expect(arrival(null, { kind: 'error', text: 'x', at: 1 })).toBe('show');
    expect(arrival(ok, { kind: 'error', text: 'refused', at: 100 })).toBe('wait');
    expect(arrival(ok, { kind: 'error', text: 'refused', at: 300 })).toBe('show');
    expect(arrival(ok, { kind: 'ok', text: 'again', at: 100 })).toBe('show');
    expect(arrival({ kind: 'error', text: 'e', at: 500 }, { kind: 'ok', text: 'later', at: 100 })).toBe('show');
  });
});

describe('createToaster', () => {
  let shown: Toast | null;
  let clock: number;
  const make = () => createToaster({ get: () => shown, set: (t) => (shown = t) }, () => clock);
  beforeEach(() => {
    vi.useFakeTimers();
    shown = null;
    clock = 1000;
  });
  afterEach(() => vi.useRealTimers());

  it('closes a success by itself and keeps an error until dismissed', () => {
    const toaster = make();
    toaster.push('ok', 'Tag applied');
    vi.advanceTimersByTime(SUCCESS_TOAST_MS + 1);
    expect(shown).toBeNull();
    toaster.push('error', 'Not offered');
    vi.advanceTimersByTime(SUCCESS_TOAST_MS * 10);
    expect(shown?.text).toBe('Not offered');
    toaster.dismiss();
    expect(shown).toBeNull();
  });

  it('lets a late error wait behind a later success, then shows it', () => {
    const toaster = make();
    const refusedStarted = clock;
    clock += 500;
    toaster.push('ok', 'Tag "refund" applied');
    clock += 1000;
    toaster.push('error', 'The panel does not offer "x"', refusedStarted);
    expect(shown?.text).toBe('Tag "refund" applied');
    vi.advanceTimersByTime(SUCCESS_TOAST_MS + 1);
    expect(shown?.text).toBe('The panel does not offer "x"');
  });

  it('newest wins otherwise, and a switch clears everything', () => {
    const toaster = make();
    toaster.push('error', 'first');
    clock += 10;
    toaster.push('ok', 'second');
    expect(shown?.text).toBe('second');
    toaster.push('error', 'stale', 0);
    toaster.clear();
    vi.advanceTimersByTime(SUCCESS_TOAST_MS * 2);
    expect(shown).toBeNull();
  });
});
