import { useState } from 'preact/hooks';
import { usePrepareInsert } from '../replies/usePrepareInsert';
import { useReplyContext } from '../replies/useReplyContext';
import { errorMessage } from '../shared/latest';
import { usePhrases } from '../shared/usePhrases';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { trusted } from '../sidebar/trusted';
import { handoverStrings as strings } from './handover-strings';

/**
 * The end of the CARP replies: when the conflict escalates, the dialogue goes to a senior teammate (names from
 * settings, shared by the team file). One click inserts the handover reply naming them, copies a note for them
 * and assigns it to them: through the API in API mode, else by opening the panel's own assign control.
 */
export function HandoverPanel() {
  const t = usePhrases(strings);
  const store = useSidebarStore();
  const seniors = useSidebar((s) => s.settings?.help.seniors) ?? [];
  const link = useSidebar((s) => s.snapshot?.link ?? null);
  const lang = useSidebar((s) => s.lang);
  const { insertText, copy, openAssign } = useSidebar((s) => s.actions);
  const ctx = useReplyContext();
  const prepare = usePrepareInsert();
  const [picked, setPicked] = useState('');
  const [busy, setBusy] = useState(false);
  if (!ctx.input) return null;
  if (!seniors.length) {
    return (
      <p class="sk-muted sk-esc-hint" data-testid="handover-none">
        {t('none')}
      </p>
    );
  }
  const senior = seniors.includes(picked) ? picked : seniors[0]!;
  const input = ctx.input;

  async function handOver() {
    setBusy(true);
    try {
      const p = await prepare({ ...input, replyId: 'handover-senior', typed: { seniorName: senior } });
      if (!p) return;
      if (p.found && p.text) await insertText(p.text);
      const note = await store.getState().service.call('handoverNote', { senior, link, lang });
      const copied = await copy(note);
      // API mode assigns the dialogue itself; without it (or when the API cannot), the panel's own control opens.
      const assigned = await store
        .getState()
        .service.call('apiAssign', { dialogueId: input.snapshot.id!, name: senior, lang })
        .catch((e: unknown) => ({ ok: false as const, off: false, text: errorMessage(e) }));
      if (assigned.ok) {
        store.setState({
          toast: {
            kind: copied ? 'ok' : 'error',
            text: `${assigned.text} ${t(copied ? 'noteCopied' : 'notCopied', { senior })}`,
            at: Date.now(),
          },
        });
        return;
      }
      const opened = openAssign();
      const key = !copied ? 'notCopied' : opened ? 'done' : 'doneNoControl';
      const said = assigned.off ? '' : `${assigned.text} `;
      store.setState({ toast: { kind: copied && assigned.off ? 'ok' : 'error', text: said + t(key, { senior }), at: Date.now() } });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="sk-esc-panel" data-testid="handover-panel">
      <h4 class="sk-esc-heading">{t('heading')}</h4>
      <label class="sk-esc-field">
        <span class="sk-esc-label">{t('senior')}</span>
        <select data-testid="handover-senior" value={senior} onChange={(e) => setPicked(e.currentTarget.value)}>
          {seniors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="sk-btn sk-btn--primary sk-btn--small"
        data-testid="handover-confirm"
        disabled={busy}
        title={t('hint')}
        onClick={trusted(handOver)}
      >
        {t('confirm', { senior })}
      </button>
      <p class="sk-muted sk-esc-hint">{t('hint')}</p>
    </div>
  );
}
