import { useCallback, useMemo } from 'preact/hooks';
import type { SearchHelpInput } from '../../lib/escalation/search-help';
import { useAnswer } from '../shared/latest';
import { usePhrases } from '../shared/usePhrases';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { trusted } from '../sidebar/trusted';
import { helpStrings as strings } from './help-strings';

/**
 * The team's order before escalating: search Slack and the knowledge base for the dialogue's key words,
 * then ask `#team-cs`. The background picks the words and builds the question (customer text inert,
 * secrets hidden); here each button copies and opens, on the operator's click only.
 */
export function HelpPanel() {
  const t = usePhrases(strings);
  const store = useSidebarStore();
  const snap = useSidebar((s) => s.snapshot);
  const settings = useSidebar((s) => s.settings);
  const lang = useSidebar((s) => s.lang);
  const { copy, openLink } = useSidebar((s) => s.actions);
  const input = useMemo<SearchHelpInput | null>(
    () =>
      snap?.id && settings
        ? { messages: snap.messages, link: snap.link, settings: { slack: { teamId: settings.slack.teamId }, help: settings.help }, lang }
        : null,
    [snap?.id, snap?.messages, snap?.link, settings?.slack.teamId, settings?.help, lang],
  );
  const run = useCallback((i: SearchHelpInput) => store.getState().service.call('searchHelp', i), [store]);
  const answer = useAnswer(input, run);
  // Words worked out for the previous dialogue never show for this one.
  const help = answer.input?.link === input?.link ? answer.value : null;
  if (!input) return null;
  if (!help) {
    return answer.error ? (
      <p class="sk-esc-status sk-esc-status--error" role="alert">
        {t('failed', { error: answer.error.message })}
      </p>
    ) : null;
  }

  const say = (ok: boolean, text: string, copied: string) =>
    store.setState({
      toast: ok ? { kind: 'ok', text: copied, at: Date.now() } : { kind: 'error', text: t('notCopied', { text }), at: Date.now() },
    });

  const notes = [
    !help.slackUrl && t('slackMissing'),
    !input.settings.help.kbSearchUrl && t('kbMissing'),
    !help.teamChannel && t('teamMissing'),
  ];
  return (
    <div class="sk-esc-panel sk-esc-help" data-testid="search-first">
      <h4 class="sk-esc-heading">{t('heading')}</h4>
      <p class="sk-muted sk-esc-hint">{t('order')}</p>
      <div class="sk-row">
        {help.slackUrl && help.query && (
          <a
            class="sk-btn sk-btn--small sk-esc-search"
            href={help.slackUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="search-slack"
            data-query={help.query}
            title={t('searchSlackHint')}
            // The link opens the workspace itself; the words go to the clipboard on the same trusted click.
            onClick={trusted(async () => say(await copy(help.query), help.query, t('wordsCopied')))}
          >
            {t('searchSlack')}
          </a>
        )}
        {help.kbUrl && (
          <a
            class="sk-btn sk-btn--small sk-esc-search"
            href={help.kbUrl}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="search-kb"
            data-query={help.query}
            title={t('searchKbHint')}
          >
            {t('searchKb')}
          </a>
        )}
        <button
          type="button"
          class="sk-btn sk-btn--small"
          data-testid="ask-team"
          title={t('askTeamHint')}
          onClick={trusted(async () => {
            say(await copy(help.question), help.question, t('questionCopied'));
            const open = help.teamChannel?.app ?? help.slackUrl;
            if (open) openLink(open);
          })}
        >
          {t('askTeam')}
        </button>
      </div>
      <p class="sk-muted sk-esc-hint" data-testid="search-words">
        {help.query ? (
          <>
            {t('words')} <code>{help.query}</code>
          </>
        ) : (
          t('noWords')
        )}
      </p>
      {notes.map(
        (n, i) =>
          n && (
            <p key={i} class="sk-muted sk-esc-hint">
              {n}
            </p>
          ),
      )}
    </div>
  );
}
