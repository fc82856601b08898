import { useEffect, useState } from 'preact/hooks';

/**
 * The time, refreshed once a minute and whenever `key` (the open dialogue) changes: the replies
 * that fit depend on the clock (the last half hour of a shift, Friday afternoon), not only on the
 * messages.
 */
export function useMinuteClock(key: unknown): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [key]);
  return now;
}
