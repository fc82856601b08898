import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReplyEntry, RepliesViewInput } from '../../lib/replies/reply-view';
import type { Language } from '../../lib/settings/schema';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { useComplexity } from '../triage/useComplexity';
import { PanelsSlot } from '../escalation/PanelsSlot';
import { InsertReplyButton } from './InsertReplyButton';
import { ReplyForm } from './ReplyForm';
import { SecretWarnings } from './SecretWarnings';
import { errorMessage, useAnswer } from '../shared/latest';
import { useInsertReply } from './useInsertReply';
import { usePrepareInsert } from './usePrepareInsert';
import { useReplyContext } from './useReplyContext';
import { sideStore } from '../shared/useStore';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';
import { trusted } from '../sidebar/trusted';

/**
 * The last picker request this sidebar handled. Kept outside the component: collapsing the sidebar
 * unmounts the section, and the shortcut that expands it again must still open the picker.
 */
const pickerRequests = sideStore<{ seen: number | null }>(() => ({ seen: null }));

const LANGS: Language[] = ['ru', 'en'];

/**
 * Replies for the open dialogue: the one that fits now first, a warning when the customer pasted a
 * secret, and a keyboard-driven picker over the whole library. The background renders them; the
 * section shows its newest answer, and the keys move over the list on screen without waiting.
 */
