import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pickTitle } from '../../lib/replies/language';
import { pickerEntries } from '../../lib/replies/picker-order';
import { prepareReply } from '../../lib/replies/prepare';
import { replyTriggers } from '../../lib/replies/triggers';
import type { Language, Reply } from '../../lib/settings/schema';
import { useSidebar } from '../sidebar/store';
import { useComplexity } from '../triage/useComplexity';
import { InsertReplyButton } from './InsertReplyButton';
import { ReplyForm } from './ReplyForm';
import { SecretWarnings } from './SecretWarnings';
import { useInsertReply } from './useInsertReply';
import { useReplyContext } from './useReplyContext';
import { useRepT } from './useRepT';
import { sideStore, useSidebarStore } from './useSideStore';

/**
 * The last picker request this sidebar handled. Kept outside the component: collapsing the sidebar
 * unmounts the section, and the shortcut that expands it again must still open the picker.
 */
const pickerRequests = sideStore<{ seen: number | null }>(() => ({ seen: null }));

const LANGS: Language[] = ['ru', 'en'];

/**
 * Replies for the open dialogue: the one that fits now first, a warning when the customer pasted a
 * secret, and a keyboard-driven picker over the whole library.
 */
export function RepliesSection() {
  const t = useRepT();
  const ctx = useReplyContext();
  const complexity = useComplexity();
  const insert = useInsertReply();
  const requests = pickerRequests(useSidebarStore());
  const request = useSidebar((s) => s.replyPickerRequest);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [typed, setTyped] = useState<Record<string, Record<string, string>>>({});
  const [focusVar, setFocusVar] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const picker = useRef<HTMLDivElement>(null);

  const { snap, uiLang, replyLang, replies } = ctx;
  const dialogueId = snap?.id ?? null;

  useEffect(() => {
    setQuery('');
    setSelectedId(null);
    setTyped({});
  }, [dialogueId]);

  if (requests.getState().seen === null) requests.setState({ seen: request });
  useEffect(() => {
    if (request === requests.getState().seen) return;
    requests.setState({ seen: request });
    setOpen(true);
    search.current?.focus();
    search.current?.select();
  }, [request]);

  const messages = snap?.messages;
  const level = complexity?.level ?? null;
  const triggers = useMemo(() => {
    if (!messages) return [];
    const present = new Set(replies.map((r) => r.id));
    return replyTriggers({ messages, complexity: level, now: ctx.now, settings: ctx.settings }).filter((tr) => present.has(tr.replyId));
  }, [messages, level, ctx.now, ctx.settings, replies]);
  const entries = useMemo(() => pickerEntries(replies, triggers, query, uiLang), [replies, triggers, query, uiLang]);

  // Insert was asked for while values are missing: the form for that reply is rendered by now.
  useEffect(() => {
    if (focusVar) picker.current?.querySelector<HTMLInputElement>('[data-testid="reply-var"]')?.focus();
  }, [focusVar]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  if (!snap?.id) return null;

  const found = selectedId ? entries.findIndex((e) => e.reply.id === selectedId) : 0;
  const index = found < 0 ? 0 : found;
  const selected = entries[index]?.reply;
  const top = triggers[0];
  const topReply = top && replies.find((r) => r.id === top.replyId);

  const insertReply = (reply: Reply) => {
    const p = prepareReply(reply, replyLang, ctx.values, typed[reply.id]);
    if (p.empty) {
      // The form of an empty reply says nothing can be inserted.
      setSelectedId(reply.id);
      setOpen(true);
      return;
    }
    if (p.text === null) {
      setSelectedId(reply.id);
      setOpen(true);
      setFocusVar((n) => n + 1);
      return;
    }
    void insert(p.text).then((ok) => {
      if (!ok) return;
      setTyped(({ [reply.id]: _, ...rest }) => rest);
      setQuery('');
      setSelectedId(null);
    });
  };

  const move = (by: number) => {
    if (!entries.length) return;
    const next = Math.min(entries.length - 1, Math.max(0, index + by));
    setSelectedId(entries[next].reply.id);
    setOpen(true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(-1);
        break;
      case 'Enter':
        e.preventDefault();
        if (selected) insertReply(selected);
        break;
      case 'Escape':
        e.preventDefault();
        if (query) {
          setQuery('');
          setSelectedId(null);
        } else {
          setOpen(false);
          search.current?.blur();
        }
        break;
    }
  };

  const listId = 'sk-rep-list';
  const optionId = (i: number) => `sk-rep-opt-${i}`;

  return (
    <section class="sk-section sk-rep" aria-label={t('heading')}>
      <h3>{t('heading')}</h3>
      <SecretWarnings messages={snap.messages} />
      {top && topReply && (
        <div class="sk-rep-card" data-testid="reply-suggested" data-reply-id={top.replyId}>
          <p class="sk-rep-card__title">{t('suggested', { title: pickTitle(topReply, uiLang) })}</p>
          <p class="sk-rep-card__reason sk-muted" data-testid="reply-reason">
            {top.reason[uiLang]}
          </p>
          <InsertReplyButton replyId={top.replyId} testId="reply-suggested-insert" primary />
        </div>
      )}
      <div class="sk-rep-picker" ref={picker}>
        <div class="sk-rep-searchrow">
          <input
            ref={search}
            type="search"
            data-testid="reply-search"
            placeholder={t('search')}
            aria-label={t('search')}
            title={t('searchHint')}
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && entries.length ? optionId(index) : undefined}
            autocomplete="off"
            value={query}
            onInput={(e) => {
              setQuery((e.currentTarget as HTMLInputElement).value);
              setSelectedId(null);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onKeyDown={onKeyDown}
          />
          <div class="sk-rep-lang" role="group" aria-label={t('replyIn')} title={ctx.langChosen ? t('replyIn') : `${t('replyIn')}: ${t('replyInAuto')}`}>
            {LANGS.map((l) => (
              <button
                key={l}
                type="button"
                class="sk-btn sk-btn--small"
                data-testid="reply-lang"
                data-lang={l}
                aria-pressed={replyLang === l}
                onClick={() => ctx.setReplyLang(l)}
              >
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
        {!open ? (
          <button type="button" class="sk-btn sk-btn--small sk-rep-toggle" data-testid="reply-list-toggle" onClick={() => setOpen(true)}>
            {t('showList')}
          </button>
        ) : (
          <>
            {entries.length === 0 ? (
              <p class="sk-muted" data-testid="reply-no-match">
                {t('noMatch', { query: query.trim() })}
              </p>
            ) : (
              <ul class="sk-rep-list" id={listId} role="listbox" aria-label={t('heading')} ref={list}>
                {entries.map((e, i) => (
                  <li
                    key={e.reply.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === index}
                    class={i === index ? 'sk-rep-item sk-rep-item--selected' : 'sk-rep-item'}
                    data-testid="reply"
                    data-reply-id={e.reply.id}
                    title={e.trigger?.reason[uiLang]}
                    onClick={() => setSelectedId(e.reply.id)}
                    onDblClick={() => insertReply(e.reply)}
                  >
                    <span class="sk-rep-item__title">{pickTitle(e.reply, uiLang)}</span>
                    {e.trigger && <span class="sk-chip sk-rep-fit">{t('fits')}</span>}
                  </li>
                ))}
              </ul>
            )}
            {selected && entries.length > 0 && (
              <ReplyForm
                key={`${dialogueId}:${selected.id}`}
                reply={selected}
                lang={replyLang}
                values={ctx.values}
                typed={typed[selected.id] ?? {}}
                onType={(name, value) => setTyped((prev) => ({ ...prev, [selected.id]: { ...prev[selected.id], [name]: value } }))}
                onInsert={() => insertReply(selected)}
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}
