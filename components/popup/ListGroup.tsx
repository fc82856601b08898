import type { ComponentChildren } from 'preact';
import { phrase } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';
import { popupStrings } from './strings';

/**
 * A titled list of dialogues with its count, a line for an empty list, and "and N more" past `max`,
 * as both the untagged and the long-held lists show them.
 */
export function ListGroup<T>({
  title,
  items,
  max,
  empty,
  lang,
  children,
}: {
  title: string;
  items: readonly T[];
  max: number;
  empty: string;
  lang: Language;
  children: (item: T) => ComponentChildren;
}) {
  return (
    <div class="pp-group">
      <h3>
        {title} <span class="pp-count">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p class="pp-muted">{empty}</p>
      ) : (
        <ul class="pp-list">
          {items.slice(0, max).map(children)}
          {items.length > max && <li class="pp-muted">{phrase(popupStrings[lang].more, { n: items.length - max })}</li>}
        </ul>
      )}
    </div>
  );
}
