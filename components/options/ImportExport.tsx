import { fileTooLarge } from '../../lib/data/file-size';
import { exportSettingsText, parseSettingsFile } from '../../lib/settings/validate';
import { downloadText } from './download';
import { useOptions } from './useOptions';

export function ImportExport() {
  const { t, settings, save, report } = useOptions();
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const large = fileTooLarge(file.size, 'settings');
    if (large) {
      report({ ok: false, error: t('tooLarge', large) });
      input.value = '';
      return;
    }
    const parsed = parseSettingsFile(await file.text(), settings);
    if (parsed.ok) await save(parsed.settings, 'imported');
    else report(parsed);
    input.value = '';
  };
  return (
    <section class="op-card">
      <div class="op-row">
        <label class="op-file">
          {t('import')}
          <input type="file" accept=".json,application/json" data-testid="settings-import" onChange={onFile} />
        </label>
        <button
          type="button"
          data-testid="settings-export"
          onClick={() => downloadText('sidekick-settings.json', exportSettingsText(settings))}
        >
          {t('export')}
        </button>
      </div>
      <p class="op-hint">{t('importHint')}</p>
    </section>
  );
}
