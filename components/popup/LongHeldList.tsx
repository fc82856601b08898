import type { Language } from '../../lib/settings/schema';
import type { LongHeld } from '../../lib/stats/long-held';
import { durationText } from '../../lib/stats/format';
import { phrase } from '../../lib/i18n/language';
import { ListGroup } from './ListGroup';
import { popupStrings } from './strings';
import { safeLink } from './safe-link';
import { onPanelLinkClick } from './open-in-panel';

export interface LongHeldListProps {
  mine: readonly LongHeld[];
  others: readonly LongHeld[];
  thresholdHours: number;
  lang: Language;
}

const MAX_SHOWN = 10;

function Item({ d, showAssignee, lang }: { d: LongHeld; showAssignee: boolean; lang: Language }) {
  const s = popupStrings[lang];
  const href = safeLink(d.link);
  const name = d.customerName?.trim() || phrase(s.dialogue, { id: d.id });
  return (
    <li data-dialogue-id={d.id}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={s.opensInPanel} onClick={(e) => onPanelLinkClick(e, href)}>
          {name}
        </a>
      ) : (
        <span>{name}</span>
      )}
      <span class="pp-meta">
        {phrase(s.held, { time: durationText(d.heldMs, lang) })}
        {showAssignee && d.assignee ? ` · ${phrase(s.heldBy, { name: d.assignee })}` : ''}
        {d.waitingForReply ? ` · ${s.waiting}` : ''}
      </span>
    </li>
  );
}

function Group({ title, items, showAssignee, lang }: { title: string; items: readonly LongHeld[]; showAssignee: boolean; lang: Language }) {
  return (
    <ListGroup title={title} items={items} max={MAX_SHOWN} empty={popupStrings[lang].noneLongHeld} lang={lang}>
      {(d) => <Item key={d.id} d={d} showAssignee={showAssignee} lang={lang} />}
    </ListGroup>
  );
}

/** Dialogues held past the team's threshold: mine, and teammates' I have seen, with who holds them. */
export function LongHeldList({ mine, others, thresholdHours, lang }: LongHeldListProps) {
  const s = popupStrings[lang];
  return (
    <section class="pp-section" data-testid="long-held-list">
      <h2>{phrase(s.longHeldHeading, { hours: thresholdHours })}</h2>
      <Group title={s.longHeldMine} items={mine} showAssignee={false} lang={lang} />
      <Group title={s.longHeldOthers} items={others} showAssignee lang={lang} />
    </section>
  );
}
