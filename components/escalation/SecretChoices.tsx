import type { LabelledSecret } from '../../lib/escalation/escalation-view';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

export interface SecretChoicesProps {
  secrets: readonly LabelledSecret[];
  /**
   * The indexes the operator ticked. The box follows them rather than the secrets' own `included`,
   * which is only as new as the last build, so a tick holds while the draft is rebuilt.
   */
  included: readonly number[];
  onToggle: (index: number, included: boolean) => void;
}

/** Each secret found in the quoted text, left out unless the operator ticks it. */
export function SecretChoices({ secrets, included, onToggle }: SecretChoicesProps) {
  const t = usePhrases(strings);
  if (!secrets.length) return null;
  return (
    <fieldset class="sk-esc-secrets" data-testid="slack-secrets">
      <legend>{t('secretsHeading')}</legend>
      {secrets.map((s, i) => {
        const n = s.messageIndex + 1;
        const on = included.includes(i);
        const key = s.where === 'details' ? (on ? 'secretNewIncluded' : 'secretNewLeftOut') : on ? 'secretIncluded' : 'secretLeftOut';
        return (
          <label key={`${s.where}-${s.messageIndex}-${i}`} class={`sk-esc-secret${on ? ' sk-esc-secret--included' : ''}`}>
            <input
              type="checkbox"
              data-testid="slack-secret"
              data-kind={s.kind}
              checked={on}
              onChange={(e) => onToggle(i, e.currentTarget.checked)}
            />
            <span>{t(key, { kind: s.label, n })}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
