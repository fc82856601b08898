/** Lengths of time in milliseconds, for arithmetic on `Date.now()`-style instants. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** A UTC day; a calendar day in a time zone can be 23 or 25 hours (lib/stats/day.ts knows). */
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
