import { useEffect, useState } from 'preact/hooks';
import { messagesUnread, useSidebar } from '../sidebar/store';
import { InsertReplyButton } from '../replies/InsertReplyButton';
import { PanelsSlot } from './PanelsSlot';
import { sectionStrings as strings } from './section-strings';
import { useDelayed } from './useDelayed';
import { useEscalation } from './useEscalation';
import { useComplexity } from '../triage/useComplexity';
import { usePhrases } from '../shared/usePhrases';
import { trusted } from '../sidebar/trusted';

/** A rebuild usually answers within a few milliseconds; only a slower one (a waking background) is announced. */
const PREPARING_AFTER_MS = 150;

/**
 * The critical-issue routine for the open dialogue in one click: acknowledge to the customer, copy
 * the `#tech-questions` draft and open the channel, prefill the Jira task, record the escalation.
 * On a dialogue escalated before it says so first, and offers what the customer wrote since.
 */
/** A second escalation is a new issue with its own thread and task: small, and asked once more. */
function EscalateAgain({ onConfirm }: { onConfirm: () => void }) {
  const t = usePhrases(strings);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="sk-btn sk-btn--small sk-esc-again" data-testid="escalate-again" onClick={() => setAsking(true)}>
        {t('escalateAgain')}
      </button>
    );
  }
  return (
    <div class="sk-esc-confirm" data-testid="escalate-confirm" role="group">
      <p>{t('againConfirm')}</p>
      <div class="sk-row">
        <button
          type="button"
          class="sk-btn sk-btn--primary sk-btn--small"
          data-testid="escalate"
          onClick={trusted(() => {
            setAsking(false);
            onConfirm();
          })}
        >
          {t('againYes')}
        </button>
        <button type="button" class="sk-btn sk-btn--small" onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

export function EscalateSection() {
  const t = usePhrases(strings);
  const complexity = useComplexity().complexity;
  const level = complexity?.level;
  // A duty day: #tech-questions for critical dialogues only; below that, a SUPPORT task or "on Monday".
  const duty = !!complexity?.duty && !!level && level !== 'critical';
  const esc = useEscalation(duty);
  const preparing = useDelayed(esc.preparing, PREPARING_AFTER_MS);
  const unread = useSidebar((s) => messagesUnread(s.snapshot));
  // "Search first" stays open across dialogues once opened: its panel loads with the escalation's. A critical
  // dialogue goes straight to #tech-questions (the team's playbook), so it is offered once rated below that.
  const [help, setHelp] = useState(false);
  const searchRequest = useSidebar((s) => s.searchRequest);
  useEffect(() => {
    if (searchRequest) setHelp(true);
  }, [searchRequest]);
  if (!esc.dialogue) return null;
  const { escalation, view, busy } = esc;
  const search = !escalation && !view && !!level && level !== 'critical';
  return (
    <section class="sk-section sk-esc" aria-label={t('heading')}>
      <h3>{t('heading')}</h3>
      {escalation && <PanelsSlot part="state" esc={esc} escalation={escalation} newDetailsCount={esc.newDetailsCount} />}
      <div class="sk-row">
        {/* The team's order: search, then #team-cs, then a #tech-questions thread. */}
        {search && (
          <button
            type="button"
            class="sk-btn"
            data-testid="search-first-open"
            aria-expanded={help}
            title={t('searchFirstHint')}
            onClick={() => setHelp(!help)}
          >
            {t('searchFirst')}
          </button>
        )}
        {(!escalation || busy) && (
          <button
            type="button"
            class="sk-btn sk-btn--primary"
            data-testid="escalate"
            disabled={busy || unread}
            aria-busy={busy}
            title={unread ? t('unreadHint') : t('escalateHint')}
            onClick={trusted(() => esc.escalate(duty))}
          >
            {busy ? t('escalating') : t('escalate')}
          </button>
        )}
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
      {duty && !escalation && (
        <div class="sk-flag" role="status" data-testid="escalate-duty">
          <p>{t('dutyDay')}</p>
          <InsertReplyButton replyId="continue-monday" label={t('dutyMonday')} testId="escalate-duty-reply" />
        </div>
      )}
      {help && search && <PanelsSlot part="help" esc={esc} escalation={null} newDetailsCount={0} />}
      {!escalation && !view && <p class="sk-muted sk-esc-hint">{t('escalateHint')}</p>}
      {esc.error && (
        <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="escalation-error">
          {t(esc.error.during === 'escalate' ? 'escalateFailed' : 'prepareFailed', { error: esc.error.message })}
        </p>
      )}
      {/* The panels load when the dialogue first needs them: escalating (busy), a draft shown, or escalated before. */}
      {(busy || view || escalation) && <PanelsSlot part="panels" esc={esc} escalation={escalation} newDetailsCount={esc.newDetailsCount} />}
      {escalation && !busy && <EscalateAgain key={escalation.dialogueId} onConfirm={() => void esc.escalate()} />}
    </section>
  );
}
