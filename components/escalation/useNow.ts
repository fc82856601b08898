import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `everyMs`, so "5 min ago" keeps up while the dialogue stays open. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
