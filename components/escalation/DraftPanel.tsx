import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProblemType } from '../../lib/escalation/access';
import type { EscalationPanel } from '../../lib/escalation/escalation-view';
import { useService, useSidebar } from '../sidebar/store';
import { CopyButton } from './CopyButton';
import { JiraPanel } from './JiraPanel';
import { settingsList } from './draft-state';
import { SecretChoices } from './SecretChoices';
import { threadKindNames, strings } from './strings';
import type { AckOutcome, Escalation, EscalationView, RecordOutcome } from './useEscalation';
import { usePhrases } from '../shared/usePhrases';
import { trusted } from '../sidebar/trusted';

/** What one escalation did, in one line; only what failed gets a block of its own. */
function StatusLine({ view }: { view: EscalationView }) {
  const t = usePhrases(strings);
  const parts: { text: string; title?: string; testId?: string; copied?: boolean }[] = [];
  if (view.ack?.status === 'inserted') parts.push({ text: t('doneAck'), title: t('ackInserted') });
  if (view.ack?.status === 'off') parts.push({ text: t('doneAckOff'), title: t('ackOff') });
  if (view.copied === true) parts.push({ text: t('doneCopied'), title: t('draftCopied'), testId: 'slack-draft-copied', copied: true });
  if (view.record?.status === 'saved') parts.push({ text: t('doneSaved') });
  if (!parts.length) return null;
  return (
    <p class="sk-esc-status sk-esc-status--ok sk-esc-done" data-testid="escalation-status" role="status">
      ✓ {t('doneLead')}{' '}
      {parts.map((p, i) => (
        <span key={i} title={p.title} data-testid={p.testId} data-copied={p.copied === undefined ? undefined : String(p.copied)}>
          {i > 0 ? ' · ' : ''}
          {p.text}
        </span>
      ))}
    </p>
  );
}

function AckBlock({ ack }: { ack: AckOutcome }) {
  const t = usePhrases(strings);
  if (ack.status === 'off' || ack.status === 'inserted') return null;
  return (
    <div class="sk-esc-block" data-testid="escalation-ack">
      <p class="sk-esc-status sk-esc-status--warn">{ack.status === 'failed' ? t('ackFailed', { error: ack.error }) : t('ackNoComposer')}</p>
      <pre class="sk-esc-text">{ack.text}</pre>
      <CopyButton text={ack.text} label={t('copy')} />
    </div>
  );
}

function RecordStatus({ record }: { record: RecordOutcome }) {
  const t = usePhrases(strings);
  if (record.status === 'saving' || record.status === 'saved') return null;
  return (
    <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="escalation-record-error">
      {t('recordFailed', { error: record.error })} {t('refsNeedRecord')}
    </p>
  );
}

/** Opens the channel in the Slack app, with the web client as a fallback, or says what to configure. */
function ChannelLinks({ slack }: { slack: EscalationPanel['slack'] }) {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  const openLink = useSidebar((s) => s.actions.openLink);
  const { links } = slack;
  if (!links) {
    return (
      <p class="sk-esc-status sk-esc-status--warn" data-testid="slack-settings-missing">
        {t('slackMissing', { list: settingsList(slack.missing, lang, t('and')) })}
      </p>
    );
  }
  return (
    <div class="sk-row">
      <button type="button" class="sk-btn sk-btn--small" data-testid="slack-open" onClick={trusted(() => openLink(links.app))}>
        {t('openChannel')}
      </button>
      <a href={links.web} target="_blank" rel="noopener noreferrer" data-testid="slack-open-web">
        {t('openInBrowser')}
      </a>
    </div>
  );
}

