import { errorDetail, WRITE_STATUS_KEY, writeError, writeErrorKind, type WriteErrorKind, type WriteFailure } from '../db/write-error';
import { phrase } from '../i18n/language';
import type { Language } from '../settings/schema';
import { writeStrings } from './write-strings';

export interface WriteStatus extends WriteFailure {
  at: number;
}

export interface SessionArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The operator's line for a failed write. */
export function writeLine(kind: WriteErrorKind, detail: string, lang: Language): string {
  return phrase(writeStrings[lang][kind], { detail: detail.slice(0, 160) });
}

/**
 * Runs the background's writes so that a failure is never silent: the caller gets a `WriteError` with its
 * kind and the operator's line (the sidebar shows it), the popup finds it in `storage.session`, and the
 * next write that succeeds takes it away. A failed write is one failed transaction: what was stored before
 * stays.
 */
export function createWriteGuard(session: SessionArea, lang: () => Promise<Language>, now: () => number = Date.now) {
  // A worker that starts again may find the flag of a failure before it: the first success clears it.
  let flagged = true;
  return async function writing<T>(run: () => Promise<T>): Promise<T> {
    let out: T;
    try {
      out = await run();
    } catch (e) {
      const kind = writeErrorKind(e);
      const detail = errorDetail(e);
      flagged = true;
      const status: WriteStatus = { kind, detail, at: now() };
      await session.set({ [WRITE_STATUS_KEY]: status }).catch(() => {});
      throw writeError(kind, writeLine(kind, detail, await lang().catch((): Language => 'en')));
    }
    if (flagged) {
      flagged = false;
      await session.remove(WRITE_STATUS_KEY).catch(() => {});
    }
    return out;
  };
}
