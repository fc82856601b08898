import type { Toast } from '../../lib/toasts/toasts';
import { useSidebar } from './store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/** The one message line: a success closes itself (lib/toasts), an error has a close button. */
export function ToastLine({ toast }: { toast: Toast }) {
  const t = usePhrases(strings);
  const dismiss = useSidebar((s) => s.actions.dismissToast);
  const error = toast.kind === 'error';
  return (
    <p class={`sk-toast sk-toast--${toast.kind}`} data-testid="toast" data-kind={toast.kind} role={error ? 'alert' : 'status'}>
      <span class="sk-toast__text">{toast.text}</span>
      {error && (
        <button
          type="button"
          class="sk-toast__close"
          data-testid="toast-dismiss"
          aria-label={t('dismiss')}
          title={t('dismiss')}
          onClick={dismiss}
        >
          ×
        </button>
      )}
    </p>
  );
}
