import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../replies/useCompute';

export interface Remote<T> {
  /** The answer for the latest inputs, else the last one received (kept so the panel does not flicker). */
  value: T | null;
  error: string | null;
  pending: boolean;
}

/**
 * The answer of a compute call over `deps`. An answer that arrives after the inputs changed again,
 * or after unmount, is dropped: messaging does not promise answers in the order the calls were made.
 */
export function useRemote<T>(run: () => Promise<T>, deps: readonly unknown[]): Remote<T> {
  const [state, setState] = useState<Remote<T>>({ value: null, error: null, pending: true });
  useEffect(() => {
    let current = true;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    Promise.resolve()
      .then(run)
      .then(
        (value) => current && setState({ value, error: null, pending: false }),
        (e: unknown) => current && setState((s) => ({ value: s.value, error: errorMessage(e), pending: false })),
      );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
