import { useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/**
 * The teammates' notes, read first (the team's habit). Who the customer is stays in the header's one
 * line: the panel's own card already shows the rest.
 */
export function CustomerSection() {
  const t = usePhrases(strings);
  const snap = useSidebar((s) => s.snapshot);
  if (!snap) return null;
  const { notes } = snap;
  return (
    <section class="sk-section sk-section--notes" aria-label={t('notes')}>
      <div class={notes.length ? 'sk-notes' : 'sk-notes sk-notes--empty'} data-testid="notes">
        {notes.length ? (
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        ) : (
          <p class="sk-muted">{t('noNotes')}</p>
        )}
      </div>
    </section>
  );
}
