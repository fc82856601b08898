import type { DialogueSnapshot } from './snapshot';
import { readDialogue } from './read';
import type { ResolvedProfile } from './profile';
import { createSnapshotGate, type PageState } from './transition';

export interface WatchOptions {
  doc?: Document;
  signal?: AbortSignal;
  /** Told when a new address waits for its content ("loading"), when the page is stuck, and when it is ready. */
  onPageState?: (state: PageState) => void;
  /** Overrides how long a new address may show the previous dialogue's content (tests). */
  transitionTimeoutMs?: number;
}

/**
 * Calls `onSnapshot` whenever the open dialogue may have changed: URL changes (SPA navigation) and DOM
 * mutations. The first change in a frame is read at once, so a dialogue switch shows without waiting a
 * frame; further changes in that frame are coalesced into one read on the next animation frame.
 * Every read passes the transition gate (`transition.ts`): a snapshot whose content still belongs to another
 * dialogue than the address names is never passed on.
 */
export function watchDialogue(
  getProfile: () => ResolvedProfile,
  onSnapshot: (snapshot: DialogueSnapshot) => void,
  { doc = document, signal, onPageState, transitionTimeoutMs }: WatchOptions = {},
): { readNow: () => void; stop: () => void } {
  const win = doc.defaultView ?? window;
  let frameBusy = false;
  let pending = false;
  let stopped = false;

  const gate = createSnapshotGate({
    deliver: (snap) => onSnapshot(snap),
    onState: (state) => onPageState?.(state),
    reread: () => read(),
    timeoutMs: transitionTimeoutMs,
  });

  /** Reads the page; true when the gate passed the snapshot on. */
  const read = (): boolean => {
    if (stopped) return false;
    try {
      return gate.offer(readDialogue(doc, win.location.href, getProfile()));
    } catch (e) {
      // A failure here must never surface in the panel's console as an uncaught error.
      console.debug('[sidekick] read failed', e);
      return false;
    }
  };

  const schedule = () => {
    if (stopped) return;
    if (!frameBusy) {
      // A read the gate held (the address changed, the content not yet) does not use up the frame: the content
      // that follows it is read at once, not a frame later. Held reads come at most once per mutation batch.
      if (!read()) return;
      frameBusy = true;
      win.requestAnimationFrame(() => {
        frameBusy = false;
        if (pending) {
          pending = false;
          schedule();
        }
      });
    } else {
      pending = true;
    }
  };

  const observer = new MutationObserver(() => schedule());
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  let lastHref = win.location.href;
  const onUrl = () => {
    if (win.location.href === lastHref) return;
    lastHref = win.location.href;
    schedule();
  };
  win.addEventListener('popstate', onUrl);
  win.addEventListener('hashchange', onUrl);
  // The Navigation API (Chromium) reports pushState from the page's own world, which a content script cannot patch.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', onUrl);

  const stop = () => {
    stopped = true;
    gate.stop();
    observer.disconnect();
    win.removeEventListener('popstate', onUrl);
    win.removeEventListener('hashchange', onUrl);
    nav?.removeEventListener('currententrychange', onUrl);
  };
  signal?.addEventListener('abort', stop, { once: true });
  return { readNow: () => void read(), stop };
}
