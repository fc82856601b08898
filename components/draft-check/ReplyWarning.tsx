import { useStore } from '../shared/useStore';
import { usePhrases } from '../shared/usePhrases';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { draftCheckStore } from './state';
import { strings } from './strings';

/**
 * A quiet note while the operator types a reply that breaks a team rule: the rule, the words that
 * broke it and a fix. It never blocks sending and never edits the reply.
 */
export function ReplyWarning() {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  const warnings = useStore(draftCheckStore(useSidebarStore()), (s) => s.warnings);
  if (!warnings.length) return null;
  return (
    <section class="sk-section sk-draft" aria-label={t('heading')} aria-live="polite">
      <h3>{t('heading')}</h3>
      <ul class="sk-draft__list">
        {warnings.map((w) => (
          <li key={w.rule} class="sk-draft__item" data-testid="reply-warning" data-rule={w.rule}>
            <span class="sk-draft__why">{w.why[lang]}</span> <q class="sk-draft__fragment">{w.fragment}</q>
            <span class="sk-draft__fix">{t('fix', { fix: w.fix[lang] })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
