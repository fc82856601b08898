import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { missingPanelAccess, patternHost } from '../../lib/carrotquest/panel-access';
import { phrase } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';
import { accessStrings } from './access-strings';

/** The browser's permission calls the notice uses (tests pass their own). */
export interface AccessApis {
  contains(origins: string[]): Promise<boolean>;
  request(origins: string[]): Promise<boolean>;
  /** Whether this page belongs to a private window. */
  inPrivateWindow(): boolean;
}

export const browserAccessApis: AccessApis = {
  // Chromium gives the content script's addresses with the install, and its permissions.contains does not count
  // them (it says false for them while the sidebar runs): only Firefox's answer is asked.
  contains: (origins) => (import.meta.env.FIREFOX ? browser.permissions.contains({ origins }) : Promise.resolve(true)),
  request: (origins) => browser.permissions.request({ origins }),
  inPrivateWindow: () => browser.extension?.inIncognitoContext === true,
};

type Ask = { status: 'idle' } | { status: 'asking' } | { status: 'refused' } | { status: 'failed'; error: string };

/**
 * What the popup says before the numbers when the sidebar cannot run as expected: the panel sites whose host
 * access the browser has not given (Firefox lets the operator refuse it after install or take it back), with a
 * button that asks again; and, in a private window, that nothing seen there is kept.
 */
export function AccessNotice({
  lang,
  teamOrigins,
  apis = browserAccessApis,
}: {
  lang: Language;
  teamOrigins: readonly string[];
  apis?: AccessApis;
}) {
  const s = accessStrings[lang];
  const [missing, setMissing] = useState<string[]>([]);
  const [ask, setAsk] = useState<Ask>({ status: 'idle' });
  const [check, setCheck] = useState(0);
  useEffect(() => {
    let alive = true;
    void missingPanelAccess((origins) => apis.contains(origins), teamOrigins).then((m) => {
      if (alive) setMissing(m);
    });
    return () => {
      alive = false;
    };
  }, [apis, teamOrigins.join(' '), check]);

  // Asked from the click itself: the browser shows its prompt only for a user's action.
  const allow = () => {
    setAsk({ status: 'asking' });
    apis.request(missing).then(
      (granted) => {
        setAsk(granted ? { status: 'idle' } : { status: 'refused' });
        setCheck((n) => n + 1);
      },
      (e: unknown) => setAsk({ status: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
  };

  const hosts = [...new Set(missing.map(patternHost))].join(', ');
  return (
    <>
      {apis.inPrivateWindow() && (
        <section class="pp-section pp-notice" data-testid="private-note">
          <h2>{s.privateTitle}</h2>
          <p>{s.privateBody}</p>
        </section>
      )}
      {missing.length > 0 && (
        <section class="pp-section pp-notice pp-notice--warn" role="alert" data-testid="access-missing" data-missing={missing.join(' ')}>
          <h2>{s.missingTitle}</h2>
          <p>{phrase(s.missingBody, { hosts })}</p>
          <button type="button" data-testid="access-request" disabled={ask.status === 'asking'} onClick={allow}>
            {ask.status === 'asking' ? s.asking : s.allow}
          </button>
          {ask.status === 'refused' && (
            <p class="pp-hint" data-testid="access-refused">
              {s.refused}
            </p>
          )}
          {ask.status === 'failed' && (
            <p class="pp-hint" data-testid="access-error">
              {phrase(s.failed, { error: ask.error })}
            </p>
          )}
        </section>
      )}
    </>
  );
}
