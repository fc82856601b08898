import { useEffect, useRef } from 'preact/hooks';
import type { ReplyFormState } from '../../lib/replies/reply-view';
import type { Language } from '../../lib/settings/schema';
import { strings } from './strings';
import { usePhrases } from '../shared/usePhrases';
import { trusted } from '../sidebar/trusted';

type RepKey = keyof (typeof strings)['en'];

/** Variables the sidebar can fill have a label of their own; others are named as the reply writes them. */
const labelKey = (name: string): RepKey | null => {
  const key = `var_${name}`;
  return key in strings.en ? (key as RepKey) : null;
};

export interface ReplyFormProps {
  replyId: string;
  /** The language the reply is written in for this dialogue. */
  lang: Language;
  /** The reply as the background rendered it with the values typed so far. */
  form: ReplyFormState;
  typed: Record<string, string>;
  onType(name: string, value: string): void;
  /** Asks for the reply to be inserted; the caller renders it again with what is typed now. */
  onInsert(): void;
  /** Focus the first input on mount. */
  autoFocus?: boolean;
}

/**
 * The reply about to be inserted: its text as the customer will read it, an input for each value the
 * sidebar could not fill, and an Insert button that stays disabled until nothing is missing, so no
 * `{placeholder}` ever reaches the customer.
 */
export function ReplyForm({ replyId, lang, form, typed, onType, onInsert, autoFocus }: ReplyFormProps) {
  const t = usePhrases(strings);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) root.current?.querySelector<HTMLInputElement>('[data-testid="reply-var"]')?.focus();
  }, []);

  if (form.empty) {
    return (
      <div class="sk-rep-form" ref={root} data-testid="reply-form" data-reply-id={replyId}>
        <p class="sk-flag" data-testid="reply-empty" role="status">
          {t('empty')}
        </p>
      </div>
    );
  }

  const label = (name: string) => {
    const key = labelKey(name);
    return key ? t(key) : t('unknownVar', { name: `{${name}}` });
  };
  const hint = (name: string) => {
    const value = typed[name]?.trim();
    if (value && form.unresolved.includes(name)) return t('notUnderstood');
    if (name === 'estimate') {
      // The rule is shown with the operator's own figure before anything is inserted.
      return value && form.estimate ? t('estimateLive', form.estimate) : t('estimateHint');
    }
    if (name === 'customerFirstName') return t('nameHint');
    return null;
  };

  return (
    <div class="sk-rep-form" ref={root} data-testid="reply-form" data-reply-id={replyId} lang={lang}>
      <div class="sk-rep-preview" data-testid="reply-preview" aria-label={t('preview')}>
        {form.preview}
        {form.preview.length < form.previewLength && (
          <span class="sk-muted">{t('moreChars', { n: form.previewLength - form.preview.length })}</span>
        )}
      </div>
      {form.ask.map((name) => {
        const h = hint(name);
        const bad = !!typed[name]?.trim() && form.unresolved.includes(name);
        return (
          <label class="sk-rep-var" key={name}>
            <span class="sk-rep-var__label">{label(name)}</span>
            <input
              type="text"
              data-testid="reply-var"
              data-var={name}
              value={typed[name] ?? ''}
              aria-invalid={bad}
              onInput={(e) => onType(name, (e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                trusted(onInsert)(e);
              }}
            />
            {h && <span class={bad ? 'sk-rep-var__hint sk-flag' : 'sk-rep-var__hint sk-muted'}>{h}</span>}
          </label>
        );
      })}
      <div class="sk-row">
        <button
          type="button"
          class="sk-btn sk-btn--primary sk-btn--small"
          data-testid="reply-insert"
          disabled={!form.ready}
          onClick={trusted(onInsert)}
        >
          {t('insert')}
        </button>
        {form.unresolved.length > 0 && (
          <span class="sk-muted sk-rep-missing">
            {t('fillIn', { list: form.unresolved.map((n) => (labelKey(n) ? t(labelKey(n)!) : n)).join(', ') })}
          </span>
        )}
      </div>
    </div>
  );
}
