import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { PreparedInsert, PrepareInsertInput, ReplyFormState } from '../../lib/replies/reply-view';
import { ReplyForm } from './ReplyForm';
import { useAnswer } from '../shared/latest';
import { useInsertReply } from './useInsertReply';
import { usePrepareInsert } from './usePrepareInsert';
import { useReplyContext } from './useReplyContext';
import { useSidebarStore } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';
import { trusted } from '../sidebar/trusted';

/** Tooltips show the start of the reply; the operator reads the rest in the reply box. */
const TOOLTIP_MAX = 400;

export interface InsertReplyButtonProps {
  replyId: string;
  label?: string;
  testId?: string;
  primary?: boolean;
  /** Shown instead of the button when the team switched the reply off. */
  whenMissing?: string;
  onInserted?: () => void;
  /** The reply's form as the caller already has it; without one the button asks the background. */
  form?: ReplyFormState;
}

/**
 * One click inserts a reply rendered for the open dialogue; when the reply needs a value the page
 * does not give (an estimate, an unknown variable), the click opens the same form the picker shows.
 */
export function InsertReplyButton({ replyId, label, testId, primary, whenMissing, onInserted, form }: InsertReplyButtonProps) {
  const t = usePhrases(strings);
  const ctx = useReplyContext();
  const insert = useInsertReply();
  const prepare = usePrepareInsert();
  const store = useSidebarStore();
  const prepareRemote = useCallback(
    (input: PrepareInsertInput): Promise<PreparedInsert> => store.getState().service.call('prepareInsert', input),
    [store],
  );
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const dialogueId = ctx.snap?.id ?? null;
  useEffect(() => {
    setOpen(false);
    // Kept when already empty: a new object would ask the background again for nothing.
    setTyped((prev) => (Object.keys(prev).length ? {} : prev));
    setMessage(null);
  }, [dialogueId, replyId]);

  // Until the form opens the caller's state is enough; an open form follows what the operator types.
  const watch = open || !form;
  const input = useMemo(() => (ctx.input && watch ? { ...ctx.input, replyId, typed } : null), [ctx.input, replyId, typed, watch]);
  const fetched = useAnswer(input, prepareRemote);
  const own = fetched.input?.snapshot.id === dialogueId && fetched.input?.replyId === replyId ? fetched.value : null;
  if (watch && own && !own.found) return whenMissing ? <span class="sk-muted">{whenMissing}</span> : null;
  const shown = (watch && own?.found ? own.form : form) ?? null;

  const run = async () => {
    if (!ctx.input) return;
    const p = await prepare({ ...ctx.input, replyId, typed });
    if (!p?.found) return;
    if (p.form.empty) {
      setMessage(t('empty'));
      return;
    }
    setMessage(null);
    if (p.text === null) {
      setOpen(true);
      return;
    }
    if (!(await insert(p.text))) return;
    setOpen(false);
    setTyped({});
    onInserted?.();
  };

  const preview = shown?.preview ?? '';
  return (
    <div class="sk-rep-insert">
      <button
        type="button"
        class={primary ? 'sk-btn sk-btn--primary sk-btn--small' : 'sk-btn sk-btn--small'}
        data-testid={testId}
        data-reply-id={replyId}
        title={preview.length > TOOLTIP_MAX ? `${preview.slice(0, TOOLTIP_MAX)}…` : preview || undefined}
        aria-expanded={open}
        onClick={trusted(() => run())}
      >
        {label ?? t('insert')}
      </button>
      {message && (
        <p class="sk-flag" role="status" data-testid="reply-empty">
          {message}
        </p>
      )}
      {open && shown && (
        <ReplyForm
          replyId={replyId}
          lang={own?.found ? own.replyLang : (ctx.chosenLang ?? ctx.uiLang)}
          form={shown}
          typed={typed}
          onType={(name, value) => setTyped((prev) => ({ ...prev, [name]: value }))}
          onInsert={() => void run()}
          autoFocus
        />
      )}
    </div>
  );
}
