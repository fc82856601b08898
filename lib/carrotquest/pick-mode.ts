import { refusalFor, type PointRefusal } from './selector-gen';

/**
 * Pick mode: the operator points at a part of the panel and clicks it.
 *
 * Everything it draws lives in the extension's own shadow root (`layer`): a transparent shield over the
 * viewport that takes the pointer, an outline box and a line of instructions. The panel's own DOM is never
 * changed, and no pointer event reaches the panel's controls: they all land on the shield, which stops them
 * (no navigation, no send, no focus change). Escape cancels; the key does not reach the panel either.
 * A container (the open dialogue, the tag list) is mostly covered by its parts: ArrowUp widens the outline
 * to the element around it, ArrowDown narrows it back, and the click chooses what is outlined.
 */

export interface PickOptions {
  /** Where the overlay goes: the sidebar's shadow root. */
  layer: ShadowRoot;
  /** The sidebar's own host element name: pointing at it is refused. */
  hostName: string;
  /** The instruction shown while pointing. */
  prompt: string;
  /** Called when the operator points at something that cannot be taught (the pick goes on). */
  onRefused(reason: PointRefusal): void;
  signal?: AbortSignal;
  doc?: Document;
}

const Z = '2147483647';

function box(doc: Document, css: string): HTMLDivElement {
  const el = doc.createElement('div');
  el.setAttribute('style', css);
  return el;
}

/** Resolves the element clicked, or null when the operator pressed Escape or the signal aborted. */
export function pickElement({ layer, hostName, prompt, onRefused, signal, doc = document }: PickOptions): Promise<Element | null> {
  const win = doc.defaultView ?? window;
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(null);
    const root = box(doc, `position:fixed;inset:0;z-index:${Z};pointer-events:none;`);
    root.setAttribute('data-testid', 'picker-overlay');
    const shield = box(doc, 'position:fixed;inset:0;pointer-events:auto;cursor:crosshair;background:transparent;');
    const outline = box(
      doc,
      'position:fixed;left:0;top:0;width:0;height:0;pointer-events:none;border:2px solid #ff7a2f;background:rgba(255,122,47,.12);border-radius:3px;box-sizing:border-box;display:none;',
    );
    outline.setAttribute('data-testid', 'picker-outline');
    const banner = box(
      doc,
      'position:fixed;left:50%;top:8px;transform:translateX(-50%);pointer-events:none;background:#22283a;color:#fff;font:13px/1.4 system-ui,sans-serif;padding:6px 12px;border-radius:6px;max-width:60vw;',
    );
    banner.textContent = prompt;
    root.append(shield, outline, banner);
    layer.append(root);

    let lastX = -1;
    let lastY = -1;
    let done = false;
    /** The element under the pointer and how many levels the operator widened it. */
    let pointed: Element | null = null;
    let widened: Element[] = [];
    const outlined = () => widened.at(-1) ?? pointed;

    /** What is under the point, leaving out our own overlay; null when only our own things are. */
    const under = (x: number, y: number): { el: Element | null; sidebar: boolean } => {
      const sidebarPanel = layer.querySelector('[data-testid="sidebar"]');
      const r = sidebarPanel?.getBoundingClientRect();
      if (r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return { el: null, sidebar: true };
      for (const el of doc.elementsFromPoint(x, y)) {
        if (el.localName === hostName) continue;
        return { el, sidebar: false };
      }
      return { el: null, sidebar: false };
    };

    /** Follows the pointer; moving to another element drops the widening. */
    const follow = () => {
      const { el: at } = under(lastX, lastY);
      if (at !== pointed) {
        pointed = at;
        widened = [];
      }
    };

    const draw = () => {
      follow();
      const el = outlined();
      if (!el || refusalFor(el, hostName)) {
        outline.style.display = 'none';
        return;
      }
      const r = el.getBoundingClientRect();
      outline.style.cssText += `display:block;transform:translate(${r.left}px,${r.top}px);width:${r.width}px;height:${r.height}px;`;
    };

    const stop = (e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      e.stopImmediatePropagation();
    };

    const finish = (result: Element | null) => {
      if (done) return;
      done = true;
      for (const [type, fn] of shieldEvents) shield.removeEventListener(type, fn, true);
      win.removeEventListener('keydown', onKey, true);
      signal?.removeEventListener('abort', onAbort);
      root.remove();
      resolve(result);
    };

    const onMove = (e: Event) => {
      stop(e);
      const p = e as PointerEvent;
      lastX = p.clientX;
      lastY = p.clientY;
      // Drawn in the move itself, so the next frame shows it: the browser already sends at most one
      // pointermove per frame, and finding the element and its box takes well under a millisecond.
      draw();
    };

    const onClick = (e: Event) => {
      stop(e);
      const p = e as MouseEvent;
      if (p.button !== 0) return;
      const { el: at, sidebar } = under(p.clientX, p.clientY);
      const wide = outlined();
      const el = wide && at && wide.contains(at) ? wide : at;
      const refused: PointRefusal | null = sidebar ? 'sidebar' : refusalFor(el, hostName);
      if (refused) return onRefused(refused);
      finish(el);
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        stop(e);
        return finish(null);
      }
      if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      stop(e);
      // The key may come before the frame that follows the last move.
      follow();
      const el = outlined();
      if (e.key === 'ArrowUp' && el?.parentElement && !refusalFor(el.parentElement, hostName)) widened.push(el.parentElement);
      if (e.key === 'ArrowDown') widened.pop();
      draw();
    };
    const onAbort = () => finish(null);

    const shieldEvents: [string, (e: Event) => void][] = [
      ['pointermove', onMove],
      ['mousemove', stop],
      ['pointerdown', stop],
      ['mousedown', stop],
      ['pointerup', stop],
      ['mouseup', stop],
      ['click', onClick],
      ['dblclick', stop],
      ['auxclick', stop],
      ['contextmenu', stop],
      ['touchstart', stop],
      ['wheel', (e) => e.stopPropagation()],
    ];
    for (const [type, fn] of shieldEvents) shield.addEventListener(type, fn, true);
    win.addEventListener('keydown', onKey, true);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
