import type { PopupProps } from '../../components/popup/Popup';
import { readRecentDailyFast } from '../../lib/db/daily-read';
import { readStoredSettingsWith } from '../../lib/settings/stored';
import { readServerChoice, SERVER_CHOICE_KEYS, serverChoiceFrom } from '../../components/popup/server-coverage';

/** The two reads the popup's numbers need, and the time they were started for. */
export type EarlyReads = NonNullable<PopupProps['early']>;

/**
 * The popup's page starts these reads from a small classic script in its <head> (popup-early.ts), which
 * runs while the page is still being parsed, long before the module graph of the interface has loaded.
 * The handoff is one property on the page's window.
 */
const HANDOFF = '__sidekickPopupEarly';

type WithHandoff = typeof globalThis & { [HANDOFF]?: EarlyReads };

export function startEarlyReads(at = Date.now()): EarlyReads {
  // The settings and API mode's counted coverage come in one storage read.
  const stored = readStoredSettingsWith(SERVER_CHOICE_KEYS);
  const early = {
    at,
    recent: readRecentDailyFast(at),
    settings: stored.then((s) => s.settings),
    server: stored.then(
      (s) => serverChoiceFrom(s.values),
      () => readServerChoice(),
    ),
  };
  // Whoever awaits them handles a failure; this keeps an early failure from being reported as unhandled.
  early.recent.catch(() => {});
  early.settings.catch(() => {});
  return early;
}

export function publishEarlyReads(early: EarlyReads): void {
  (globalThis as WithHandoff)[HANDOFF] = early;
}

/** The reads the head script started, taken once; started here when that script did not run. */
export function takeEarlyReads(): EarlyReads {
  const g = globalThis as WithHandoff;
  const early = g[HANDOFF] ?? startEarlyReads();
  delete g[HANDOFF];
  return early;
}
