import { useMemo } from 'preact/hooks';
import type { Language } from '../../lib/settings/schema';
import type { UntaggedItem } from '../../lib/db/stats-queries';
import { phrase } from '../../lib/i18n/language';
import { ListGroup } from './ListGroup';
import { popupStrings } from './strings';
import { safeLink } from './safe-link';
import { useTopSuggestions, type SuggestionState } from './useTopSuggestions';
import { onPanelLinkClick } from './open-in-panel';

export interface UntaggedListProps {
  today: readonly UntaggedItem[];
  yesterday: readonly UntaggedItem[];
  lang: Language;
}

/** Enough to act on in one sitting; each shown item costs one suggestion request. */
const MAX_SHOWN = 10;

function Suggestion({ state, lang }: { state: SuggestionState | undefined; lang: Language }) {
  const s = popupStrings[lang];
  if (!state || state.status === 'loading') return <span class="pp-suggest pp-muted">{s.suggesting}</span>;
  if (state.status === 'failed')
    return (
      <span class="pp-suggest pp-muted" data-testid="untagged-suggestion" data-state="failed">
        {s.suggestFailed}
      </span>
    );
  if (state.status === 'none')
    return (
      <span class="pp-suggest pp-muted" data-testid="untagged-suggestion" data-state="none">
        {s.noSuggestion}
      </span>
    );
  return (
    <span class="pp-suggest" data-testid="untagged-suggestion" data-tag={state.tag} data-state={state.confident ? 'confident' : 'unsure'}>
      {phrase(s.suggested, { tag: state.tag })}
      {!state.confident && <span class="pp-muted"> ({s.unsure})</span>}
    </span>
  );
}

function Group({
  title,
  items,
  states,
  lang,
}: {
  title: string;
  items: readonly UntaggedItem[];
  states: Record<string, SuggestionState>;
  lang: Language;
}) {
  const s = popupStrings[lang];
  return (
    <ListGroup title={title} items={items} max={MAX_SHOWN} empty={s.allTagged} lang={lang}>
      {(item) => {
        const href = safeLink(item.link);
        const name = item.customerName?.trim() || phrase(s.dialogue, { id: item.id });
        return (
          <li key={item.id} data-dialogue-id={item.id}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={s.opensInPanel} onClick={(e) => onPanelLinkClick(e, href)}>
                {name}
              </a>
            ) : (
              <span>{name}</span>
            )}
            <Suggestion state={states[item.id]} lang={lang} />
          </li>
        );
      }}
    </ListGroup>
  );
}

/** Today's and yesterday's dialogues I replied in that have no tag, each with a link and a suggested tag. */
export function UntaggedList({ today, yesterday, lang }: UntaggedListProps) {
  const s = popupStrings[lang];
  const shown = useMemo(() => [...today.slice(0, MAX_SHOWN), ...yesterday.slice(0, MAX_SHOWN)], [today, yesterday]);
  const states = useTopSuggestions(shown);
  return (
    <section class="pp-section" data-testid="untagged-list">
      <h2>{s.untaggedHeading}</h2>
      <Group title={s.untaggedToday} items={today} states={states} lang={lang} />
      <Group title={s.untaggedYesterday} items={yesterday} states={states} lang={lang} />
    </section>
  );
}
