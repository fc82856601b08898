import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Only the latest answer counts. Messaging does not promise answers in the order the calls were made,
 * so each call takes a ticket, and its answer is used only when the ticket passes:
 * - `isLatest(ticket)`: no later call was made (for work that must describe what is shown now);
 * - `take(ticket)`: no later call has been answered yet (a slow answer to an old query never replaces
 *   a newer one, but an earlier answer may show while a later call runs).
 */
export function answerOrder() {
  let issued = 0;
  let taken = 0;
  return {
    next: () => ++issued,
    isLatest: (ticket: number) => ticket === issued,
    take(ticket: number): boolean {
      if (ticket <= taken) return false;
      taken = ticket;
      return true;
    },
  };
}

export type AnswerOrder = ReturnType<typeof answerOrder>;

/** A readable reason for a failure; messaging rejects with Errors, but not only. */
export function errorMessage(e: unknown, fallback = 'no answer from the extension'): string {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return text.trim() || fallback;
}

export interface Answer<I, R> {
  /** The newest answer taken, kept while a newer call runs so the section does not flicker. */
  value: R | null;
  /** The input `value` answers, to tell whether it is for what is on screen now. */
  input: I | null;
  /** Why the newest call failed, when it did, with the input it failed for. */
  error: { input: I; message: string } | null;
  /** A call is on its way whose answer has not been taken. */
  pending: boolean;
}

/**
 * Calls `run` whenever `input` changes (by identity; null calls nothing) and keeps the newest answer
 * (`take` above). Answers after unmount are dropped.
 */
export function useAnswer<I, R>(input: I | null, run: (input: I) => Promise<R>): Answer<I, R> {
  const [state, setState] = useState<Answer<I, R>>({ value: null, input: null, error: null, pending: input !== null });
  const [order] = useState(answerOrder);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => {
    if (input === null) return;
    const ticket = order.next();
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    Promise.resolve()
      .then(() => run(input))
      .then(
        (value) => {
          if (mounted.current && order.take(ticket)) setState({ value, input, error: null, pending: !order.isLatest(ticket) });
        },
        (e: unknown) => {
          if (mounted.current && order.take(ticket))
            setState((s) => ({ ...s, error: { input, message: errorMessage(e) }, pending: !order.isLatest(ticket) }));
        },
      );
  }, [input]);
  return state;
}
