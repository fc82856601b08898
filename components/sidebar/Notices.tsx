import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { phrase } from '../../lib/i18n/language';
import { TEAM_PENDING_KEY } from '../../lib/settings/stored';
import { noticeStrings } from './notice-strings';
import { useSidebar } from './store';

const HELD = ['jiraBaseUrl', 'sshPublicKey', 'selectors'] as const;

function heldFields(stored: unknown): (typeof HELD)[number][] {
  if (!stored || typeof stored !== 'object') return [];
  return HELD.filter((f) => (stored as Record<string, unknown>)[f]);
}

/** Things the operator must hear about that no one dialogue causes: team-file changes waiting for them. */
export function Notices() {
  const lang = useSidebar((s) => s.lang);
  const [held, setHeld] = useState<(typeof HELD)[number][]>([]);
  useEffect(() => {
    let live = true;
    browser.storage.local
      .get(TEAM_PENDING_KEY)
      .then((got) => live && setHeld(heldFields(got[TEAM_PENDING_KEY])))
      .catch(() => {});
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && TEAM_PENDING_KEY in changes) setHeld(heldFields(changes[TEAM_PENDING_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  if (!held.length) return null;
  const s = noticeStrings[lang];
  return (
    <p class="sk-toast sk-toast--info" data-testid="team-held-notice" role="status">
      {phrase(s.teamHeld, { list: held.map((f) => s[f]).join(', ') })} {s.teamHeldHint}
    </p>
  );
}