/** `text` is the draft's main message as the panel shows it; the background escapes it and builds the body. */
function PostToSlack({ text }: { text: string }) {
  const t = usePhrases(strings);
  const service = useService();
  const [state, setState] = useState<{ status: 'idle' | 'posting' | 'posted' } | { status: 'failed'; error: string }>({ status: 'idle' });
  async function post() {
    setState({ status: 'posting' });
    try {
      const error = await service.call('postWebhook', { text });
      setState(error ? { status: 'failed', error } : { status: 'posted' });
    } catch (e) {
      setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <div class="sk-esc-block">
      <button
        type="button"
        class="sk-btn sk-btn--small"
        data-testid="slack-post"
        disabled={state.status === 'posting'}
        onClick={trusted(post)}
      >
        {state.status === 'posting' ? t('posting') : t('postToSlack')}
      </button>
      {state.status === 'posted' && (
        <p class="sk-esc-status sk-esc-status--ok" data-testid="slack-post-result">
          {t('posted')}
        </p>
      )}
      {state.status === 'failed' && (
        <p class="sk-esc-status sk-esc-status--error" role="alert" data-testid="slack-post-result">
          {t('postFailed', { error: state.error })}
        </p>
      )}
    </div>
  );
}

function ThreadReplies({ draft, esc }: { draft: EscalationPanel['draft']; esc: Escalation }) {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  return (
    <ol class="sk-esc-replies">
      {draft.thread.map((reply, i) => (
        <li key={reply.kind} class="sk-esc-reply" data-testid="slack-thread-reply" data-kind={reply.kind}>
          <div class="sk-esc-reply__head">
            <span class="sk-esc-label">{t('threadReply', { n: i + 1, kind: threadKindNames[lang][reply.kind] })}</span>
            <CopyButton
              text={reply.text}
              label={t('copy')}
              latest={async () => (await esc.settle())?.draft.thread.find((r) => r.kind === reply.kind)?.text}
            />
          </div>
          <pre class="sk-esc-text">{reply.text}</pre>
        </li>
      ))}
    </ol>
  );
}

interface DraftEditorProps {
  view: EscalationView;
  panel: EscalationPanel;
  esc: Escalation;
}

function DraftEditor({ view, panel, esc }: DraftEditorProps) {
  const t = usePhrases(strings);
  return (
    <>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('problemLabel')}</span>
        <textarea
          rows={2}
          data-testid="slack-problem"
          value={view.choices.problemLine}
          onInput={(e) => esc.setText({ problemLine: e.currentTarget.value }, true)}
          onBlur={() => void esc.flushEdits()}
        />
      </label>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('problemTypeLabel')}</span>
        <select
          data-testid="slack-problem-type"
          value={view.choices.problemType}
          onChange={(e) => esc.setProblemType(e.currentTarget.value as ProblemType)}
        >
          {panel.problemTypes.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
      </label>
      {esc.dialogue?.messages.some((m) => m.fromCustomer && m.attachment) && (
        <label class="sk-esc-field">
          <span class="sk-esc-label">{t('errorTextLabel')}</span>
          <textarea
            rows={2}
            data-testid="slack-error-text"
            placeholder={t('errorTextHint')}
            value={view.choices.errorText ?? ''}
            onInput={(e) => esc.setText({ errorText: e.currentTarget.value }, true)}
            onBlur={() => void esc.flushEdits()}
          />
          <span class="sk-muted">{t('errorTextWhy')}</span>
        </label>
      )}
      <SecretChoices secrets={panel.draft.secrets} included={view.choices.includedSecrets} onToggle={esc.setSecretIncluded} />
    </>
  );
}

/** The `#tech-questions` draft: what was done on escalating, the editable parts, and each piece to paste. */
export function DraftPanel({ esc }: { esc: Escalation }) {
  const t = usePhrases(strings);
  const { view, panel } = esc;
  const ref = useRef<HTMLDivElement>(null);
  const shown = Boolean(view && panel);
  // The panel opens below the escalate button, often under the sidebar's fold: bring it into view once,
  // when it appears, and not again while the operator edits it.
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shown]);
  if (!view || !panel) return null;
  const { draft } = panel;
  return (
    <div class="sk-esc-panel" data-testid="slack-draft" ref={ref}>
      <StatusLine view={view} />
      {view.ack && <AckBlock ack={view.ack} />}
      {view.record && <RecordStatus record={view.record} />}
      {view.copied === false && (
        <p class="sk-esc-status sk-esc-status--error" data-testid="slack-draft-copied" data-copied="false">
          {t('draftCopyFailed')}
        </p>
      )}
      {/* What comes next, first: open the channel and paste; the thread replies below, in the order they fill. */}
      <ChannelLinks slack={panel.slack} />
      <JiraPanel esc={esc} />
      <h4 class="sk-esc-heading">{t('slackHeading')}</h4>
      <DraftEditor view={view} panel={panel} esc={esc} />
      <div class="sk-esc-block">
        <div class="sk-esc-reply__head">
          <span class="sk-esc-label">{t('mainMessage')}</span>
          <span class="sk-row">
            <CopyButton
              text={draft.main}
              label={t('copyMain')}
              testId="slack-copy-main"
              latest={async () => (await esc.settle())?.draft.main}
            />
            <CopyButton
              text={panel.draftText}
              label={t('copyAll')}
              testId="slack-copy-all"
              latest={async () => (await esc.settle())?.draftText}
            />
          </span>
        </div>
        <pre class="sk-esc-text sk-esc-text--main" data-testid="slack-main">
          {draft.main}
        </pre>
        {draft.truncated && <p class="sk-muted">{t('truncated')}</p>}
      </div>
      <ThreadReplies draft={draft} esc={esc} />
      {panel.slack.webhookText !== null && <PostToSlack text={panel.slack.webhookText} />}
    </div>
  );
}
