import type { Language } from '../../lib/settings/schema';
import type { TopTag } from '../../lib/stats/trends';
import { popupStrings } from './strings';

export interface TopTagsProps {
  tags: readonly TopTag[];
  lang: Language;
}

/** My most used tags this ISO week against last week. */
export function TopTags({ tags, lang }: TopTagsProps) {
  const s = popupStrings[lang];
  return (
    <section class="pp-section" data-testid="top-tags">
      <h2>{s.topTagsHeading}</h2>
      {tags.length === 0 ? (
        <p class="pp-muted">{s.noTagsYet}</p>
      ) : (
        <table class="pp-table">
          <thead>
            <tr>
              <th scope="col">{s.tag}</th>
              <th scope="col">{s.thisWeek}</th>
              <th scope="col">{s.lastWeek}</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((t) => (
              <tr key={t.tag} data-tag={t.tag}>
                <th scope="row">{t.tag}</th>
                <td>
                  {t.thisWeek}{' '}
                  <span aria-hidden="true" class="pp-muted">
                    {t.thisWeek > t.lastWeek ? '↑' : t.thisWeek < t.lastWeek ? '↓' : ''}
                  </span>
                </td>
                <td>{t.lastWeek}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
