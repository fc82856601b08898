import { useEffect, useState } from 'preact/hooks';
import { phrase } from '../../lib/i18n/language';
import {
  HELD_FIELDS,
  confirmTeamChanges,
  declineTeamChanges,
  getHeldTeamChanges,
  type HeldField,
  type HeldTeamChanges,
} from '../../lib/settings/team-sync';
import { teamChangesStrings } from './team-changes-strings';
import { useOptions } from './useOptions';

const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/** Team-file changes held for the operator: each shown as now / team file, accepted or declined one by one. */
export function TeamChanges({ onApplied }: { onApplied: () => void }) {
  const { lang } = useOptions();
  const s = teamChangesStrings[lang];
  const [held, setHeld] = useState<HeldTeamChanges | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getHeldTeamChanges().then(setHeld);
  }, []);
  if (!held || !HELD_FIELDS.some((f) => held[f])) return null;

  async function decide(field: HeldField, accept: boolean) {
    setError(null);
    if (accept) {
      const r = await confirmTeamChanges([field]);
      if (!r.ok) setError(phrase(s.failed, { error: r.error }));
      else onApplied();
    } else await declineTeamChanges([field]);
    setHeld(await getHeldTeamChanges());
  }

  return (
    <section class="op-card" data-testid="team-changes" role="region" aria-label={s.heading}>
      <h2>{s.heading}</h2>
      <p class="op-hint">{s.hint}</p>
      {HELD_FIELDS.filter((f) => held[f]).map((field) => (
        <div key={field} data-testid="team-change" data-field={field}>
          <h3>{s[field]}</h3>
          <dl>
            <dt>{s.yours}</dt>
            <dd>
              <pre data-testid="team-change-current">{shown(held[field]!.current) || s.empty}</pre>
            </dd>
            <dt>{s.team}</dt>
            <dd>
              <pre data-testid="team-change-team">{shown(held[field]!.team) || s.empty}</pre>
            </dd>
          </dl>
          <div class="op-row">
            <button type="button" data-testid="team-change-accept" onClick={() => void decide(field, true)}>
              {s.accept}
            </button>
            <button type="button" data-testid="team-change-keep" onClick={() => void decide(field, false)}>
              {s.keep}
            </button>
          </div>
        </div>
      ))}
      {error && (
        <p class="op-status op-status--error" role="alert" data-testid="team-change-error">
          {error}
        </p>
      )}
    </section>
  );
}
