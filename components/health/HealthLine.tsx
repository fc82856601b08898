import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PROFILE_KEYS } from '../../lib/carrotquest/profile-keys';
import { strings } from '../sidebar/strings';
import { importHealthList } from './list-source';
import { useSidebar } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import type { PageToolsApi } from '../teach/tools';

/** The list's maker, once loaded with the page tools (it stays for the page's life). */
let loadedList: PageToolsApi['healthList'] | null = null;

/**
 * One line about the page: quiet where no dialogue is open (the inbox list), a check mark when every
 * part was found, else "2 parts missing · Fix", which opens what is missing and what that disables.
 */
export function HealthLine() {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  const snap = useSidebar((s) => s.snapshot);
  const failed = useSidebar((s) => s.failed);
  // API mode: the parts of the page the API covers (lib/api/dialogue-merge.ts took them out of `missing`).
  const api = useSidebar((s) => s.apiSource);
  const [open, setOpen] = useState(false);
  const [makeList, setMakeList] = useState(() => loadedList);
  const slot = useRef<HTMLDivElement>(null);
  const failedIds = Object.keys(failed);
  const failedLabels = Object.values(failed).map((f) => f.label[lang]);
  // A dialogue should be open when the address names one or the page shows one; elsewhere nothing is missing.
  // A dialogue should be open when the address names one (by the profile, or a panel-style 15–20 digit id),
  // the page shows one, or nothing of the profile matches at all (then the profile, not the page, is wrong).
  const expectDialogue =
    !!snap && (snap.id !== null || snap.matched.includes('root') || /\d{15,20}/.test(snap.url) || snap.matched.length === 0);
  const missing = expectDialogue ? PROFILE_KEYS.filter((k) => snap!.missing.includes(k)) : [];
  const shown = open && makeList && missing.length > 0;
  // The page tools build the list (plain DOM, its own buttons); the slot is this component's and holds nothing else.
  useLayoutEffect(() => {
    if (shown && slot.current) slot.current.replaceChildren(makeList(missing, lang));
  }, [shown, makeList, missing.join(' '), lang]);
  if (!expectDialogue && !failedIds.length) return null;
  const toggle = () => {
    if (open || makeList) return setOpen(!open);
    // A page tools' load that fails leaves the list closed; the next press tries again.
    importHealthList().then(
      (make) => {
        setMakeList(() => (loadedList = make));
        setOpen(true);
      },
      () => {},
    );
  };
  const ok = missing.length === 0 && !failedIds.length;
  const summary = [
    missing.length ? t('healthParts', { n: missing.length }) : '',
    failedIds.length ? t('healthFailed', { list: failedLabels.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <footer
      class={ok ? 'sk-health sk-health--ok' : 'sk-health sk-health--warn'}
      data-testid="health"
      data-missing={missing.join(' ')}
      data-failed={failedIds.join(' ')}
      data-covered={api?.covered.join(' ')}
      role="status"
    >
      <div class="sk-health__line">
        <span aria-hidden="true">{ok ? '✓' : '!'}</span>
        <span class="sk-health__text">{ok ? t('healthOk', { n: snap?.matched.length ?? 0 }) : summary}</span>
        {missing.length > 0 && (
          <button type="button" class="sk-health__fix" data-testid="health-details" aria-expanded={open} onClick={toggle}>
            {t('healthFix')}
          </button>
        )}
      </div>
      {shown && <div class="sk-health__slot" ref={slot} />}
      {api?.coveredLine && <p class="sk-health__api">{api.coveredLine}</p>}
      {api && (
        <p class="sk-health__api" data-testid="source" data-tags={api.sources.tags} data-messages={api.sources.messages}>
          {api.line}
        </p>
      )}
    </footer>
  );
}
