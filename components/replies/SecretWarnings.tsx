import type { DialogueMessage } from '../../lib/carrotquest/snapshot';
import { secretWarnings } from '../../lib/replies/triggers';
import { SECRET_KIND_LABELS } from '../../lib/secrets/detect';
import { useSidebar } from '../sidebar/store';
import { useRepT } from './useRepT';
import { useMemo } from 'preact/hooks';

/** Credentials the customer pasted: the operator asks for them to be changed once the work is done. */
export function SecretWarnings({ messages }: { messages: readonly DialogueMessage[] }) {
  const t = useRepT();
  const lang = useSidebar((s) => s.lang);
  const warnings = useMemo(() => secretWarnings(messages), [messages]);
  if (!warnings.length) return null;
  return (
    <div class="sk-rep-secrets" data-testid="secret-warning" role="alert">
      {warnings.map((w) => {
        const kind = SECRET_KIND_LABELS[w.kind][lang];
        return (
          <p key={`${w.messageIndex}:${w.kind}`} data-kind={w.kind} data-message={w.messageIndex + 1}>
            {t('secret', { kind, article: /^[aeiou]/i.test(kind) ? 'an' : 'a', n: w.messageIndex + 1 })}
          </p>
        );
      })}
    </div>
  );
}