export function RepliesSection() {
  const t = usePhrases(strings);
  const ctx = useReplyContext();
  const level = useComplexity().complexity?.level ?? null;
  const insert = useInsertReply();
  const prepare = usePrepareInsert();
  const store = useSidebarStore();
  const viewRemote = useCallback((input: RepliesViewInput) => store.getState().service.call('repliesView', input), [store]);
  const requests = pickerRequests(store);
  const request = useSidebar((s) => s.replyPickerRequest);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [typed, setTyped] = useState<Record<string, Record<string, string>>>({});
  const [focusVar, setFocusVar] = useState(0);
  const [handover, setHandover] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const picker = useRef<HTMLDivElement>(null);

  const { snap, uiLang } = ctx;
  const dialogueId = snap?.id ?? null;

  useEffect(() => {
    setQuery('');
    setSelectedId(null);
    // Kept when already empty: a new object would ask the background again for nothing.
    setTyped((prev) => (Object.keys(prev).length ? {} : prev));
  }, [dialogueId]);

  if (requests.getState().seen === null) requests.setState({ seen: request });
  useEffect(() => {
    if (request === requests.getState().seen) return;
    requests.setState({ seen: request });
    setOpen(true);
    search.current?.focus();
    search.current?.select();
  }, [request]);

  const viewInput = useMemo(() => (ctx.input ? { ...ctx.input, level, query, typed } : null), [ctx.input, level, query, typed]);
  const computed = useAnswer(viewInput, viewRemote);
  // An answer about another dialogue says nothing about this one.
  const view = computed.input?.snapshot.id === dialogueId ? computed.value : null;
  const entries = view?.entries ?? [];

  // Insert was asked for while values are missing: the form for that reply is rendered by now.
  useEffect(() => {
    if (focusVar) picker.current?.querySelector<HTMLInputElement>('[data-testid="reply-var"]')?.focus();
  }, [focusVar]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  // The sticky bar shows the best reply and the secret badge from this same answer.
  const topId = view?.suggested[0]?.id ?? null;
  const secretCount = view?.secretWarnings.length ?? 0;
  useEffect(() => {
    const best = view?.suggested[0];
    store.setState({
      glance: { dialogueId, reply: best ? { id: best.id, title: best.title, form: best.form } : null, secrets: secretCount },
    });
  }, [dialogueId, topId, view?.suggested[0]?.title, view?.suggested[0]?.form.ready, secretCount]);

  if (!snap?.id) return null;

  const found = selectedId ? entries.findIndex((e) => e.id === selectedId) : 0;
  const index = found < 0 ? 0 : found;
  const selected: ReplyEntry | undefined = entries[index];
  const top = view?.suggested[0];
  const replyLang = ctx.chosenLang ?? view?.dialogueLang ?? null;
  const error = computed.error?.input.snapshot.id === dialogueId ? computed.error.message : null;

  const insertReply = async (replyId: string) => {
    if (!ctx.input) return;
    const p = await prepare({ ...ctx.input, replyId, typed: typed[replyId] ?? {} });
    if (!p?.found) return;
    if (p.text === null) {
      // The form says what is missing, or that an empty reply has nothing to insert.
      setSelectedId(replyId);
      setOpen(true);
      if (!p.form.empty) setFocusVar((n) => n + 1);
      return;
    }
    if (!(await insert(p.text))) return;
    setTyped(({ [replyId]: _, ...rest }) => rest);
    setQuery('');
    setSelectedId(null);
  };

  /** Enter right after typing means the first reply for what was typed, which may not be on screen yet. */
  const enter = async () => {
    let shown = entries;
    if (viewInput && (!view || computed.input?.query !== query)) {
      try {
        shown = (await viewRemote(viewInput)).entries;
      } catch (e) {
        store.setState({ toast: { kind: 'error', text: t('insertFailed', { msg: errorMessage(e) }) } });
        return;
      }
    }
    const pick = (selectedId && shown.find((e) => e.id === selectedId)) || shown[0];
    if (pick) await insertReply(pick.id);
  };

  const move = (by: number) => {
    const next = entries[Math.min(entries.length - 1, Math.max(0, index + by))];
    if (!next) return;
    setSelectedId(next.id);
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
        // Enter inserts into the reply box: only the person's own key press does.
        trusted(() => enter())(e);
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
      {error && (
        <p class="sk-flag" role="alert" data-testid="reply-error">
          {t('unavailable', { msg: error })}
        </p>
      )}
      {view && <SecretWarnings warnings={view.secretWarnings} />}
      {top && (
        <div class="sk-rep-card" data-testid="reply-suggested" data-reply-id={top.id}>
          <p class="sk-rep-card__title">{t('suggested', { title: top.title })}</p>
          <p class="sk-rep-card__reason sk-muted" data-testid="reply-reason">
            {top.reason[uiLang]}
          </p>
          <InsertReplyButton replyId={top.id} form={top.form} testId="reply-suggested-insert" primary />
          {/* The CARP replies end with handing the conflict to a senior teammate. */}
          {(top.id === 'carp' || top.id === 'handover-senior') && (
            <button
              type="button"
              class="sk-btn sk-btn--small"
              data-testid="handover"
              aria-expanded={handover}
              title={t('handoverHint')}
              onClick={() => setHandover(!handover)}
            >
              {t('handover')}
            </button>
          )}
          {handover && (top.id === 'carp' || top.id === 'handover-senior') && <PanelsSlot part="handover" />}
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
          <div
            class="sk-rep-lang"
            role="group"
            aria-label={t('replyIn')}
            title={ctx.chosenLang ? t('replyIn') : `${t('replyIn')}: ${t('replyInAuto')}`}
          >
            {LANGS.map((l) => (
              <button
                key={l}
                type="button"
                class="sk-btn sk-btn--small"
                data-testid="reply-lang"
                data-lang={l}
                aria-pressed={replyLang === l}
                onClick={() => ctx.setReplyLang(l, view?.dialogueLang ?? null)}
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
          view && (
            <>
              {entries.length === 0 ? (
                <p class="sk-muted" data-testid="reply-no-match">
                  {t('noMatch', { query: computed.input?.query.trim() ?? '' })}
                </p>
              ) : (
                <ul class="sk-rep-list" id={listId} role="listbox" aria-label={t('heading')} ref={list}>
                  {entries.map((e, i) => (
                    <li
                      key={e.id}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === index}
                      class={i === index ? 'sk-rep-item sk-rep-item--selected' : 'sk-rep-item'}
                      data-testid="reply"
                      data-reply-id={e.id}
                      title={e.reason?.[uiLang]}
                      onClick={() => setSelectedId(e.id)}
                      onDblClick={() => void insertReply(e.id)}
                    >
                      <span class="sk-rep-item__title">{e.title}</span>
                      {e.reason && <span class="sk-chip sk-rep-fit">{t('fits')}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {selected && (
                <ReplyForm
                  key={`${dialogueId}:${selected.id}`}
                  replyId={selected.id}
                  lang={view.replyLang}
                  form={selected.form}
                  typed={typed[selected.id] ?? {}}
                  onType={(name, value) => setTyped((prev) => ({ ...prev, [selected.id]: { ...prev[selected.id], [name]: value } }))}
                  onInsert={() => void insertReply(selected.id)}
                />
              )}
            </>
          )
        )}
      </div>
    </section>
  );
}
