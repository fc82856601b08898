import type { DialogueSnapshot } from './snapshot';
import { readDialogue } from './read';
import type { ResolvedProfile } from './profile';

export interface WatchOptions {
  doc?: Document;
  signal?: AbortSignal;
}

/**
 * Calls `onSnapshot` whenever the open dialogue may have changed: URL changes (SPA navigation) and DOM
 * mutations. The first change in a frame is read at once, so a dialogue switch shows without waiting a
 * frame; further changes in that frame are coalesced into one read on the next animation frame.
 */
export function watchDialogue(
  getProfile: () => ResolvedProfile,
  onSnapshot: (snapshot: DialogueSnapshot) => void,
  { doc = document, signal }: WatchOptions = {},
): { readNow: () => void; stop: () => void } {
  const win = doc.defaultView ?? window;
  let frameBusy = false;
  let pending = false;
  let stopped = false;

  const read = () => {
    if (stopped) return;
    try {
      onSnapshot(readDialogue(doc, win.location.href, getProfile()));
    } catch (e) {
      // A failure here must never surface in the panel's console as an uncaught error.
      console.debug('[sidekick] read failed', e);
    }
  };

  const schedule = () => {
    if (stopped) return;
    if (!frameBusy) {
      frameBusy = true;
      read();
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
    observer.disconnect();
    win.removeEventListener('popstate', onUrl);
    win.removeEventListener('hashchange', onUrl);
    nav?.removeEventListener('currententrychange', onUrl);
  };
  signal?.addEventListener('abort', stop, { once: true });
  return { readNow: read, stop };
}
