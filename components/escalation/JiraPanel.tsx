import { useState } from 'preact/hooks';
import { useSidebar } from '../sidebar/store';
import { CopyButton } from './CopyButton';
import { settingsList } from './draft-state';
import type { Escalation } from './useEscalation';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';
import { trusted } from '../sidebar/trusted';

/** The SUPPORT task: a six-word summary and a link to Jira's create form with everything prefilled. */
export function JiraPanel({ esc }: { esc: Escalation }) {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  const copy = useSidebar((s) => s.actions.copy);
  const openLink = useSidebar((s) => s.actions.openLink);
  const [descriptionCopied, setDescriptionCopied] = useState<boolean | null>(null);
  const { view, panel } = esc;
  if (!view || !panel) return null;
  const task = panel.jira;
  const summary = view.choices.summary ?? task.summary;

  const latestDescription = async () => (await esc.settle())?.jira.description;

  async function onOpen(e: MouseEvent) {
    if (esc.settling()) {
      // The link still carries the summary from before the last edit: open the rebuilt one instead.
      e.preventDefault();
      const fresh = (await esc.settle())?.jira;
      if (!fresh?.url) return;
      if (!fresh.descriptionInUrl) setDescriptionCopied(await copy(fresh.description));
      openLink(fresh.url);
      return;
    }
    // A long description does not fit in the URL; the form opens anyway and the operator pastes it.
    if (!task.descriptionInUrl) setDescriptionCopied(await copy(task.description));
  }

  return (
    <div class="sk-esc-panel" data-testid="jira-panel">
      <h4 class="sk-esc-heading">{t('jiraHeading')}</h4>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('summaryLabel')}</span>
        <input
          type="text"
          data-testid="jira-summary"
          value={summary}
          onInput={(e) => esc.setText({ summary: e.currentTarget.value }, false)}
          onBlur={() => void esc.flushEdits()}
        />
      </label>
      {task.summaryCut && <p class="sk-muted">{t('summaryCut')}</p>}
      {task.url ? (
        <>
          <p class="sk-row">
            <a
              class="sk-btn sk-btn--small sk-esc-linkbtn"
              data-testid="jira-link"
              href={task.url}
              target="_blank"
              rel="noopener noreferrer"
              onClick={trusted(onOpen)}
            >
              {t('openJira')}
            </a>
            <CopyButton text={task.description} label={t('copyDescription')} testId="jira-copy-description" latest={latestDescription} />
          </p>
          {!task.descriptionInUrl && descriptionCopied === null && <p class="sk-muted">{t('descriptionNotInLink')}</p>}
          {descriptionCopied !== null && (
            <p
              class={`sk-esc-status ${descriptionCopied ? 'sk-esc-status--ok' : 'sk-esc-status--error'}`}
              data-testid="jira-description-copied"
            >
              {descriptionCopied ? t('descriptionCopied') : t('descriptionNotCopied')}
            </p>
          )}
        </>
      ) : (
        <>
          <p class="sk-esc-status sk-esc-status--warn" data-testid="jira-settings-missing">
            {t('jiraMissing', { list: settingsList(task.missing, lang, t('and')) })}
          </p>
          <CopyButton text={task.description} label={t('copyDescription')} testId="jira-copy-description" latest={latestDescription} />
        </>
      )}
    </div>
  );
}
