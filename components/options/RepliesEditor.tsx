import { useEffect, useRef, useState } from 'preact/hooks';
import { phrase } from '../../lib/i18n/language';
import { pickTitle } from '../../lib/replies/language';
import { BUILT_IN_REPLIES } from '../../lib/replies/library';
import { editorRows, removeReply, setReplyEnabled, unknownVariables, upsertReply, type EditorRow } from '../../lib/replies/team-overrides';
import { REPLY_VARIABLES } from '../../lib/replies/variables';
import type { Reply } from '../../lib/settings/schema';
import { strings } from './replies-strings';
import { useOptions } from './useOptions';

type Key = keyof (typeof strings)['en'];

interface Draft {
  /** The id the reply had when editing began; null for a new reply. */
  original: string | null;
  builtIn: boolean;
  id: string;
  titleRu: string;
  titleEn: string;
  textRu: string;
  textEn: string;
  keywords: string;
  enabled: boolean;
}

const splitKeywords = (s: string) =>
  s
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
const braces = (names: string[]) => names.map((n) => `{${n}}`).join(', ');

function draftOf(row: EditorRow): Draft {
  const r = row.reply;
  return {
    original: r.id,
    builtIn: row.kind !== 'team',
    id: r.id,
    titleRu: r.title.ru ?? '',
    titleEn: r.title.en ?? '',
    textRu: r.text.ru ?? '',
    textEn: r.text.en ?? '',
    keywords: r.keywords.join(', '),
    enabled: r.enabled !== false,
  };
}

const emptyDraft = (): Draft => ({
  original: null,
  builtIn: false,
  id: '',
  titleRu: '',
  titleEn: '',
  textRu: '',
  textEn: '',
  keywords: '',
  enabled: true,
});

/** Only the languages written in are stored: an empty text falls back to the other language. */
function replyOf(d: Draft): Reply {
  const some = (ru: string, en: string) => ({ ...(ru.trim() ? { ru } : {}), ...(en.trim() ? { en } : {}) });
  return {
    id: d.id.trim(),
    title: some(d.titleRu.trim(), d.titleEn.trim()),
    text: some(d.textRu, d.textEn),
    keywords: splitKeywords(d.keywords),
    enabled: d.enabled,
  };
}

/**
 * The team's replies on the options page: every built-in and team reply, each editable in both
 * languages, switchable off, and (for an edited built-in one) restorable to its default.
 */
