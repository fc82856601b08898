import { DraftPanel } from './DraftPanel';
import { EscalationState } from './EscalationState';
import { JiraPanel } from './JiraPanel';
import { RefsForm } from './RefsForm';
import { useEscalation } from './useEscalation';
import { useEscT } from './useEscT';

/**
 * The critical-issue routine for the open dialogue in one click: acknowledge to the customer, copy
 * the `#tech-questions` draft and open the channel, prefill the Jira task, record the escalation.
 * On a dialogue escalated before it says so first, and offers what the customer wrote since.
 */
export function EscalateSection() {
  const t = useEscT();
  const esc = useEscalation();
  if (!esc.dialogue) return null;
  const { escalation, view, busy } = esc;
  return (
    <section class="sk-section sk-esc" aria-label={t('heading')}>
      <h3>{t('heading')}</h3>
      {escalation && <EscalationState escalation={escalation} newDetailsCount={esc.newDetailsCount} />}
      <div class="sk-row">
        <button
          type="button"
          class="sk-btn sk-btn--primary"
          data-testid="escalate"
          disabled={busy}
          aria-busy={busy}
          title={t('escalateHint')}
          onClick={() => void esc.escalate()}
        >
          {busy ? t('escalating') : escalation ? t('escalateAgain') : t('escalate')}
        </button>
        {escalation && !busy && (
          <button type="button" class="sk-btn sk-btn--small" data-testid="escalation-toggle-draft" onClick={() => (view ? esc.hideDraft() : esc.showDraft())}>
            {view ? t('hideDraft') : t('showDraft')}
          </button>
        )}
      </div>
      {!escalation && !view && <p class="sk-muted sk-esc-hint">{t('escalateHint')}</p>}
      <DraftPanel esc={esc} />
      <JiraPanel esc={esc} />
      {escalation && <RefsForm key={escalation.id} escalation={escalation} />}
    </section>
  );
}
