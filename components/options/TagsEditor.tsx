import { useState } from 'preact/hooks';
import type { TagDef } from '../../lib/settings/schema';
import { useOptions } from './useOptions';

const splitKeywords = (s: string) =>
  s
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);

/** The team's tag vocabulary, edited as rows. */
export function TagsEditor() {
  const { t, settings, save } = useOptions();
  const [rows, setRows] = useState(settings.tags.map((tag) => ({ ...tag, keywordsText: tag.keywords.join(', ') })));
  const update = (i: number, patch: Partial<(typeof rows)[number]>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const onSave = () => {
    const tags: TagDef[] = rows
      .filter((r) => r.name.trim() || r.keywordsText.trim() || r.description.trim())
      .map((r) => ({ name: r.name.trim(), description: r.description, keywords: splitKeywords(r.keywordsText) }));
    void save({ ...settings, tags });
  };
  const val = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <section class="op-card">
      <p class="op-hint">{t('tagsHint')}</p>
      <table class="op-table">
        <thead>
          <tr>
            <th>{t('tagName')}</th>
            <th>{t('tagDescription')}</th>
            <th>{t('tagKeywords')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                <input type="text" value={r.name} aria-label={t('tagName')} onInput={(e) => update(i, { name: val(e) })} />
              </td>
              <td>
                <input
                  type="text"
                  value={r.description}
                  aria-label={t('tagDescription')}
                  onInput={(e) => update(i, { description: val(e) })}
                />
              </td>
              <td>
                <input
                  type="text"
                  value={r.keywordsText}
                  aria-label={t('tagKeywords')}
                  onInput={(e) => update(i, { keywordsText: val(e) })}
                />
              </td>
              <td>
                <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="op-row">
        <button type="button" onClick={() => setRows([...rows, { name: '', description: '', keywords: [], keywordsText: '' }])}>
          {t('addTag')}
        </button>
        <button type="button" class="op-primary" onClick={onSave}>
          {t('save')}
        </button>
      </div>
    </section>
  );
}
