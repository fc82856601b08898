import { retagOf, useSidebar } from '../sidebar/store';
import { isUntaggedReplied } from '../../lib/triage/checks';
import { usePhrases } from '../shared/usePhrases';
import { strings } from '../sidebar/strings';
import { trusted } from '../sidebar/trusted';

/** The dialogue's own tags (never the customer's), with a flag when there are none. */
export function TagsSection() {
  const t = usePhrases(strings);
  const snap = useSidebar((s) => s.snapshot);
  const stored = useSidebar((s) => s.stored);
  // API mode can remove a tag (the page's own field offers no removal the profile can act on).
  const canRemove = useSidebar((s) => !!s.apiSource && s.apiSource.dialogueId === s.snapshot?.id);
  const removeTag = useSidebar((s) => s.actions.removeTag);
  const retag = useSidebar(retagOf);
  const retagAction = useSidebar((s) => s.actions.retag);
  if (!snap?.id) return null;
  const repliedUntagged = isUntaggedReplied({ tags: snap.tags, repliedByMe: stored?.record?.repliedByMe ?? 0 });
  return (
    <section class="sk-section" aria-label={t('tags')}>
      <h3>{t('tags')}</h3>
      <div data-testid="tags" class="sk-chips">
        {snap.tags.map((tag) => (
          <span class="sk-chip" key={tag} data-tag={tag}>
            {tag}
            {canRemove && (
              <button
                type="button"
                class="sk-chip-remove"
                data-testid="tag-remove"
                data-tag={tag}
                aria-label={t('removeTag', { name: tag })}
                title={t('removeTag', { name: tag })}
                onClick={trusted(() => removeTag(tag))}
              >
                ×
              </button>
            )}
          </span>
        ))}
      </div>
      {retag && (
        <p class="sk-flag" role="status">
          ⚑{' '}
          <button
            type="button"
            class="sk-btn sk-btn--small"
            data-testid="retag"
            data-tag={retag}
            title={t('retagHint')}
            onClick={trusted(() => retagAction(retag))}
          >
            {t('retag', { name: retag })}
          </button>
        </p>
      )}
      {snap.tags.length === 0 && (
        <p data-testid="untagged-flag" class={repliedUntagged ? 'sk-flag sk-flag--strong' : 'sk-flag'} role="status">
          ⚑ {repliedUntagged ? t('untaggedReplied') : t('untagged')}
        </p>
      )}
    </section>
  );
}
