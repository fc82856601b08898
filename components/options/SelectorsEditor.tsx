import { useState } from 'preact/hooks';
import { DEFAULT_PROFILE } from '../../lib/carrotquest/default-profile';
import { useOptions } from './useOptions';

/** The selector profile override as JSON: what a user edits when the panel changes its markup. */
export function SelectorsEditor() {
  const { t, settings, save, report } = useOptions();
  const [text, setText] = useState(JSON.stringify(settings.carrotquest.selectors, null, 2));
  const onSave = () => {
    let selectors: unknown;
    try {
      selectors = JSON.parse(text || '{}');
    } catch (e) {
      report({ ok: false, field: 'carrotquest.selectors', error: `carrotquest.selectors: not valid JSON: ${(e as Error).message}` });
      return;
    }
    void save({ ...settings, carrotquest: { selectors } });
  };
  return (
    <section class="op-card">
      <p class="op-hint">{t('selectorsHint')}</p>
      <textarea
        class="op-code"
        rows={16}
        spellcheck={false}
        data-testid="selectors-editor"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <button type="button" class="op-primary" onClick={onSave}>
        {t('save')}
      </button>
      <details>
        <summary>{t('selectorsDefault')}</summary>
        <pre class="op-code">{JSON.stringify(DEFAULT_PROFILE, null, 2)}</pre>
      </details>
    </section>
  );
}
