import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SERVER_COVERAGE_KEY } from '../../lib/api/server-coverage';
import { phrase } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';
import { saveSource, type ServerChoice } from './server-coverage';
import { serverStrings } from './server-strings';

export interface ServerSourceProps {
  choice: ServerChoice;
  /** The server's numbers are the ones shown. */
  inUse: boolean;
  lang: Language;
  /** The stored numbers or the choice changed: read them again. */
  onChange(): void;
}

/**
 * API mode: where the popup's numbers come from, with a switch between CarrotQuest and this browser. Once
 * painted, it asks the background to bring its copy up to date (the popup never waits for that); when the
 * new numbers are stored, the popup reads them again.
 */
export function ServerSource({ choice, inUse, lang, onChange }: ServerSourceProps) {
  const s = serverStrings[lang];
  const coverage = choice.coverage;
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SERVER_COVERAGE_KEY in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    // Loaded only now, so the numbers' paint never waits for the messaging code.
    if (coverage) void import('../../lib/channel/client').then(({ service }) => service.call('apiSync', { wait: false })).catch(() => {});
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!coverage) return null;
  const when = new Date(coverage.syncedAt).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone: coverage.tz,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const pick = (source: 'api' | 'page') => void saveSource(source).then(onChange, () => {});
  return (
    <p class="pp-hint pp-source" data-testid="coverage-source" data-source={inUse ? 'api' : 'page'}>
      {inUse ? phrase(s.fromApi, { name: coverage.adminName || coverage.adminId }) : s.fromPage}{' '}
      {inUse && <span data-testid="coverage-synced">{phrase(s.synced, { when })} </span>}
      <button type="button" data-testid="coverage-source-toggle" onClick={() => pick(inUse ? 'page' : 'api')}>
        {inUse ? s.usePage : s.useApi}
      </button>
    </p>
  );
}
