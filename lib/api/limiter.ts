/**
 * Paces calls to the API: at most `maxInFlight` at once, and at most `perMinute` started in any
 * 60-second window. CarrotQuest publishes no rate limit, so the budget is the team's choice (settings),
 * kept on the client side where a burst cannot start.
 */
export interface LimiterClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: LimiterClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(t);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface Limiter {
  /** Runs `task` when a slot is free and the budget allows; the slot is held until it settles. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** The highest number of tasks that ran at once (for tests and the bench). */
  readonly peakInFlight: number;
  setBudget(perMinute: number): void;
}

const WINDOW_MS = 60_000;

export function createLimiter({ maxInFlight = 2, perMinute = 120, clock = realClock } = {}): Limiter {
  let inFlight = 0;
  let peak = 0;
  let budget = perMinute;
  const waiting: (() => void)[] = [];
  const starts: number[] = [];

  const acquireSlot = (): Promise<void> => {
    if (inFlight < maxInFlight) {
      inFlight++;
      peak = Math.max(peak, inFlight);
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const releaseSlot = () => {
    const next = waiting.shift();
    if (next)
      next(); // the slot passes on: inFlight stays the same
    else inFlight--;
  };

  async function waitForBudget(signal?: AbortSignal) {
    for (;;) {
      const now = clock.now();
      while (starts.length && starts[0]! <= now - WINDOW_MS) starts.shift();
      const oldest = starts[0];
      if (oldest === undefined || starts.length < budget) {
        starts.push(now);
        return;
      }
      await clock.sleep(oldest + WINDOW_MS - now, signal);
    }
  }

  return {
    async run(task, signal) {
      await acquireSlot();
      try {
        await waitForBudget(signal);
        return await task();
      } finally {
        releaseSlot();
      }
    },
    get peakInFlight() {
      return peak;
    },
    setBudget(n) {
      budget = Math.max(1, Math.floor(n));
    },
  };
}
