/**
 * The sidebar's one message line. The newest message wins; a success closes itself after a few
 * seconds; an error stays until dismissed. An error about something that started before a success
 * now on screen (a refused tag answered after a later tag was applied) does not replace that success:
 * it waits until the success has closed, so the two never contradict each other on screen.
 */
export interface Toast {
  kind: 'ok' | 'error' | 'info';
  text: string;
  /** When the action it reports started (ms); older news never hides newer. */
  at?: number;
}

export const SUCCESS_TOAST_MS = 4000;

/** Whether `incoming` shows now or waits behind what is shown. Pure. */
export function arrival(shown: Toast | null, incoming: Toast): 'show' | 'wait' {
  if (!shown || shown.kind === 'error' || incoming.kind !== 'error') return 'show';
  return (incoming.at ?? Infinity) < (shown.at ?? 0) ? 'wait' : 'show';
}

/** Whether a toast closes by itself. */
export const closesItself = (t: Toast) => t.kind !== 'error';

export interface Toaster {
  push(kind: Toast['kind'], text: string, at?: number): void;
  /** The operator closed the line (or a success timed out): a waiting error shows next. */
  dismiss(): void;
  /** Another dialogue opened: nothing about the last one stays. */
  clear(): void;
}

/** Runs the rules over a place that holds the shown toast (the sidebar's store). */
export function createToaster(slot: { get(): Toast | null; set(t: Toast | null): void }, now: () => number = Date.now): Toaster {
  let waiting: Toast | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (t: Toast) => {
    clearTimeout(timer);
    slot.set(t);
    if (closesItself(t)) timer = setTimeout(() => slot.get() === t && dismiss(), SUCCESS_TOAST_MS);
  };
  const dismiss = () => {
    clearTimeout(timer);
    slot.set(null);
    const next = waiting;
    waiting = null;
    if (next) show(next);
  };
  return {
    push(kind, text, at = now()) {
      const t: Toast = { kind, text, at };
      if (arrival(slot.get(), t) === 'wait') {
        waiting = t;
        return;
      }
      // The newest wins: an error shown now replaces one still waiting.
      if (t.kind === 'error') waiting = null;
      show(t);
    },
    dismiss,
    clear() {
      waiting = null;
      clearTimeout(timer);
      slot.set(null);
    },
  };
}
