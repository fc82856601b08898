import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WRITE_STATUS_KEY, type WriteFailure } from '../../lib/db/write-error';
import type { Language } from '../../lib/settings/schema';
import { StoredWriteErrorLine } from './WriteErrorLine';

const isFailure = (v: unknown): v is WriteFailure =>
  typeof v === 'object' && v !== null && typeof (v as WriteFailure).kind === 'string' && typeof (v as WriteFailure).detail === 'string';

/**
 * The popup's line while the background's last write failed: the background keeps it in `storage.session`
 * (lib/background/write-status.ts) until a write succeeds again.
 */
export function PopupWriteStatus({ lang }: { lang: Language }) {
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  useEffect(() => {
    let alive = true;
    const take = (v: unknown) => alive && setFailure(isFailure(v) ? v : null);
    browser.storage.session
      .get(WRITE_STATUS_KEY)
      .then((got) => take(got[WRITE_STATUS_KEY]))
      .catch(() => {});
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && WRITE_STATUS_KEY in changes) take(changes[WRITE_STATUS_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  return failure ? <StoredWriteErrorLine failure={failure} lang={lang} className="pp-error" /> : null;
}
