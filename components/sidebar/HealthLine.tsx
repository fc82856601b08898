import { PROFILE_KEYS } from '../../lib/carrotquest/profile-keys';
import { keyLabels } from './strings';
import { useSidebar } from './store';
import { useT } from './useT';

/** Keys whose emptiness can be the page's truth rather than a broken selector. */
const MAYBE_EMPTY = new Set(['customerNotes', 'messageFromCustomer', 'assignee']);

/** One line saying what the extension could not find on the page and what that disables. */
export function HealthLine() {
  const t = useT();
  const lang = useSidebar((s) => s.lang);
  const snap = useSidebar((s) => s.snapshot);
  if (!snap) return null;
  const labels = keyLabels[lang];
  const missing = PROFILE_KEYS.filter((k) => snap.missing.includes(k));
  const ok = missing.length === 0;
  const names = missing.map((k) => labels[k][0] + (MAYBE_EMPTY.has(k) ? ' ' + t('healthMaybeEmpty') : ''));
  const disables = [...new Set(missing.map((k) => labels[k][1]))];
  return (
    <footer
      class={ok ? 'sk-health sk-health--ok' : 'sk-health sk-health--warn'}
      data-testid="health"
      data-missing={missing.join(' ')}
      role="status"
    >
      <span aria-hidden="true">{ok ? '✓' : '!'}</span>{' '}
      {ok ? t('healthOk', { n: snap.matched.length }) : `${t('healthMissing', { list: names.join(', ') })} ${t('disables', { list: disables.join('; ') })}`}
    </footer>
  );
}
