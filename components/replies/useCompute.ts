import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Tickets for calls in the order they were made. Messaging does not promise answers in that order,
 * so an answer is taken only when no later call has been answered yet: a slow answer to an old
 * query or dialogue never replaces a newer one.
 */
export function callOrder() {
  let issued = 0;
  let taken = 0;
  return {
    next: () => ++issued,
    take(ticket: number): boolean {
      if (ticket <= taken) return false;
      taken = ticket;
      return true;
    },
  };
}

/** A readable reason for a failed call; messaging rejects with Errors, but not only. */
export function errorMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return text.trim() || 'no answer from the extension';
}

export interface Computed<I, R> {
  /** The newest answer taken, kept while a newer call runs so the section does not flicker. */
  value: R | null;
  /** The input `value` answers, to tell whether it is for what is on screen now. */
  input: I | null;
  /** Why the newest call failed, when it did, with the input it failed for. */
  error: { input: I; message: string } | null;
}

/** Calls `run` whenever `input` changes (by identity; null calls nothing) and keeps the newest answer. */
export function useCompute<I, R>(input: I | null, run: (input: I) => Promise<R>): Computed<I, R> {
  const [state, setState] = useState<Computed<I, R>>({ value: null, input: null, error: null });
  const [order] = useState(callOrder);
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
    Promise.resolve()
      .then(() => run(input))
      .then(
        (value) => {
          if (mounted.current && order.take(ticket)) setState({ value, input, error: null });
        },
        (e: unknown) => {
          if (mounted.current && order.take(ticket)) setState((s) => ({ ...s, error: { input, message: errorMessage(e) } }));
        },
      );
  }, [input]);
  return state;
}
