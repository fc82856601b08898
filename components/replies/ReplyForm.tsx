import { useEffect, useRef } from 'preact/hooks';
import { prepareReply } from '../../lib/replies/prepare';
import { REPLY_VARIABLES, type ReplyValues } from '../../lib/replies/variables';
import type { Language, Reply } from '../../lib/settings/schema';
import { useRepT, type RepKey } from './useRepT';

/** Long replies are inserted whole; the preview only needs enough to recognise them. */
const PREVIEW_MAX = 1200;

const KNOWN = new Set<string>(REPLY_VARIABLES);

export interface ReplyFormProps {
  reply: Reply;
  /** The language the reply is written in for this dialogue. */
  lang: Language;
  values: ReplyValues;
  typed: Record<string, string>;
  onType(name: string, value: string): void;
  onInsert(text: string): void;
  /** Focus the first input on mount. */
  autoFocus?: boolean;
}

/**
 * The reply about to be inserted: its text as the customer will read it, an input for each value the
 * sidebar could not fill, and an Insert button that stays disabled until nothing is missing, so no
 * `{placeholder}` ever reaches the customer.
 */
export function ReplyForm({ reply, lang, values, typed, onType, onInsert, autoFocus }: ReplyFormProps) {
  const t = useRepT();
  const root = useRef<HTMLDivElement>(null);
  const p = prepareReply(reply, lang, values, typed);

  useEffect(() => {
    if (autoFocus) root.current?.querySelector<HTMLInputElement>('[data-testid="reply-var"]')?.focus();
  }, []);

  if (p.empty) {
    return (
      <div class="sk-rep-form" ref={root} data-testid="reply-form" data-reply-id={reply.id}>
        <p class="sk-flag" data-testid="reply-empty" role="status">
          {t('empty')}
        </p>
      </div>
    );
  }

  const shown = p.preview.length > PREVIEW_MAX ? p.preview.slice(0, PREVIEW_MAX) : p.preview;
  const insert = () => {
    if (p.text !== null) onInsert(p.text);
  };
  const label = (name: string) => (KNOWN.has(name) ? t(`var_${name}` as RepKey) : t('unknownVar', { name: `{${name}}` }));
  const hint = (name: string) => {
    const value = typed[name]?.trim();
    if (value && p.unresolved.includes(name)) return t('notUnderstood');
    if (name === 'estimate') return t('estimateHint');
    if (name === 'customerFirstName') return t('nameHint');
    return null;
  };

  return (
    <div class="sk-rep-form" ref={root} data-testid="reply-form" data-reply-id={reply.id} lang={lang}>
      <div class="sk-rep-preview" data-testid="reply-preview" aria-label={t('preview')}>
        {shown}
        {shown.length < p.preview.length && <span class="sk-muted">{t('moreChars', { n: p.preview.length - shown.length })}</span>}
      </div>
      {p.ask.map((name) => {
        const h = hint(name);
        const bad = !!typed[name]?.trim() && p.unresolved.includes(name);
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
                insert();
              }}
            />
            {h && <span class={bad ? 'sk-rep-var__hint sk-flag' : 'sk-rep-var__hint sk-muted'}>{h}</span>}
          </label>
        );
      })}
      <div class="sk-row">
        <button type="button" class="sk-btn sk-btn--primary sk-btn--small" data-testid="reply-insert" disabled={p.text === null} onClick={insert}>
          {t('insert')}
        </button>
        {p.unresolved.length > 0 && (
          <span class="sk-muted sk-rep-missing">{t('fillIn', { list: p.unresolved.map((n) => (KNOWN.has(n) ? t(`var_${n}` as RepKey) : n)).join(', ') })}</span>
        )}
      </div>
    </div>
  );
}
