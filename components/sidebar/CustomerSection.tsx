import { useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/** Who the customer is, with the teammates' notes first (the team reads them before answering). */
export function CustomerSection() {
  const t = usePhrases(strings);
  const snap = useSidebar((s) => s.snapshot);
  if (!snap) return null;
  const { customer, notes } = snap;
  return (
    <section class="sk-section" aria-label={t('customer')}>
      <div class="sk-notes" data-testid="notes">
        <h3>{t('notes')}</h3>
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
      <h3>{t('customer')}</h3>
      <p class="sk-customer">
        <strong data-testid="customer-name">{customer.name ?? '—'}</strong>
        <span data-testid="customer-email">{customer.email ?? ''}</span>
        {customer.id && <span class="sk-muted">id {customer.id}</span>}
      </p>
    </section>
  );
}
