import { useMemo, useState } from 'preact/hooks';
import type { EscalationRecord } from '../../lib/db/schema';
import { describeEscalation } from '../../lib/escalation/escalation-state';
import { newDetailsReply } from '../../lib/escalation/slack-draft';
import { useSidebar } from '../sidebar/store';
import { CopyButton } from './CopyButton';
import { newDetailsMessages, toggled } from './draft-state';
import { SecretChoices } from './SecretChoices';
import { useEscT } from './useEscT';
import { useNow } from './useNow';

/** Only links the operator pasted that are web addresses become links; anything else stays text. */
function webLink(text: string | undefined): string | null {
  return text && /^https:\/\/\S+$/i.test(text.trim()) ? text.trim() : null;
}

/** The customer's messages since the escalation, as one quoted reply for the escalation's thread. */
function NewDetails({ escalation, count }: { escalation: EscalationRecord; count: number }) {
  const t = useEscT();
  const lang = useSidebar((s) => s.lang);
  const messages = useSidebar((s) => s.snapshot?.messages);
  const [included, setIncluded] = useState<number[]>([]);
  const details = useMemo(
    () => newDetailsReply(newDetailsMessages(messages ?? [], escalation, count), { lang, includedSecrets: included }),
    [messages, escalation, count, lang, included],
  );
  return (
    <div class="sk-esc-block sk-esc-details" data-testid="new-details-reply">
      <div class="sk-esc-reply__head">
        <span class="sk-esc-label">{t('newDetailsHeading', { n: count })}</span>
        <CopyButton text={details.text} label={t('copyNewDetails')} testId="new-details" />
      </div>
      <p class="sk-muted">{t('newDetailsHint')}</p>
      <SecretChoices secrets={details.secrets} onToggle={(i, on) => setIncluded((ids) => toggled(ids, i, on))} />
      <pre class="sk-esc-text">{details.text}</pre>
    </div>
  );
}

/** "Escalated 2 h ago, SUPPORT-123": so nobody opens a second thread for the same issue. */
export function EscalationState({ escalation, newDetailsCount }: { escalation: EscalationRecord; newDetailsCount: number }) {
  const t = useEscT();
  const lang = useSidebar((s) => s.lang);
  const now = useNow();
  const thread = webLink(escalation.slackRef);
  const jira = webLink(escalation.jiraUrl);
  return (
    <div class="sk-esc-state">
      <p class="sk-esc-state__line">
        <span data-testid="escalation-state">{describeEscalation(escalation, now, lang)}</span>
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
