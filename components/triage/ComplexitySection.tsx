import { useState } from 'preact/hooks';
import type { PlaybookStep } from '../../lib/triage/playbook';
import { InsertReplyButton } from '../replies/InsertReplyButton';
import { messagesUnread, useSidebarStore, useSidebar } from '../sidebar/store';
import { useComplexity } from './useComplexity';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';
import { trusted } from '../sidebar/trusted';

/** The playbook steps one escalation does. */
const ESCALATION_STEPS = new Set<PlaybookStep['action']>(['ack', 'slack', 'jira']);

/**
 * How hard the open dialogue is, by the team's scale, and what the team does about it: the rating
 * with its reasons, one click to correct it (the correction teaches the rating), and the level's
 * playbook as a checklist whose steps act where the sidebar can act.
 */
export function ComplexitySection() {
  const t = usePhrases(strings);
  const { complexity: c, error } = useComplexity();
  const sidebar = useSidebarStore();
  const lang = useSidebar((s) => s.lang);
  const snap = useSidebar((s) => s.snapshot);
  const applyTag = useSidebar((s) => s.actions.applyTag);
  // Escalating acknowledges, drafts the thread and prefills the task: those steps are done once it is recorded.
  const escalated = useSidebar((s) => !!s.snapshot?.id && s.stored?.escalation?.dialogueId === s.snapshot.id);
  // Keyed by dialogue and level, so each dialogue keeps its own ticks while the sidebar lives.
  const [done, setDone] = useState<Record<string, boolean>>({});
  if (!snap?.id) return null;
  if (messagesUnread(snap)) {
    return (
      <section class="sk-section sk-tri" aria-label={t('heading')}>
        <h3>{t('heading')}</h3>
        <p class="sk-flag" role="status" data-testid="complexity-unread">
          {t('unread')}
        </p>
      </section>
    );
  }
  if (!c) {
    return error ? (
      <section class="sk-section sk-tri" aria-label={t('heading')}>
        <h3>{t('heading')}</h3>
        <p class="sk-flag" role="alert" data-testid="complexity-error">
          {t('rateFailed', { msg: error })}
        </p>
      </section>
    ) : null;
  }

  const key = (i: number) => `${snap.id}\u0000${c.level}\u0000${i}`;
  const mark = (i: number, value = true) => setDone((d) => ({ ...d, [key(i)]: value }));
  const hasTag = (tag: string) => snap.tags.some((x) => x.toLowerCase() === tag.toLowerCase());
  const isDone = (step: PlaybookStep, i: number) =>
    done[key(i)] ?? ((step.action === 'tag' && !!step.tag && hasTag(step.tag)) || (escalated && ESCALATION_STEPS.has(step.action)));

  const escalate = (i: number) => {
    sidebar.setState((s) => ({ escalateRequest: s.escalateRequest + 1 }));
    mark(i);
  };

  const control = (step: PlaybookStep, i: number) => {
    switch (step.action) {
      case 'ack':
        return step.replyId ? (
          <InsertReplyButton
            replyId={step.replyId}
            label={t('insertReply')}
            testId="playbook-action"
            whenMissing={t('replyOff')}
            onInserted={() => mark(i)}
          />
        ) : null;
      case 'search':
      case 'team':
        return (
          <button
            type="button"
            class="sk-btn sk-btn--small"
            data-testid="playbook-action"
            title={t('requested')}
            onClick={() => {
              sidebar.setState((s) => ({ searchRequest: s.searchRequest + 1 }));
              mark(i);
            }}
          >
            {t('search')}
          </button>
        );
      case 'slack':
      case 'jira':
        return (
          <button
            type="button"
            class="sk-btn sk-btn--small"
            data-testid="playbook-action"
            title={t('requested')}
            onClick={trusted(() => escalate(i))}
          >
            {t(step.action)}
          </button>
        );
      case 'tag':
        if (!step.tag) return null;
        return hasTag(step.tag) ? (
          <span class="sk-muted">{t('tagged')}</span>
        ) : (
          <button
            type="button"
            class="sk-btn sk-btn--small"
            data-testid="playbook-action"
            onClick={trusted(() =>
              applyTag(step.tag!).then(
                () => mark(i),
                () => {},
              ),
            )}
          >
            {t('tag', { tag: step.tag })}
          </button>
        );
      default:
        return null;
    }
  };

  const steps = c.playbooks.find((p) => p.level === c.level)?.steps ?? [];
  return (
    <section class="sk-section sk-tri" aria-label={t('heading')}>
      <h3>{t('heading')}</h3>
      <p class={`sk-tri-level sk-tri-level--${c.level}`} data-testid="complexity" data-level={c.level} data-source={c.source}>
        <strong>{t(c.level)}</strong> <span class="sk-muted">· {c.source === 'operator' ? t('byYou') : t('auto')}</span>
      </p>
      {error && (
        <p class="sk-flag" role="alert" data-testid="complexity-error">
          {t('rateFailed', { msg: error })}
        </p>
      )}
      {c.reasons.length > 0 && (
        <ul class="sk-tri-reasons" data-testid="complexity-reasons">
          {c.reasons.map((r, i) => (
            <li key={i}>{r[lang]}</li>
          ))}
        </ul>
      )}
      <div class="sk-tri-choices" role="group" aria-label={t('change')}>
        {c.playbooks.map(({ level }) => (
          <button
            key={level}
            type="button"
            class={level === c.level ? 'sk-btn sk-btn--small sk-tri-choice sk-tri-choice--on' : 'sk-btn sk-btn--small sk-tri-choice'}
            data-testid="complexity-choice"
            data-level={level}
            aria-pressed={level === c.level}
            onClick={trusted(() => c.choose(level))}
          >
            {t(level)}
          </button>
        ))}
      </div>
      <h4 class="sk-tri-subhead">{t('playbook')}</h4>
      <ol class="sk-tri-playbook" data-testid="playbook" data-level={c.level}>
        {steps.map((step, i) => (
          <li key={key(i)} class="sk-tri-step" data-testid="playbook-step" data-action={step.action} data-done={isDone(step, i)}>
            <label class="sk-tri-check">
              <input type="checkbox" checked={isDone(step, i)} onChange={(e) => mark(i, (e.currentTarget as HTMLInputElement).checked)} />
              <span>{step.text[lang]}</span>
            </label>
            {control(step, i)}
          </li>
        ))}
      </ol>
    </section>
  );
}
