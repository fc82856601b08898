import { useMemo, useState } from 'preact/hooks';
import { useAnswer } from '../shared/latest';
import type { EscalationRecord } from '../../lib/db/schema';
import { useService, useSidebar } from '../sidebar/store';
import { CopyButton } from './CopyButton';
import { toggled } from './draft-state';
import { SecretChoices } from './SecretChoices';
import { useNow } from './useNow';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/** Only links the operator pasted that are web addresses become links; anything else stays text. */
function webLink(text: string | undefined): string | null {
  return text && /^https:\/\/\S+$/i.test(text.trim()) ? text.trim() : null;
}

/** The customer's messages since the escalation, as one quoted reply for the escalation's thread. */
function NewDetails({ escalation, count }: { escalation: EscalationRecord; count: number }) {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  const messages = useSidebar((s) => s.snapshot?.messages);
  const [included, setIncluded] = useState<number[]>([]);
  const service = useService();
  const input = useMemo(
    () => ({
      messages: messages ?? [],
      escalation: { customerMessageCount: escalation.customerMessageCount },
      sinceCount: count,
      includedSecrets: included,
      lang,
    }),
    [messages, escalation.customerMessageCount, count, lang, included],
  );
  const details = useAnswer(input, (i) => service.call('escalationNewDetails', i));
  const reply = details.value;
  return (
    <div class="sk-esc-block sk-esc-details" data-testid="new-details-reply">
      <div class="sk-esc-reply__head">
        <span class="sk-esc-label">{t('newDetailsHeading', { n: count })}</span>
        {reply && <CopyButton text={reply.text} label={t('copyNewDetails')} testId="new-details" />}
      </div>
      <p class="sk-muted">{t('newDetailsHint')}</p>
      {!reply && details.pending && <p class="sk-muted">{t('preparing')}</p>}
      {details.error && (
        <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="new-details-error">
          {t('detailsFailed', { error: details.error.message })}
        </p>
      )}
      {reply && (
        <>
          <SecretChoices secrets={reply.secrets} included={included} onToggle={(i, on) => setIncluded((ids) => toggled(ids, i, on))} />
          <pre class="sk-esc-text">{reply.text}</pre>
        </>
      )}
    </div>
  );
}

/** "Escalated 2 h ago, SUPPORT-123": so nobody opens a second thread for the same issue. */
export function EscalationState({ escalation, newDetailsCount }: { escalation: EscalationRecord; newDetailsCount: number }) {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  const now = useNow();
  const service = useService();
  const { at, jiraKey, slackRef } = escalation;
  const lineInput = useMemo(() => ({ record: { at, jiraKey, slackRef }, now, lang }), [at, jiraKey, slackRef, now, lang]);
  const line = useAnswer(lineInput, (i) => service.call('escalationLine', i));
  const thread = webLink(escalation.slackRef);
  const jira = webLink(escalation.jiraUrl);
  // Without an answer the operator must still see that the dialogue was escalated.
  const text = line.value ?? (line.error ? t('escalatedBefore') : null);
  return (
    <div class="sk-esc-state">
      <p class="sk-esc-state__line">
        {text !== null && <span data-testid="escalation-state">{text}</span>}
        {thread && (
          <a href={thread} target="_blank" rel="noopener noreferrer" data-testid="escalation-thread-link">
            {t('stateThread')}
          </a>
        )}
        {jira && (
          <a href={jira} target="_blank" rel="noopener noreferrer" data-testid="escalation-jira-link">
            {t('stateJira')}
          </a>
        )}
      </p>
      {newDetailsCount > 0 && <NewDetails key={escalation.id} escalation={escalation} count={newDetailsCount} />}
    </div>
  );
}
