import { useEffect, useState } from 'preact/hooks';
import { prepareReply } from '../../lib/replies/prepare';
import { ReplyForm } from './ReplyForm';
import { useInsertReply } from './useInsertReply';
import { useReplyContext } from './useReplyContext';
import { useRepT } from './useRepT';

export interface InsertReplyButtonProps {
  replyId: string;
  label?: string;
  testId?: string;
  primary?: boolean;
  /** Shown instead of the button when the team switched the reply off. */
  whenMissing?: string;
  onInserted?: () => void;
}

/**
 * One click inserts a reply rendered for the open dialogue; when the reply needs a value the page
 * does not give (an estimate, an unknown variable), the click opens the same form the picker shows.
 */
export function InsertReplyButton({ replyId, label, testId, primary, whenMissing, onInserted }: InsertReplyButtonProps) {
  const t = useRepT();
  const ctx = useReplyContext();
  const insert = useInsertReply();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const dialogueId = ctx.snap?.id ?? null;
  useEffect(() => {
    setOpen(false);
    setTyped({});
    setMessage(null);
  }, [dialogueId, replyId]);

  const reply = ctx.replies.find((r) => r.id === replyId);
  if (!reply) return whenMissing ? <span class="sk-muted">{whenMissing}</span> : null;

  const done = (text: string) => {
    void insert(text).then((ok) => {
      if (!ok) return;
      setOpen(false);
      setTyped({});
      onInserted?.();
    });
  };
  const onClick = () => {
    const p = prepareReply(reply, ctx.replyLang, ctx.values, typed);
    if (p.empty) {
      setMessage(t('empty'));
      return;
    }
    setMessage(null);
    if (p.text !== null) done(p.text);
    else setOpen(true);
  };
  const preview = prepareReply(reply, ctx.replyLang, ctx.values, typed).preview;

  return (
    <div class="sk-rep-insert">
      <button
        type="button"
        class={primary ? 'sk-btn sk-btn--primary sk-btn--small' : 'sk-btn sk-btn--small'}
        data-testid={testId}
        data-reply-id={reply.id}
        title={preview.length > 400 ? `${preview.slice(0, 400)}…` : preview}
        aria-expanded={open}
        onClick={onClick}
      >
        {label ?? t('insert')}
      </button>
      {message && (
        <p class="sk-flag" role="status" data-testid="reply-empty">
          {message}
        </p>
      )}
      {open && (
        <ReplyForm
          reply={reply}
          lang={ctx.replyLang}
          values={ctx.values}
          typed={typed}
          onType={(name, value) => setTyped((prev) => ({ ...prev, [name]: value }))}
          onInsert={done}
          autoFocus
        />
      )}
    </div>
  );
}
