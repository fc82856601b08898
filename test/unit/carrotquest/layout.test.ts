import { describe, expect, it } from 'vitest';
import { covers, planLayout, PANEL_MIN_WIDTH } from '../../../lib/carrotquest/layout';

const plan = (viewportWidth: number, preferredWidth = 320, extra: Partial<Parameters<typeof planLayout>[0]> = {}) =>
  planLayout({ viewportWidth, preferredWidth, collapsed: false, ...extra });

describe('planLayout', () => {
  it('pushes the page at full width where the panel keeps its room', () => {
    expect(plan(1920)).toEqual({ mode: 'push', side: 'right', width: 320, pushRight: 320, pushLeft: 0 });
    expect(plan(1920, 440).width).toBe(440);
  });

  it('narrows to what the panel leaves at 1440', () => {
    const p = plan(1440);
    expect(p).toMatchObject({ mode: 'compact', side: 'right', pushRight: 1440 - PANEL_MIN_WIDTH });
    expect(p.width).toBe(270);
  });

  it('becomes a drawer over the first column at 1366 and 1280, moving the page by the room there is', () => {
    expect(plan(1366)).toEqual({ mode: 'drawer', side: 'left', width: 320, pushRight: 0, pushLeft: 196 });
    const narrow = plan(1280);
    expect(narrow).toMatchObject({ mode: 'drawer', side: 'left', pushLeft: 110 });
    // It lies over no more than the first column's width of the panel.
    expect(narrow.width - narrow.pushLeft).toBeLessThanOrEqual(190);
    expect(plan(1000)).toMatchObject({ mode: 'drawer', pushLeft: 0, width: 260 });
  });

  it('keeps the chosen width within bounds, and a strip when collapsed', () => {
    expect(plan(2560, 9999).width).toBe(480);
    expect(plan(2560, 10).width).toBe(260);
    expect(plan(2560, Number.NaN).width).toBe(320);
    expect(plan(1280, 320, { collapsed: true })).toEqual({ mode: 'strip', side: 'right', width: 28, pushRight: 28, pushLeft: 0 });
  });

  it('steps down past a mode the page showed to cover it', () => {
    expect(plan(1920, 320, { skip: ['push'] }).mode).toBe('compact');
    expect(plan(1920, 320, { skip: ['push', 'compact'] }).mode).toBe('drawer');
  });
});

describe('covers', () => {
  const box = (left: number, right: number) => ({ left, right, width: right - left, height: 20 });
  it('sees a right-hand sidebar over the customer card, and a drawer over nothing on the right', () => {
    const p = plan(1920);
    expect(covers(p, 1920, [box(1500, 1590)])).toBe(false);
    expect(covers(p, 1920, [box(1500, 1601)])).toBe(true);
    const d = plan(1366);
    expect(covers(d, 1366, [box(700, 1300)])).toBe(false);
    expect(covers(d, 1366, [box(300, 500)])).toBe(true);
    // Hidden parts (no size) are not covered.
    expect(covers(p, 1920, [{ left: 1700, right: 1700, width: 0, height: 0 }])).toBe(false);
  });
});
