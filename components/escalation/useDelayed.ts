import { useEffect, useState } from 'preact/hooks';

/** `on`, once it has held for `delayMs`: an answer that comes quickly shows no indicator, so nothing flickers. */
export function useDelayed(on: boolean, delayMs: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    setHeld(false);
    if (!on) return;
    const timer = setTimeout(() => setHeld(true), delayMs);
    return () => clearTimeout(timer);
  }, [on, delayMs]);
  return on && held;
}
