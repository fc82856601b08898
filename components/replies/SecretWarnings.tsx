import type { SecretWarningView } from '../../lib/replies/reply-view';
import { useSidebar } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/** Credentials the customer pasted: the operator asks for them to be changed once the work is done. */
export function SecretWarnings({ warnings }: { warnings: readonly SecretWarningView[] }) {
  const t = usePhrases(strings);
  const lang = useSidebar((s) => s.lang);
  if (!warnings.length) return null;
  return (
    <div class="sk-rep-secrets" data-testid="secret-warning" role="alert">
      {warnings.map((w) => {
        const kind = w.label[lang];
        return (
          <p key={`${w.messageIndex}:${w.kind}`} data-kind={w.kind} data-message={w.messageIndex + 1}>
            {t('secret', { kind, article: /^[aeiou]/i.test(kind) ? 'an' : 'a', n: w.messageIndex + 1 })}
          </p>
        );
      })}
    </div>
  );
}
