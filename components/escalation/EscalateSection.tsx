import { DraftPanel } from './DraftPanel';
import { EscalationState } from './EscalationState';
import { JiraPanel } from './JiraPanel';
import { RefsForm } from './RefsForm';
import { useDelayed } from './useDelayed';
import { useEscalation } from './useEscalation';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';
import { trusted } from '../sidebar/trusted';

/** A rebuild usually answers within a few milliseconds; only a slower one (a waking background) is announced. */
const PREPARING_AFTER_MS = 150;

/**
 * The critical-issue routine for the open dialogue in one click: acknowledge to the customer, copy
 * the `#tech-questions` draft and open the channel, prefill the Jira task, record the escalation.
 * On a dialogue escalated before it says so first, and offers what the customer wrote since.
 */
export function EscalateSection() {
  const t = usePhrases(strings);
  const esc = useEscalation();
  const preparing = useDelayed(esc.preparing, PREPARING_AFTER_MS);
  if (!esc.dialogue) return null;
  const { escalation, view, busy } = esc;
  return (
    <section class="sk-section sk-esc" aria-label={t('heading')}>
      <h3>{t('heading')}</h3>
      {/* Keyed by dialogue, so a line worked out for the previous dialogue never shows for this one. */}
      {escalation && <EscalationState key={escalation.dialogueId} escalation={escalation} newDetailsCount={esc.newDetailsCount} />}
      <div class="sk-row">
        <button
          type="button"
          class="sk-btn sk-btn--primary"
          data-testid="escalate"
          disabled={busy}
          aria-busy={busy}
          title={t('escalateHint')}
          onClick={trusted(() => esc.escalate())}
        >
          {busy ? t('escalating') : escalation ? t('escalateAgain') : t('escalate')}
        </button>
        {escalation && !busy && (
          <button
            type="button"
            class="sk-btn sk-btn--small"
            data-testid="escalation-toggle-draft"
            onClick={() => (view ? esc.hideDraft() : void esc.showDraft())}
          >
            {view ? t('hideDraft') : t('showDraft')}
          </button>
        )}
        {preparing && (
          <span class="sk-muted" role="status" data-testid="escalation-preparing">
            {t('preparing')}
          </span>
        )}
      </div>
      {!escalation && !view && <p class="sk-muted sk-esc-hint">{t('escalateHint')}</p>}
      {esc.error && (
        <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="escalation-error">
          {t(esc.error.during === 'escalate' ? 'escalateFailed' : 'prepareFailed', { error: esc.error.message })}
        </p>
      )}
      <DraftPanel esc={esc} />
      <JiraPanel esc={esc} />
      {escalation && <RefsForm key={escalation.id} escalation={escalation} />}
    </section>
  );
}
