import type { SecretChoice } from '../../lib/escalation/slack-draft';
import { secretKindLabel } from './draft-state';
import { useSidebar } from '../sidebar/store';
import { useEscT } from './useEscT';

export interface SecretChoicesProps {
  secrets: readonly SecretChoice[];
  onToggle: (index: number, included: boolean) => void;
}

/** Each secret found in the quoted text, left out unless the operator ticks it. */
export function SecretChoices({ secrets, onToggle }: SecretChoicesProps) {
  const t = useEscT();
  const lang = useSidebar((s) => s.lang);
  if (!secrets.length) return null;
  return (
    <fieldset class="sk-esc-secrets" data-testid="slack-secrets">
      <legend>{t('secretsHeading')}</legend>
      {secrets.map((s, i) => {
        const kind = secretKindLabel(s.kind, lang);
        const n = s.messageIndex + 1;
        const key =
          s.where === 'details' ? (s.included ? 'secretNewIncluded' : 'secretNewLeftOut') : s.included ? 'secretIncluded' : 'secretLeftOut';
        return (
          <label key={`${s.where}-${s.messageIndex}-${i}`} class={`sk-esc-secret${s.included ? ' sk-esc-secret--included' : ''}`}>
            <input type="checkbox" data-testid="slack-secret" data-kind={s.kind} checked={s.included} onChange={(e) => onToggle(i, e.currentTarget.checked)} />
            <span>{t(key, { kind, n })}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
