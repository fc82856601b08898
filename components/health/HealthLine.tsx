import { useState } from 'preact/hooks';
import { PROFILE_KEYS } from '../../lib/carrotquest/profile-keys';
import type { KeyLabels } from '../teach/key-labels';
import { strings } from '../sidebar/strings';
import { importKeyLabels } from './labels-source';
import { useService, useSidebar } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { withPageTools } from '../teach/tools';

const SHOW_ME = { en: 'Show me', ru: 'Показать' };

/** The parts' names, once loaded with the page tools (they stay for the page's life). */
let loadedLabels: KeyLabels | null = null;

/** Keys whose emptiness can be the page's truth rather than a broken selector. */
const MAYBE_EMPTY = new Set(['messageFromCustomer', 'assignee']);

/**
 * One line about the page: quiet where no dialogue is open (the inbox list), a check mark when every
 * part was found, else "2 parts missing · Fix", which opens what is missing and what that disables.
 */
export function HealthLine() {
  const t = usePhrases(strings);
  const service = useService();
  const lang = useSidebar((s) => s.lang);
  const snap = useSidebar((s) => s.snapshot);
  const failed = useSidebar((s) => s.failed);
  // API mode: the parts of the page the API covers (lib/api/dialogue-merge.ts took them out of `missing`).
  const api = useSidebar((s) => s.apiSource);
  const [open, setOpen] = useState(false);
  const [labelsNow, setLabels] = useState(loadedLabels);
  const failedIds = Object.keys(failed);
  const failedLabels = Object.values(failed).map((f) => f.label[lang]);
  // A dialogue should be open when the address names one or the page shows one; elsewhere nothing is missing.
  // A dialogue should be open when the address names one (by the profile, or a panel-style 15–20 digit id),
  // the page shows one, or nothing of the profile matches at all (then the profile, not the page, is wrong).
  const expectDialogue =
    !!snap && (snap.id !== null || snap.matched.includes('root') || /\d{15,20}/.test(snap.url) || snap.matched.length === 0);
  if (!expectDialogue && !failedIds.length) return null;
  const labels = labelsNow?.[lang];
  const toggle = () => {
    if (open || labelsNow) return setOpen(!open);
    // A page tools' load that fails leaves the list closed; the next press tries again.
    importKeyLabels().then(
      (l) => {
        setLabels((loadedLabels = l));
        setOpen(true);
      },
      () => {},
    );
  };
  const missing = expectDialogue ? PROFILE_KEYS.filter((k) => snap!.missing.includes(k)) : [];
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
      {open && labels && missing.length > 0 && (
        <ul class="sk-health__list" data-testid="health-list">
          {missing.map((k) => (
            <li key={k} data-key={k}>
              <strong>{labels[k][0]}</strong>
              {MAYBE_EMPTY.has(k) ? ` ${t('healthMaybeEmpty')}` : ''} — {t('disables', { list: labels[k][1] })}{' '}
              {/* The picker of the page tools: point at the part on the page (for the dialogue id, how to fix the address pattern). */}
              <button
                type="button"
                data-testid="health-fix"
                data-key={k}
                onClick={(e) => e.isTrusted && withPageTools(service, (tools) => tools.teach(k))}
              >
                {SHOW_ME[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {api?.coveredLine && <p class="sk-health__api">{api.coveredLine}</p>}
      {api && (
        <p class="sk-health__api" data-testid="source" data-tags={api.sources.tags} data-messages={api.sources.messages}>
          {api.line}
        </p>
      )}
    </footer>
  );
}
