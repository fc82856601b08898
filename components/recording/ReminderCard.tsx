import { useContext } from 'preact/hooks';
import { StoreContext, useSidebar } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from '../sidebar/strings';
import { trusted } from '../sidebar/trusted';

/** A non-blocking reminder about the untagged dialogue the operator just left, appliable in one click. */
export function ReminderCard() {
  const t = usePhrases(strings);
  const store = useContext(StoreContext);
  const onDismiss = () => store?.setState({ reminder: null });
  const reminder = useSidebar((s) => s.reminder);
  const applyTagTo = useSidebar((s) => s.actions.applyTagTo);
  if (!reminder) return null;
  return (
    <div class="sk-reminder" data-testid="untagged-reminder" role="status">
      <strong>{t('reminderTitle')}</strong>
      <p>
        {reminder.link ? (
          <a href={reminder.link} target="_blank" rel="noopener noreferrer">
            {reminder.customerName ?? reminder.dialogueId}
          </a>
        ) : (
          (reminder.customerName ?? reminder.dialogueId)
        )}
      </p>
      {!reminder.suggestion && !!reminder.choices?.length && <p class="sk-muted">{t('reminderPick')}</p>}
      <div class="sk-row">
        {reminder.suggestion && (
          <button
            type="button"
            class="sk-btn sk-btn--primary"
            data-testid="reminder-apply"
            data-tag={reminder.suggestion.name}
            onClick={trusted(() => applyTagTo(reminder.dialogueId, reminder.suggestion!.name))}
          >
            {t('reminderApply', { name: reminder.suggestion.name })}
          </button>
        )}
        {!reminder.suggestion &&
          (reminder.choices ?? []).map((c) => (
            <button
              key={c.name}
              type="button"
              class="sk-btn"
              data-testid="reminder-apply"
              data-tag={c.name}
              onClick={trusted(() => applyTagTo(reminder.dialogueId, c.name))}
            >
              {c.name}
            </button>
          ))}
        <button type="button" class="sk-btn" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}
