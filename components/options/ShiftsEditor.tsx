import type { Shift } from '../../lib/settings/schema';
import { useOptions } from './useOptions';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DAY_NAMES = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
} as const;

/** The operator's shifts as rows: which days, from, to, and whether it is a duty shift. */
export function ShiftsEditor({ shifts, onChange }: { shifts: Shift[]; onChange: (next: Shift[]) => void }) {
  const { t, lang } = useOptions();
  const patch = (i: number, p: Partial<Shift>) => onChange(shifts.map((s, j) => (j === i ? { ...s, ...p } : s)));
  return (
    <div class="op-shifts" data-testid="shifts-editor">
      {shifts.length === 0 && <p class="op-hint">{t('noShifts')}</p>}
      {shifts.map((s, i) => (
        <fieldset class="op-shift" key={i} data-testid="shift-row">
          <legend class="op-visually-hidden">{t('shiftN', { n: i + 1 })}</legend>
          <div class="op-shift__days" role="group" aria-label={t('shiftDays')}>
            {DAYS.map((d) => (
              <label class="op-day" key={d}>
                <input
                  type="checkbox"
                  data-testid="shift-day"
                  data-day={d}
                  checked={s.days.includes(d)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    patch(i, { days: on ? [...s.days, d].sort((a, b) => a - b) : s.days.filter((x) => x !== d) });
                  }}
                />
                <span>{DAY_NAMES[lang][d - 1]}</span>
              </label>
            ))}
          </div>
          <label class="op-shift__time">
            <span>{t('shiftFrom')}</span>
            <input
              type="time"
              data-testid="shift-start"
              value={s.start}
              required
              onInput={(e) => patch(i, { start: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label class="op-shift__time">
            <span>{t('shiftTo')}</span>
            <input
              type="time"
              data-testid="shift-end"
              value={s.end}
              required
              onInput={(e) => patch(i, { end: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label class="op-check op-shift__duty">
            <input
              type="checkbox"
              data-testid="shift-duty"
              checked={s.duty === true}
              onChange={(e) => patch(i, { duty: (e.currentTarget as HTMLInputElement).checked || undefined })}
            />
            {t('shiftDuty')}
          </label>
          <button type="button" class="op-link" data-testid="shift-remove" onClick={() => onChange(shifts.filter((_, j) => j !== i))}>
            {t('remove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        data-testid="shift-add"
        onClick={() => onChange([...shifts, { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' }])}
      >
        {t('addShift')}
      </button>
    </div>
  );
}

/** The browser's own list of time zones; the saved one stays selectable even when the list lacks it. */
export function timeZones(current: string): string[] {
  let zones: string[];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  const all = new Set(zones);
  if (current) all.add(current);
  if (!all.size) all.add('UTC');
  return [...all].sort();
}
