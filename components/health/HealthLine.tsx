import { PROFILE_KEYS } from '../../lib/carrotquest/profile-keys';
import { keyLabels, strings } from '../sidebar/strings';
import { useService, useSidebar } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { withPageTools } from '../teach/tools';

const SHOW_ME = { en: 'Show me', ru: 'Показать' };

/** Keys whose emptiness can be the page's truth rather than a broken selector. */
const MAYBE_EMPTY = new Set(['customerNotes', 'messageFromCustomer', 'assignee']);

/** One line saying what the extension could not find on the page and what that disables. */
export function HealthLine() {
  const t = usePhrases(strings);
  const service = useService();
  const lang = useSidebar((s) => s.lang);
  const snap = useSidebar((s) => s.snapshot);
  const failed = useSidebar((s) => s.failed);
  // API mode: the parts of the page the API covers (lib/api/dialogue-merge.ts took them out of `missing`).
  const api = useSidebar((s) => s.apiSource);
  const failedIds = Object.keys(failed);
  const failedLabels = Object.values(failed).map((f) => f.label[lang]);
  if (!snap && !failedIds.length) return null;
  const labels = keyLabels[lang];
  const missing = PROFILE_KEYS.filter((k) => snap?.missing.includes(k));
  const stopped = failedIds.length ? ` ${t('healthFailed', { list: failedLabels.join(', ') })}` : '';
  const ok = missing.length === 0 && !stopped;
  const names = missing.map((k) => labels[k][0] + (MAYBE_EMPTY.has(k) ? ' ' + t('healthMaybeEmpty') : ''));
  const disables = [...new Set(missing.map((k) => labels[k][1]))];
  return (
    <footer
      class={ok ? 'sk-health sk-health--ok' : 'sk-health sk-health--warn'}
      data-testid="health"
      data-missing={missing.join(' ')}
      data-failed={failedIds.join(' ')}
      data-covered={api?.covered.join(' ')}
      role="status"
    >
      <span aria-hidden="true">{ok ? '✓' : '!'}</span>{' '}
      {ok
        ? t('healthOk', { n: snap?.matched.length ?? 0 })
        : (missing.length ? `${t('healthMissing', { list: names.join(', ') })} ${t('disables', { list: disables.join('; ') })}` : '') +
          stopped}
      {/* For the dialogue id the page tools explain how to fix the address pattern instead. */}
      {missing.map((k) => (
        <button
          type="button"
          data-testid="health-fix"
          data-key={k}
          onClick={(e) => e.isTrusted && withPageTools(service, (tools) => tools.teach(k))}
        >
          {SHOW_ME[lang]}: {labels[k][0]}
        </button>
      ))}
      {api?.coveredLine && ` ${api.coveredLine}`}
      {api && (
        <span data-testid="source" data-tags={api.sources.tags} data-messages={api.sources.messages}>
          {' '}
          {api.line}
        </span>
      )}
    </footer>
  );
}
