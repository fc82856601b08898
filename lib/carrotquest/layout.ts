import { queryFirst, type ResolvedProfile } from './profile';

/**
 * Where the sidebar sits, chosen per window width so the panel stays whole.
 *
 * - `push`: on the right, the page narrowed by the sidebar's width (the panel reflows beside it);
 * - `compact`: the same, narrower, when the panel needs more room than the chosen width leaves;
 * - `drawer`: on the left, over the panel's first column (channels and folders, not needed while a
 *   dialogue is open), with the page moved right by whatever room there is, when even a compact
 *   sidebar would squeeze the panel. The reply box and the customer card stay uncovered in every mode.
 *
 * The panel's columns need about 1,170 px (channels, list, conversation, customer card); after a
 * layout is applied it is checked against the page itself (`covers`), and a layout that covers the
 * reply box or the customer card gives way to the next one.
 */
export type LayoutMode = 'push' | 'compact' | 'drawer' | 'strip';

export interface LayoutPlan {
  mode: LayoutMode;
  side: 'right' | 'left';
  /** The sidebar's own width in px. */
  width: number;
  /** How far the page is narrowed from the right, and moved from the left. */
  pushRight: number;
  pushLeft: number;
}

export const PANEL_MIN_WIDTH = 1170;
export const DEFAULT_WIDTH = 320;
export const MIN_WIDTH = 260;
export const MAX_WIDTH = 480;
export const STRIP_WIDTH = 28;
/** How much of the panel's first column a drawer may lie over (the fixture's and the real panel's is ~190 px). */
export const DRAWER_COVER_MAX = 190;

export const clampWidth = (w: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number.isFinite(w) ? w : DEFAULT_WIDTH)));

export interface PlanInput {
  viewportWidth: number;
  /** The width the operator chose (dragged), or the default. */
  preferredWidth: number;
  collapsed: boolean;
  /** What the panel needs; raised when the page showed a layout covering its parts. */
  panelMinWidth?: number;
  /** Modes already found to cover the page at this width, skipped. */
  skip?: readonly LayoutMode[];
}

/** The layout for a window width: the widest that leaves the panel its room. Pure. */
export function planLayout(input: PlanInput): LayoutPlan {
  const vw = Math.max(0, Math.round(input.viewportWidth));
  const need = input.panelMinWidth ?? PANEL_MIN_WIDTH;
  const preferred = clampWidth(input.preferredWidth);
  const skip = new Set(input.skip ?? []);
  if (input.collapsed) return { mode: 'strip', side: 'right', width: STRIP_WIDTH, pushRight: STRIP_WIDTH, pushLeft: 0 };
  const room = vw - need;
  if (!skip.has('push') && room >= preferred) return { mode: 'push', side: 'right', width: preferred, pushRight: preferred, pushLeft: 0 };
  if (!skip.has('compact') && room >= MIN_WIDTH) {
    const width = Math.min(preferred, room);
    return { mode: 'compact', side: 'right', width, pushRight: width, pushLeft: 0 };
  }
  const pushLeft = Math.max(0, Math.min(room, preferred));
  const width = Math.max(MIN_WIDTH, Math.min(preferred, pushLeft + DRAWER_COVER_MAX));
  return { mode: 'drawer', side: 'left', width, pushRight: 0, pushLeft };
}

export interface Box {
  left: number;
  right: number;
  width: number;
  height: number;
}

/** Whether the sidebar, placed as planned, lies over any of the given boxes (the reply box, the customer card). */
export function covers(plan: LayoutPlan, viewportWidth: number, boxes: readonly Box[]): boolean {
  const visible = boxes.filter((b) => b.width > 0 && b.height > 0);
  if (plan.side === 'right') {
    const edge = viewportWidth - plan.width;
    return visible.some((b) => b.right > edge + 0.5);
  }
  return visible.some((b) => b.left < plan.width - 0.5);
}

/**
 * Applies a plan to the page: the page's margins make room, so the panel reflows instead of hiding
 * under the sidebar. Returns a function that undoes it. The only place the page's own layout is touched.
 */
export function reserveSidebarSpace(plan: LayoutPlan, doc: Document = document): () => void {
  const style = doc.createElement('style');
  style.dataset.sidekick = 'layout';
  const px = (n: number) => `${Math.max(0, Math.round(n))}px`;
  style.textContent = `html { margin-right: ${px(plan.pushRight)} !important; margin-left: ${px(plan.pushLeft)} !important; }`;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/** The parts the sidebar must never lie over: the reply box and the customer card's fields. */
const GUARDED_KEYS = ['composer', 'customerName', 'customerEmail', 'customerId', 'customerNotes'] as const;

export function guardedBoxes(profile: ResolvedProfile, doc: Document = document): Box[] {
  const boxes: Box[] = [];
  for (const key of GUARDED_KEYS) {
    const el = queryFirst(doc, profile[key] ?? []);
    if (!el) continue;
    const r = el.getBoundingClientRect();
    boxes.push({ left: r.left, right: r.right, width: r.width, height: r.height });
  }
  return boxes;
}

export interface LayoutManager {
  /** Plans for the current window, applies, checks the page and steps down while it covers the panel. */
  refresh(): LayoutPlan;
  stop(): void;
}

/**
 * Keeps the layout fitted to the window: on start, on resize, and when the operator collapses or
 * resizes the sidebar. `onPlan` hears every applied plan (the sidebar positions itself by it).
 */
export function manageLayout(opts: {
  profile: () => ResolvedProfile;
  state: () => { collapsed: boolean; preferredWidth: number };
  onPlan: (plan: LayoutPlan) => void;
  win?: Window;
  signal?: AbortSignal;
}): LayoutManager {
  const win = opts.win ?? window;
  let release: (() => void) | undefined;
  let frame = 0;
  const refresh = (): LayoutPlan => {
    const vw = win.document.documentElement.clientWidth || win.innerWidth;
    const { collapsed, preferredWidth } = opts.state();
    const skip: LayoutMode[] = [];
    let plan = planLayout({ viewportWidth: vw, preferredWidth, collapsed });
    for (;;) {
      release?.();
      release = reserveSidebarSpace(plan, win.document);
      if (plan.mode === 'drawer' || plan.mode === 'strip') break;
      if (!covers(plan, vw, guardedBoxes(opts.profile(), win.document))) break;
      skip.push(plan.mode);
      plan = planLayout({ viewportWidth: vw, preferredWidth, collapsed, skip });
    }
    opts.onPlan(plan);
    return plan;
  };
  const onResize = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => refresh());
  };
  win.addEventListener('resize', onResize, { signal: opts.signal });
  const stop = () => {
    cancelAnimationFrame(frame);
    win.removeEventListener('resize', onResize);
    release?.();
    release = undefined;
  };
  opts.signal?.addEventListener('abort', stop, { once: true });
  return { refresh, stop };
}
