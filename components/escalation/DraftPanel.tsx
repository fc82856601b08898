import { useState } from 'preact/hooks';
import { PROBLEM_TYPES, problemTypeLabel, type ProblemType } from '../../lib/escalation/access';
import { renderDraftText, type SlackDraft } from '../../lib/escalation/slack-draft';
import { missingSlackChannelSettings, slackChannelLinks, webhookAllowed, webhookPayload } from '../../lib/escalation/slack-links';
import { sendMessage } from '../../lib/service';
import { useSidebar } from '../sidebar/store';
import { CopyButton } from './CopyButton';
import { settingsList } from './draft-state';
import { SecretChoices } from './SecretChoices';
import { threadKindNames } from './strings';
import type { AckOutcome, Escalation, EscalationView, RecordOutcome } from './useEscalation';
import { useEscT } from './useEscT';

function AckBlock({ ack }: { ack: AckOutcome }) {
  const t = useEscT();
  if (ack.status === 'off') return <p class="sk-muted">{t('ackOff')}</p>;
  if (ack.status === 'inserted') return <p class="sk-esc-status sk-esc-status--ok">{t('ackInserted')}</p>;
  return (
    <div class="sk-esc-block" data-testid="escalation-ack">
      <p class="sk-esc-status sk-esc-status--warn">{ack.status === 'failed' ? t('ackFailed', { error: ack.error }) : t('ackNoComposer')}</p>
      <pre class="sk-esc-text">{ack.text}</pre>
      <CopyButton text={ack.text} label={t('copy')} />
    </div>
  );
}

function RecordStatus({ record }: { record: RecordOutcome }) {
  const t = useEscT();
  if (record.status === 'saving') return null;
  if (record.status === 'saved') return <p class="sk-esc-status sk-esc-status--ok">{t('recorded')}</p>;
  return (
    <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="escalation-record-error">
      {t('recordFailed', { error: record.error })} {t('refsNeedRecord')}
    </p>
  );
}

/** Opens the channel in the Slack app, with the web client as a fallback, or says what to configure. */
function ChannelLinks() {
  const t = useEscT();
  const lang = useSidebar((s) => s.lang);
  const settings = useSidebar((s) => s.settings);
  const openLink = useSidebar((s) => s.actions.openLink);
  const slack = settings?.slack ?? { teamId: '', channelId: '', webhookUrl: '', webhookEnabled: false };
  const links = slackChannelLinks(slack);
  if (!links) {
    return (
      <p class="sk-esc-status sk-esc-status--warn" data-testid="slack-settings-missing">
        {t('slackMissing', { list: settingsList(missingSlackChannelSettings(slack), lang, t('and')) })}
      </p>
    );
  }
  return (
    <div class="sk-row">
      <button type="button" class="sk-btn sk-btn--small" data-testid="slack-open" onClick={() => openLink(links.app)}>
        {t('openChannel')}
      </button>
      <a href={links.web} target="_blank" rel="noopener noreferrer" data-testid="slack-open-web">
        {t('openInBrowser')}
      </a>
    </div>
  );
}

function PostToSlack({ main }: { main: string }) {
  const t = useEscT();
  const [state, setState] = useState<{ status: 'idle' | 'posting' | 'posted' } | { status: 'failed'; error: string }>({ status: 'idle' });
  async function post() {
    setState({ status: 'posting' });
    try {
      const error = await sendMessage('postWebhook', { text: JSON.stringify(webhookPayload(main)) });
      setState(error ? { status: 'failed', error } : { status: 'posted' });
    } catch (e) {
      setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <div class="sk-esc-block">
      <button type="button" class="sk-btn sk-btn--small" data-testid="slack-post" disabled={state.status === 'posting'} onClick={post}>
        {state.status === 'posting' ? t('posting') : t('postToSlack')}
      </button>
      {state.status === 'posted' && <p class="sk-esc-status sk-esc-status--ok" data-testid="slack-post-result">{t('posted')}</p>}
      {state.status === 'failed' && (
        <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="slack-post-result">
          {t('postFailed', { error: state.error })}
        </p>
      )}
    </div>
  );
}

function ThreadReplies({ draft }: { draft: SlackDraft }) {
  const t = useEscT();
  const lang = useSidebar((s) => s.lang);
  return (
    <ol class="sk-esc-replies">
      {draft.thread.map((reply, i) => (
        <li key={reply.kind} class="sk-esc-reply" data-testid="slack-thread-reply" data-kind={reply.kind}>
          <div class="sk-esc-reply__head">
            <span class="sk-esc-label">{t('threadReply', { n: i + 1, kind: threadKindNames[lang][reply.kind] })}</span>
            <CopyButton text={reply.text} label={t('copy')} />
          </div>
          <pre class="sk-esc-text">{reply.text}</pre>
        </li>
      ))}
    </ol>
  );
}

interface DraftEditorProps {
  view: EscalationView;
  draft: SlackDraft;
  esc: Escalation;
}

function DraftEditor({ view, draft, esc }: DraftEditorProps) {
  const t = useEscT();
  const lang = useSidebar((s) => s.lang);
  return (
    <>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('problemLabel')}</span>
        <textarea
          rows={2}
          data-testid="slack-problem"
          value={view.choices.problemLine}
          onInput={(e) => esc.setProblemLine(e.currentTarget.value)}
          onBlur={esc.flushProblemLine}
        />
      </label>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('problemTypeLabel')}</span>
        <select
          data-testid="slack-problem-type"
          value={view.choices.problemType}
          onChange={(e) => esc.setProblemType(e.currentTarget.value as ProblemType)}
        >
          {PROBLEM_TYPES.map((type) => (
            <option key={type} value={type}>
              {problemTypeLabel(type, lang)}
            </option>
          ))}
        </select>
      </label>
      <SecretChoices secrets={draft.secrets} onToggle={esc.setSecretIncluded} />
    </>
  );
}

/** The `#tech-questions` draft: what was done on escalating, the editable parts, and each piece to paste. */
export function DraftPanel({ esc }: { esc: Escalation }) {
  const t = useEscT();
  const lang = useSidebar((s) => s.lang);
  const { view, draft, settings } = esc;
  if (!view || !draft) return null;
  return (
    <div class="sk-esc-panel" data-testid="slack-draft">
      {view.ack && <AckBlock ack={view.ack} />}
      {view.record && <RecordStatus record={view.record} />}
      <h4 class="sk-esc-heading">{t('slackHeading')}</h4>
      {view.copied !== null && (
        <p class={`sk-esc-status ${view.copied ? 'sk-esc-status--ok' : 'sk-esc-status--error'}`} data-testid="slack-draft-copied" data-copied={String(view.copied)}>
          {view.copied ? t('draftCopied') : t('draftCopyFailed')}
        </p>
      )}
      <ChannelLinks />
      <DraftEditor view={view} draft={draft} esc={esc} />
      <div class="sk-esc-block">
        <div class="sk-esc-reply__head">
          <span class="sk-esc-label">{t('mainMessage')}</span>
          <span class="sk-row">
            <CopyButton text={draft.main} label={t('copyMain')} testId="slack-copy-main" />
            <CopyButton text={renderDraftText(draft, lang)} label={t('copyAll')} testId="slack-copy-all" />
          </span>
        </div>
        <pre class="sk-esc-text sk-esc-text--main" data-testid="slack-main">
          {draft.main}
        </pre>
        {draft.truncated && <p class="sk-muted">{t('truncated')}</p>}
      </div>
      <ThreadReplies draft={draft} />
      {webhookAllowed(settings) && <PostToSlack main={draft.main} />}
    </div>
  );
}
