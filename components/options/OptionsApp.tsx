import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { resolveLanguage } from '../../lib/i18n/language';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/store';
import type { SettingsResult } from '../../lib/settings/validate';
import { DataPanel } from './DataPanel';
import { HistoryImport } from './HistoryImport';
import { ApiHistory } from '../api/ApiHistory';
import { TrendsPanel } from './TrendsPanel';
import { ImportExport } from './ImportExport';
import { RepliesEditor } from './RepliesEditor';
import { PanelHosts } from './PanelHosts';
import { ProfileTeach } from './ProfileTeach';
import { SelectorsEditor } from './SelectorsEditor';
import { SettingsForm } from './SettingsForm';
import { TagsEditor } from './TagsEditor';
import { TeamChanges } from './TeamChanges';
import { OptionsContext, useOptions } from './useOptions';

export interface OptionsTab {
  id: string;
  label: { ru: string; en: string };
  render: () => ComponentChildren;
}

function Status({ status }: { status: { result: SettingsResult; how: 'saved' | 'imported' } | null }) {
  const { t } = useOptions();
  if (!status) return null;
  return status.result.ok ? (
    <p class="op-status op-status--ok" data-testid="settings-saved" role="status">
      ✓ {status.how === 'imported' ? t('imported') : t('saved')}
    </p>
  ) : (
    <p class="op-status op-status--error" data-testid="settings-error" role="alert">
      ✕ {t('rejected', { error: status.result.error })}
    </p>
  );
}

/** The options page: settings, vocabulary, profile, plus tabs that features add (`extraTabs`). */
export function OptionsApp({ extraTabs = [] }: { extraTabs?: OptionsTab[] }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<{ result: SettingsResult; how: 'saved' | 'imported' } | null>(null);
  const [tab, setTab] = useState(() => location.hash.slice(1) || 'settings');

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  if (!settings) return null;

  const lang = resolveLanguage(settings.operator.language);
  const ctx = {
    lang,
    settings,
    async save(doc: unknown, how: 'saved' | 'imported' = 'saved') {
      const result = await saveSettings(doc);
      if (result.ok) {
        setSettings(result.settings);
        setRevision((r) => r + 1);
      }
      setStatus({ result, how });
      return result;
    },
    report(result: SettingsResult) {
      setStatus({ result, how: 'saved' });
    },
  };
  const base: OptionsTab[] = [
    {
      id: 'settings',
      label: { en: 'Settings', ru: 'Настройки' },
      render: () => (
        <>
          <ImportExport />
          <SettingsForm key={revision} />
        </>
      ),
    },
    {
      id: 'tags',
      label: { en: 'Tags', ru: 'Теги' },
      render: () => (
        <>
          <TagsEditor key={revision} />
          <HistoryImport />
          <ApiHistory />
        </>
      ),
    },
    { id: 'replies', label: { en: 'Replies', ru: 'Ответы' }, render: () => <RepliesEditor key={revision} /> },
    {
      id: 'profile',
      label: { en: 'Page profile', ru: 'Профиль страницы' },
      render: () => (
        <>
          <ProfileTeach />
          <SelectorsEditor key={revision} />
          <PanelHosts />
        </>
      ),
    },
  ];
  const tabs = [
    ...base,
    { id: 'trends', label: { en: 'Trends', ru: 'Тренды' }, render: () => <TrendsPanel /> },
    { id: 'data', label: { en: 'Your data', ru: 'Ваши данные' }, render: () => <DataPanel /> },
    ...extraTabs,
  ];
  // The built-in tabs are always listed, so tabs[0] exists.
  const current = tabs.find((x) => x.id === tab) ?? tabs[0]!;
  return (
    <OptionsContext.Provider value={ctx}>
      <main class="op" lang={lang}>
        <header class="op-header">
          <h1>{lang === 'ru' ? 'Настройки Sidekick' : 'Sidekick settings'}</h1>
          <nav class="op-tabs" role="tablist">
            {tabs.map((x) => (
              <button
                type="button"
                role="tab"
                key={x.id}
                aria-selected={x.id === current.id}
                data-testid={`tab-${x.id}`}
                onClick={() => {
                  setTab(x.id);
                  history.replaceState(null, '', '#' + x.id);
                }}
              >
                {x.label[lang]}
              </button>
            ))}
          </nav>
        </header>
        <Status status={status} />
        <TeamChanges
          onApplied={() =>
            void loadSettings().then((next) => {
              setSettings(next);
              setRevision((r) => r + 1);
            })
          }
        />
        {current.render()}
      </main>
    </OptionsContext.Provider>
  );
}
