/**
 * Every way a call to the CarrotQuest API can fail, as one error type the UI can name precisely.
 * `kind` picks the sentence the operator reads (components/api/strings.ts); `detail` carries what the
 * server said, for the parts of the sentence that come from it (a missing right, a field).
 */
export type ApiErrorKind =
  /** 401 NotAuthenticated / AuthenticationFailed: the key is wrong, expired or revoked. */
  | 'key-rejected'
  /** 403 PermissionDeniedError / PermissionDenied: the key lacks a right, or the object is another app's. */
  | 'permission'
  /** 400 ValidationError, BadRequest, LookupError and the like. */
  | 'bad-request'
  | 'not-found'
  /** 429 after every retry. */
  | 'rate-limited'
  /** 5xx after every retry. */
  | 'server'
  | 'timeout'
  | 'network'
  /** The answer is HTML (a login page, a proxy's error page) or not JSON at all. */
  | 'not-json'
  /** JSON but not the `{meta, data}` envelope. */
  | 'bad-envelope'
  /** A 64-bit id came back as a JSON number: JSON.parse would round it, so the answer is refused. */
  | 'unsafe-id'
  /** The operator cancelled. */
  | 'cancelled'
  /** Not set up: no key, or no app id known. */
  | 'not-configured';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly detail: { status?: number; error?: string; errorMessage?: string; path?: string; fields?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth trying again later with the same key (the network, the server, the budget), unlike a rejected key. */
  get transient(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'server' || this.kind === 'timeout' || this.kind === 'network';
  }
}

/** The plain data of an error, for sending across the extension's messaging (class instances do not survive it). */
export interface ApiErrorData {
  kind: ApiErrorKind;
  message: string;
  detail: ApiError['detail'];
}

export function toErrorData(err: unknown): ApiErrorData {
  if (err instanceof ApiError) return { kind: err.kind, message: err.message, detail: err.detail };
  return { kind: 'network', message: err instanceof Error ? err.message : String(err), detail: {} };
}

/** Maps the envelope's `meta.error` (or, without one, the HTTP status) to a kind. */
export function kindFor(status: number, error: string | undefined): ApiErrorKind {
  switch (error) {
    case 'NotAuthenticated':
    case 'AuthenticationFailed':
      return 'key-rejected';
    case 'PermissionDeniedError':
    case 'PermissionDenied':
      return 'permission';
  }
  if (status === 401) return 'key-rejected';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}
