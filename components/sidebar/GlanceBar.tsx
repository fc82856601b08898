import { useContext } from 'preact/hooks';
import { InsertReplyButton } from '../replies/InsertReplyButton';
import { useComplexity } from '../triage/useComplexity';
import { retagOf, StoreContext, useSidebar, type SidebarState } from './store';
import { usePhrases } from '../shared/usePhrases';
import { trusted } from './trusted';
import { strings } from './strings';

/** The reply picker's default shortcut (wxt.config.ts `commands`); the browser lets the operator change it. */
export const PICKER_SHORTCUT = 'Alt+Shift+R';

const bestTag = (s: SidebarState) => {
  const snap = s.snapshot;
  if (!snap?.id || !s.suggest?.confident) return null;
  return s.suggest.suggestions.find((x) => !snap.tags.some((tag) => tag.toLowerCase() === x.name.toLowerCase())) ?? null;
};

/**
 * What the operator acts on, always in view at the top of the sidebar: the reply that fits best with
 * Insert, the best tag with Apply, Escalate, and badges for what must not be missed (a critical
 * dialogue, a secret the customer pasted, no tag yet). The sections below hold the details.
 */
export function GlanceBar() {
  const t = usePhrases(strings);
  const snap = useSidebar((s) => s.snapshot);
  const glance = useSidebar((s) => (s.glance.dialogueId === s.snapshot?.id ? s.glance : null));
  const tag = useSidebar(bestTag);
  const retag = useSidebar(retagOf);
  const escalated = useSidebar((s) => !!s.snapshot?.id && s.stored?.escalation?.dialogueId === s.snapshot.id);
  const applyTag = useSidebar((s) => s.actions.applyTag);
  const store = useContext(StoreContext)!;
  const level = useComplexity().complexity?.level ?? null;
  if (!snap?.id) return null;
  const critical = level === 'critical';
  // A new question on a topic the dialogue is tagged with counts as untagged until the tag is added again.
  const untagged = snap.tags.length === 0 || !!retag;
  const secrets = glance?.secrets ?? 0;
  const reply = glance?.reply ?? null;
  return (
    <div class="sk-glance" data-testid="glance" role="region" aria-label={t('glance')}>
      <div class="sk-glance__badges">
        {critical && (
          <span class="sk-badge sk-badge--critical" data-testid="badge-critical">
            {t('badgeCritical')}
          </span>
        )}
        {secrets > 0 && (
          <span class="sk-badge sk-badge--secret" data-testid="badge-secret" title={t('badgeSecretHint')}>
            {t('badgeSecret')}
          </span>
        )}
        {untagged && (
          <span class="sk-badge sk-badge--untagged" data-testid="badge-untagged">
            {t('untagged')}
          </span>
        )}
        <kbd class="sk-glance__kbd" title={t('shortcutHint')} data-testid="glance-shortcut">
          {PICKER_SHORTCUT}
        </kbd>
      </div>
      <div class="sk-glance__row">
        <span class="sk-glance__label" title={reply?.title}>
          <span class="sk-glance__kind">{t('glanceReply')}</span> {reply ? reply.title : <span class="sk-muted">{t('glanceNoReply')}</span>}
        </span>
        {reply && <InsertReplyButton replyId={reply.id} form={reply.form} testId="glance-insert" primary />}
      </div>
      <div class="sk-glance__row">
        <span class="sk-glance__label" title={tag?.name}>
          <span class="sk-glance__kind">{t('glanceTag')}</span>{' '}
          {tag ? tag.name : <span class="sk-muted">{untagged ? t('notSureShort') : '—'}</span>}
        </span>
        {tag && (
          <button
            type="button"
            class="sk-btn sk-btn--small"
            data-testid="glance-apply"
            data-tag={tag.name}
            onClick={trusted(() => applyTag(tag.name))}
          >
            {t('apply')}
          </button>
        )}
      </div>
      <button
        type="button"
        class={critical && !escalated ? 'sk-btn sk-glance__escalate sk-glance__escalate--critical' : 'sk-btn sk-glance__escalate'}
        data-testid="glance-escalate"
        data-escalated={escalated}
        title={escalated ? t('glanceShowDraftHint') : t('glanceEscalateHint')}
        onClick={trusted(() => store.setState((s) => ({ escalateRequest: s.escalateRequest + 1 })))}
      >
        {escalated ? t('glanceEscalated') : t('glanceEscalate')}
      </button>
    </div>
  );
}
