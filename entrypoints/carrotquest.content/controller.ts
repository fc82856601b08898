import { browser } from 'wxt/browser';
import { applyTag, insertReply, trackComposerSelection } from '../../lib/carrotquest/act';
import { reserveSidebarSpace } from '../../lib/carrotquest/layout';
import { openDialogue } from '../../lib/carrotquest/navigate';
import { resolveProfile, type ResolvedProfile } from '../../lib/carrotquest/profile';
import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import { watchDialogue } from '../../lib/carrotquest/watch';
import { copyText } from '../../lib/clipboard/copy-text';
import { phrase, resolveLanguage } from '../../lib/i18n/language';
import { onMessage, sendMessage } from '../../lib/service';
import type { Settings } from '../../lib/settings/schema';
import { createSidebarStore, type SidebarStore } from '../../components/sidebar/store';
import type { DialogueState } from '../../lib/service-types';
import { strings } from '../../components/sidebar/strings';
import { isUntaggedReplied } from '../../lib/triage/checks';

export const SIDEBAR_WIDTH = 320;
const COLLAPSED_WIDTH = 28;
const UI_KEY = 'ui.collapsed';
const PENDING_KEY = 'ui.pendingTag';
/** Background writes are spaced out while messages stream in; a dialogue switch or tag change goes at once. */
const RECORD_INTERVAL_MS = 1000;
const SUGGEST_DELAY_MS = 250;

/** What changes the sidebar, compared cheaply so a mutation that changed nothing we show costs nothing. */
function signature(s: DialogueSnapshot): string {
  const last = s.messages.at(-1);
  return [
    s.id, s.tags.join('\u0001'), s.messages.length, last?.text.length, last?.text.slice(0, 64), s.notes.join('\u0001'),
    s.customer.name, s.customer.email, s.customer.id, s.assignee, s.operator, s.missing.join(','),
  ].join('\u0002');
}

const customerCount = (s: DialogueSnapshot) => s.messages.reduce((n, m) => n + (m.fromCustomer ? 1 : 0), 0);

export interface Controller {
  store: SidebarStore;
  start(container: ParentNode & Node): void;
  stop(): void;
  applySettings(settings: Settings): void;
}

