import { useSidebar } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from '../sidebar/strings';
import { trusted } from '../sidebar/trusted';

/** Up to three tags, best first, each one click from being applied through the panel's own field. */
export function SuggestionsSection() {
  const t = usePhrases(strings);
  const snap = useSidebar((s) => s.snapshot);
  const suggest = useSidebar((s) => s.suggest);
  const applyTag = useSidebar((s) => s.actions.applyTag);
  if (!snap?.id || !suggest) return null;
  const open = suggest.suggestions.filter((s) => !snap.tags.some((tag) => tag.toLowerCase() === s.name.toLowerCase()));
  // Confident, and every suggested tag is already on the dialogue: nothing to say.
  if (suggest.confident && open.length === 0) return null;
  return (
    <section class="sk-section" aria-label={t('suggested')}>
      <h3>{t('suggested')}</h3>
      {!suggest.confident || open.length === 0 ? (
        <p class="sk-muted" data-testid="suggestions-unsure">
          {suggest.confident ? '—' : t('notSure')}
        </p>
      ) : (
        <ul class="sk-suggestions">
          {open.map((s) => (
            <li key={s.name}>
              <button
                type="button"
                class="sk-btn sk-suggestion"
                data-testid="suggestion"
                data-tag={s.name}
                title={s.why.length ? t('why', { words: s.why.join(', ') }) : undefined}
                onClick={trusted(() => applyTag(s.name))}
              >
                <span class="sk-suggestion__name">{s.name}</span>
                <span class="sk-suggestion__conf">{t('confidence', { p: Math.round(s.confidence * 100) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
