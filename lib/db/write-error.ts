/**
 * Why a write to the extension's database failed, as the operator is told (components/write-status).
 * IndexedDB names its failures; Dexie keeps the name, or wraps the browser's error (`inner`) in its own
 * (an aborted transaction whose cause was the quota).
 */
export type WriteErrorKind = 'quota' | 'version' | 'closed' | 'failed';

/** A failed write as the operator is told of it. */
export interface WriteFailure {
  kind: WriteErrorKind;
  detail: string;
}

/** `storage.session` key: the last failed write (with `at`), until a write succeeds again (the popup shows it). */
export const WRITE_STATUS_KEY = 'writeStatus';

const BY_NAME: Record<string, WriteErrorKind> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
};

/**
 * The kind of a database failure, looking through wrapped errors: the deepest known cause wins (a closed
 * database whose cause was a VersionError is a version problem); `failed` for any other failure.
 */
export function writeErrorKind(error: unknown): WriteErrorKind {
  let kind: WriteErrorKind = 'failed';
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    kind = (typeof name === 'string' ? BY_NAME[name] : undefined) ?? kind;
    e = inner ?? cause;
  }
  return kind;
}

/** The technical reason of a failure, for the operator's line. */
export function errorDetail(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).slice(0, 300);
}

/**
 * The error the background answers a failed write with: its name tells the page what it is, its message
 * carries the kind and the line to show the operator (in the operator's language, made in the background
 * so the page carries no phrases for it).
 */
export const WRITE_ERROR_NAME = 'WriteError';

export function writeError(kind: WriteErrorKind, line: string): Error {
  const error = new Error(`write failed (${kind}): ${line}`);
  error.name = WRITE_ERROR_NAME;
  return error;
}

/** What the sidebar shows of a failed write. */
export interface WriteNotice {
  kind: WriteErrorKind;
  line: string;
}

/** The kind and line a write error carries, or null for an error that is not one (as it arrives over messaging). */
export function readWriteError(error: unknown): WriteNotice | null {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name !== WRITE_ERROR_NAME || typeof message !== 'string') return null;
  const m = /^write failed \((quota|version|closed|failed)\): ?(.*)$/s.exec(message);
  return m ? { kind: m[1] as WriteErrorKind, line: m[2] ?? '' } : null;
}