export function RepliesEditor() {
  const { lang, settings, save, report } = useOptions();
  const t = (k: Key, v?: Record<string, string | number>) => phrase(strings[lang][k], v);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const editor = useRef<HTMLDivElement>(null);
  const team = settings.replies;
  const rows = editorRows(BUILT_IN_REPLIES, team);

  const store = async (replies: Reply[]): Promise<boolean> => {
    const result = await save({ ...settings, replies });
    setError(result.ok ? null : result.error);
    return result.ok;
  };
  const fail = (field: string, message: string) => {
    setError(message);
    report({ ok: false, field, error: message });
  };

  const onSave = async () => {
    if (!draft) return;
    const reply = replyOf(draft);
    const replacing = draft.original ?? reply.id;
    const at = team.findIndex((r) => r.id === replacing);
    const index = at < 0 ? team.length : at;
    if (!reply.id) return fail(`replies.${index}.id`, t('idEmpty', { index }));
    const taken = reply.id !== draft.original && rows.some((r) => r.reply.id === reply.id);
    if (taken) return fail(`replies.${index}.id`, t('idTaken', { index, id: reply.id }));
    if (await store(upsertReply(BUILT_IN_REPLIES, team, reply, replacing))) setDraft(null);
  };

  // The form sits above the list; editing a row far down must not leave it out of sight.
  const editing = draft ? (draft.original ?? '') : null;
  useEffect(() => {
    if (editing !== null) editor.current?.scrollIntoView?.({ block: 'nearest' });
  }, [editing]);

  const update = (patch: Partial<Draft>) => draft && setDraft({ ...draft, ...patch });
  const val = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
  const unknown = draft ? unknownVariables({ text: { ru: draft.textRu, en: draft.textEn } }) : [];

  const field = (name: 'titleRu' | 'titleEn', label: Key) => (
    <label class="op-field">
      <span>{t(label)}</span>
      <input type="text" data-testid="reply-field" data-field={name} value={draft![name]} onInput={(e) => update({ [name]: val(e) })} />
    </label>
  );
  const area = (name: 'textRu' | 'textEn', label: Key, textLang: 'ru' | 'en') => (
    <label class="op-field">
      <span>{t(label)}</span>
      <textarea
        rows={6}
        lang={textLang}
        data-testid="reply-field"
        data-field={name}
        value={draft![name]}
        onInput={(e) => update({ [name]: val(e) })}
      />
    </label>
  );

  return (
    <section class="op-card" data-testid="replies-editor">
      <p class="op-hint">{t('hint')}</p>
      <p class="op-hint">{t('variablesHint', { list: braces([...REPLY_VARIABLES]) })}</p>
      {error && (
        <p class="op-status op-status--error" data-testid="replies-error" role="alert">
          {error}
        </p>
      )}
      {draft && (
        <div class="op-card" ref={editor} data-testid="reply-editor" data-reply-id={draft.original ?? ''}>
          <h2>{draft.original ? t('editReply', { title: draft.titleRu || draft.titleEn || draft.original }) : t('newReply')}</h2>
          <label class="op-field">
            <span>{t('id')}</span>
            <input
              type="text"
              data-testid="reply-field"
              data-field="id"
              value={draft.id}
              readOnly={draft.builtIn}
              aria-describedby="op-reply-id-hint"
              onInput={(e) => update({ id: val(e) })}
            />
            <span class="op-hint" id="op-reply-id-hint">
              {t('idHint')}
            </span>
          </label>
          <div class="op-row">
            {field('titleRu', 'titleRu')}
            {field('titleEn', 'titleEn')}
          </div>
          {area('textRu', 'textRu', 'ru')}
          {area('textEn', 'textEn', 'en')}
          <label class="op-field">
            <span>{t('keywords')}</span>
            <input
              type="text"
              data-testid="reply-field"
              data-field="keywords"
              value={draft.keywords}
              onInput={(e) => update({ keywords: val(e) })}
            />
            <span class="op-hint">{t('keywordsHint')}</span>
          </label>
          <label class="op-check">
            <input
              type="checkbox"
              data-testid="reply-field"
              data-field="enabled"
              checked={draft.enabled}
              onChange={(e) => update({ enabled: (e.currentTarget as HTMLInputElement).checked })}
            />
            {t('enabled')}
          </label>
          {unknown.length > 0 && (
            <p class="op-hint" data-testid="reply-unknown-vars" role="status">
              ⚠ {t('unknownWarning', { list: braces(unknown) })}
            </p>
          )}
          {!draft.textRu.trim() && !draft.textEn.trim() && <p class="op-hint">{t('noText')}</p>}
          <div class="op-row">
            <button type="button" class="op-primary" data-testid="reply-save" onClick={() => void onSave()}>
              {t('save')}
            </button>
            <button
              type="button"
              data-testid="reply-cancel"
              onClick={() => {
                setDraft(null);
                setError(null);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <table class="op-table">
        <thead>
          <tr>
            <th>{t('reply')}</th>
            <th>{t('state')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const r = row.reply;
            const on = r.enabled !== false;
            const asks = unknownVariables(r);
            return (
              <tr key={r.id} data-testid="reply-row" data-reply-id={r.id} data-kind={row.kind} data-enabled={on}>
                <td>
                  <strong>{pickTitle(r, lang)}</strong>
                  <div class="op-hint op-code">{r.id}</div>
                </td>
                <td>
                  {t(row.kind === 'built-in' ? 'builtIn' : row.kind)}
                  {!on && <> · {t('off')}</>}
                  {asks.length > 0 && <div class="op-hint">{t('unknownVars', { list: braces(asks) })}</div>}
                </td>
                <td>
                  <div class="op-row">
                    <button
                      type="button"
                      data-testid="reply-edit"
                      onClick={() => {
                        setDraft(draftOf(row));
                        setError(null);
                      }}
                    >
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      data-testid="reply-toggle"
                      onClick={() => void store(setReplyEnabled(BUILT_IN_REPLIES, team, r.id, !on))}
                    >
                      {on ? t('disable') : t('enable')}
                    </button>
                    {row.kind === 'edited' && (
                      <button type="button" data-testid="reply-restore" onClick={() => void store(removeReply(team, r.id))}>
                        {t('restore')}
                      </button>
                    )}
                    {row.kind === 'team' && (
                      <button
                        type="button"
                        data-testid="reply-delete"
                        onClick={() => {
                          if (deleting !== r.id) return setDeleting(r.id);
                          setDeleting(null);
                          void store(removeReply(team, r.id));
                        }}
                      >
                        {deleting === r.id ? t('confirmDelete') : t('delete')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="op-row">
        <button
          type="button"
          data-testid="reply-add"
          onClick={() => {
            setDraft(emptyDraft());
            setError(null);
          }}
        >
          {t('add')}
        </button>
      </div>
    </section>
  );
}