export function createController(settings: Settings, initialCollapsed: boolean): Controller {
  let profile: ResolvedProfile = resolveProfile(settings.carrotquest.selectors);
  let container: (ParentNode & Node) | undefined;
  let releaseSpace: (() => void) | undefined;
  let lastSig = '';
  let recordTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRecordAt = 0;
  let suggestTimer: ReturnType<typeof setTimeout> | undefined;
  let suggestFor = '';
  const abort = new AbortController();

  const lang = () => resolveLanguage(settings.operator.language);
  const t = (key: keyof (typeof strings)['en'], values?: Record<string, string | number>) => phrase(strings[lang()][key], values);

  const store = createSidebarStore(
    {
      applyTag: (name) => doApplyTag(name),
      applyTagTo: (id, name) => doApplyTagTo(id, name),
      insertText: (text) => doInsert(text),
      copy: (text) => copyText(text, container),
      setCollapsed: (collapsed) => setCollapsed(collapsed),
      openLink: (url) => void window.open(url, '_blank', 'noopener'),
    },
    { lang: lang(), collapsed: initialCollapsed, settings },
  );

  const toast = (kind: 'ok' | 'error' | 'info', text: string) => store.setState({ toast: { kind, text } });

  /** Messaging fails when the extension was updated under this page; say so instead of throwing. */
  async function call<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      if (/context invalidated|Receiving end does not exist/i.test(msg)) toast('error', t('extensionReloaded'));
      else console.debug('[sidekick]', msg);
      return undefined;
    }
  }

  function setCollapsed(collapsed: boolean) {
    store.setState({ collapsed });
    releaseSpace?.();
    releaseSpace = reserveSidebarSpace(collapsed ? COLLAPSED_WIDTH : SIDEBAR_WIDTH);
    void call(() => browser.storage.local.set({ [UI_KEY]: collapsed }));
  }

  async function record(snap: DialogueSnapshot) {
    lastRecordAt = Date.now();
    const stored = await call(() => sendMessage('recordSnapshot', snap));
    if (stored && store.getState().snapshot?.id === snap.id) store.setState({ stored });
  }

  function scheduleRecord(snap: DialogueSnapshot, now: boolean) {
    clearTimeout(recordTimer);
    const wait = now ? 0 : Math.max(0, RECORD_INTERVAL_MS - (Date.now() - lastRecordAt));
    recordTimer = setTimeout(() => void record(store.getState().snapshot ?? snap), wait);
  }

  function scheduleSuggest(snap: DialogueSnapshot) {
    const key = `${snap.id}:${customerCount(snap)}:${snap.messages.filter((m) => m.fromCustomer).at(-1)?.text.length ?? 0}`;
    if (key === suggestFor) return;
    suggestFor = key;
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(async () => {
      const current = store.getState().snapshot;
      if (!current?.id) return;
      const result = await call(() => sendMessage('suggestTags', { messages: current.messages }));
      if (result && store.getState().snapshot?.id === current.id) store.setState({ suggest: result });
    }, SUGGEST_DELAY_MS);
  }

  async function remindAbout(prev: DialogueSnapshot, stored: DialogueState | null) {
    if (!prev.id || stored?.record?.id !== prev.id || !isUntaggedReplied({ tags: prev.tags, repliedByMe: stored.record.repliedByMe })) return;
    const result = await call(() => sendMessage('suggestTags', { messages: prev.messages }));
    const top = result?.confident ? result.suggestions[0] ?? null : null;
    store.setState({ reminder: { dialogueId: prev.id, link: prev.link, customerName: prev.customer.name, suggestion: top } });
  }

  function onSnapshot(snap: DialogueSnapshot) {
    const sig = signature(snap);
    if (sig === lastSig) return;
    lastSig = sig;
    const prev = store.getState().snapshot;
    const switched = prev?.id !== snap.id;
    if (switched) {
      const left = store.getState().stored;
      // Nothing from the previous dialogue may linger: drop everything derived from it in the same update.
      store.setState({ snapshot: snap, stored: null, suggest: null, toast: null });
      if (prev?.id) void remindAbout(prev, left);
      if (snap.id && store.getState().reminder?.dialogueId === snap.id) store.setState({ reminder: null });
      void applyPending(snap);
    } else {
      store.setState({ snapshot: snap });
    }
    if (!snap.id) return;
    const tagsChanged = !switched && prev?.tags.join() !== snap.tags.join();
    scheduleRecord(snap, switched || tagsChanged);
    scheduleSuggest(snap);
  }

  async function doApplyTag(name: string) {
    const result = await applyTag(name, profile);
    if (result.ok) toast('ok', t('applied', { name }));
    else if (result.reason === 'no-input') toast('error', t('noTagInput'));
    else toast('error', t('notOffered', { name }));
  }

  async function applyPending(snap: DialogueSnapshot) {
    const pending = (await call(() => browser.storage.local.get(PENDING_KEY)))?.[PENDING_KEY] as
      | { dialogueId: string; name: string; until: number }
      | undefined;
    if (!pending || pending.dialogueId !== snap.id) return;
    await call(() => browser.storage.local.remove(PENDING_KEY));
    if (pending.until > Date.now()) await doApplyTag(pending.name);
  }

  async function doApplyTagTo(dialogueId: string, name: string) {
    const link = store.getState().reminder?.link ?? null;
    store.setState({ reminder: null });
    const current = store.getState().snapshot;
    if (current?.id === dialogueId) return doApplyTag(name);
    const backTo = window.location.href;
    await call(() => browser.storage.local.set({ [PENDING_KEY]: { dialogueId, name, until: Date.now() + 60_000 } }));
    const how = await openDialogue(dialogueId, link, () => store.getState().snapshot?.id ?? null);
    if (how !== 'history') return;
    await call(() => browser.storage.local.remove(PENDING_KEY));
    await doApplyTag(name);
    // Return the operator to the dialogue they were in.
    if (window.location.href !== backTo) window.history.forward();
  }

  async function doInsert(text: string) {
    const result = insertReply(text, profile);
    if (result.ok) return;
    const copied = await copyText(text, container);
    toast(
      'error',
      lang() === 'ru'
        ? copied
          ? 'Поле ответа не найдено: текст скопирован в буфер обмена.'
          : 'Поле ответа не найдено, и скопировать не удалось: выделите текст ниже.'
        : copied
          ? 'The reply box was not found: the text is on the clipboard instead.'
          : 'The reply box was not found and copying failed: select the text below.',
    );
  }

  let watcher: { readNow: () => void; stop: () => void } | undefined;
  return {
    store,
    start(c) {
      container = c;
      releaseSpace = reserveSidebarSpace(initialCollapsed ? COLLAPSED_WIDTH : SIDEBAR_WIDTH);
      trackComposerSelection(() => profile, document, abort.signal);
      watcher = watchDialogue(() => profile, onSnapshot, { signal: abort.signal });
      const unlisten = onMessage('openReplyPicker', () => {
        const bump = () => store.setState((s) => ({ replyPickerRequest: s.replyPickerRequest + 1 }));
        if (!store.getState().collapsed) return bump();
        setCollapsed(false);
        // The picker mounts with the expanded sidebar; it must see the request after that, not at mount.
        setTimeout(bump, 0);
      });
      abort.signal.addEventListener('abort', unlisten, { once: true });
      watcher.readNow();
    },
    stop() {
      abort.abort();
      clearTimeout(recordTimer);
      clearTimeout(suggestTimer);
      releaseSpace?.();
    },
    applySettings(next) {
      settings = next;
      profile = resolveProfile(next.carrotquest.selectors);
      lastSig = '';
      store.setState({ settings: next, lang: lang() });
      watcher?.readNow();
    },
  };
}
