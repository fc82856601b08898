import { browser } from 'wxt/browser';
import { applyTag, insertReply, openAssignControl, removeTag } from '../../lib/carrotquest/act';
import { clampWidth, manageLayout, type LayoutManager } from '../../lib/carrotquest/layout';
import { currentAddress, goToAddress, openDialogue, openInNewTab } from '../../lib/carrotquest/navigate';
import type { ResolvedProfile } from '../../lib/carrotquest/profile';
import { copyText } from '../../lib/clipboard/copy-text';
import type { Language } from '../../lib/settings/schema';
import type { SidebarActions, SidebarState, SidebarStore } from '../../components/sidebar/store';
import { PENDING_TAG_MS, rememberPendingTag, forgetPendingTag } from '../../components/recording/pending-tag';
import { strings } from '../../components/sidebar/strings';
import { phrase } from '../../lib/i18n/language';
import { createToaster } from '../../lib/toasts/toasts';

export const UI_KEY = 'ui.collapsed';
export const WIDTH_KEY = 'ui.width';
export const FOLDED_KEY = 'ui.folded';

export interface PageActionDeps {
  store: () => SidebarStore;
  profile: () => ResolvedProfile;
  lang: () => Language;
  /** The sidebar's shadow root, for the copy fallback. */
  container: () => (ParentNode & Node) | undefined;
  quietly: <T>(call: () => Promise<T>) => Promise<T | undefined>;
}

/** How long the return from a reminder waits for the sidebar to read the tag it applied. */
const TAG_SEEN_WAIT_MS = 1000;

/** Resolves once `done` holds for the store's state, or after `ms`. */
function until(store: SidebarStore, done: (state: SidebarState) => boolean, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (done(store.getState())) return resolve();
    const end = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(end, ms);
    const unsubscribe = store.subscribe((state) => {
      if (done(state)) end();
    });
  });
}

/**
 * What the sidebar's sections may do to the page, each through lib/carrotquest (the only code that
 * touches the panel) and each reporting its outcome as a toast.
 */
export interface PageControls {
  /** Fits the sidebar to the window and keeps it fitted (resize, collapse, a dragged width). */
  reserve(signal: AbortSignal): void;
  releaseSpace(): void;
  /** Another dialogue opened: no message about the last one stays. */
  clearToasts(): void;
}

export function createPageActions(deps: PageActionDeps): SidebarActions & PageControls {
  let layout: LayoutManager | undefined;
  const t = (key: keyof (typeof strings)['en'], values?: Record<string, string | number>) => phrase(strings[deps.lang()][key], values);
  const toaster = createToaster({ get: () => deps.store().getState().toast, set: (toast) => deps.store().setState({ toast }) });
  const toast = (kind: 'ok' | 'error' | 'info', text: string, at?: number) => toaster.push(kind, text, at);

  /** API mode: the tag through `POST` (or `DELETE`) `/conversations/{id}/tag`; false when API mode is off. */
  async function tagThroughApi(name: string, action: 'add' | 'remove' = 'add', started?: number): Promise<boolean> {
    const store = deps.store();
    const id = store.getState().snapshot?.id;
    if (!id) return false;
    const answer = await deps.quietly(() =>
      store.getState().service.call('apiTag', { dialogueId: id, tag: name, action, lang: deps.lang() }),
    );
    if (!answer || (!answer.ok && answer.error.kind === 'not-configured')) return false;
    toast(answer.ok ? 'ok' : 'error', answer.text, started);
    if (answer.ok) store.setState((s) => ({ apiRefresh: s.apiRefresh + 1 }));
    return true;
  }

  async function doApplyTag(name: string) {
    // The answer is dated from the click, so a slow refusal never hides a later success.
    const started = Date.now();
    if (deps.store().getState().settings?.api?.tagsVia === 'always' && (await tagThroughApi(name, 'add', started))) return;
    const result = await applyTag(name, deps.profile());
    if (result.ok) toast('ok', t('applied', { name }), started);
    // The page's tag field is not found: the API can still tag the dialogue.
    else if (result.reason === 'no-input') {
      if (!(await tagThroughApi(name, 'add', started))) toast('error', t('noTagInput'), started);
    } else toast('error', t('notOffered', { name }), started);
  }

  const actions = {
    applyTag: doApplyTag,

    /** The tag removed and added back (the panel's chip control, else API mode); the removal is not a correction. */
    async retag(name: string) {
      const started = Date.now();
      const store = deps.store();
      const dialogueId = store.getState().snapshot?.id;
      if (!dialogueId) return;
      await deps.quietly(() => store.getState().service.call('retagging', { dialogueId, tag: name }));
      const removed = await removeTag(name, deps.profile());
      if (removed.ok) {
        // The removal is stored (a tag event) before the tag comes back, so both count as the operator's actions.
        await until(store, (state) => !state.stored?.record?.tags.includes(name), TAG_SEEN_WAIT_MS);
        await doApplyTag(name);
      } else if (removed.reason === 'no-input' && (await tagThroughApi(name, 'remove', started))) {
        await tagThroughApi(name, 'add', started);
      } else return toast('error', t('retagFailed', { name }), started);
      // The new question is counted now: the offer ends without asking the background again.
      store.setState((s) => (s.suggest?.retag === name ? { suggest: { ...s.suggest, retag: undefined } } : {}));
    },

    async removeTag(name: string) {
      if (!(await tagThroughApi(name, 'remove'))) toast('error', t('removeNeedsApi'));
    },

    /** Tags a dialogue the operator left: goes back to it, tags it, and returns; a reload finishes it on arrival. */
    async applyTagTo(dialogueId: string, name: string) {
      const store = deps.store();
      const link = store.getState().reminder?.link ?? null;
      store.setState({ reminder: null });
      if (store.getState().snapshot?.id === dialogueId) return doApplyTag(name);
      const backTo = currentAddress();
      await deps.quietly(() => rememberPendingTag({ dialogueId, name, until: Date.now() + PENDING_TAG_MS }));
      const how = await openDialogue(dialogueId, link, () => store.getState().snapshot?.id ?? null);
      if (how !== 'in-place') return;
      await deps.quietly(() => forgetPendingTag());
      await doApplyTag(name);
      // The sidebar reads the page once a frame: leaving before it has seen the new tag would make the dialogue
      // left look untagged again, and remind about it a second time.
      await until(store, (state) => !!state.snapshot?.tags.includes(name), TAG_SEEN_WAIT_MS);
      // Return the operator to the dialogue they were in, by its address (not history, which may lead elsewhere).
      goToAddress(backTo);
    },

    async insertText(text: string) {
      const result = insertReply(text, deps.profile());
      if (result.ok) return;
      const copied = await copyText(text, deps.container());
      const ru = deps.lang() === 'ru';
      toast(
        'error',
        ru
          ? copied
            ? 'Поле ответа не найдено: текст скопирован в буфер обмена.'
            : 'Поле ответа не найдено, и скопировать не удалось: выделите текст ниже.'
          : copied
            ? 'The reply box was not found: the text is on the clipboard instead.'
            : 'The reply box was not found and copying failed: select the text below.',
      );
    },

    copy: (text: string) => copyText(text, deps.container()),

    setCollapsed(collapsed: boolean) {
      deps.store().setState({ collapsed });
      layout?.refresh();
      void deps.quietly(() => browser.storage.local.set({ [UI_KEY]: collapsed }));
    },

    /** Dragging the sidebar's edge: the page follows live; the width is remembered when the drag ends. */
    setWidth(width: number, done: boolean) {
      const store = deps.store();
      store.setState({ width: clampWidth(width) });
      layout?.refresh();
      if (done) void deps.quietly(() => browser.storage.local.set({ [WIDTH_KEY]: store.getState().width }));
    },

    setFolded(id: string, folded: boolean) {
      const store = deps.store();
      const next = { ...store.getState().folded, [id]: folded };
      store.setState({ folded: next });
      void deps.quietly(() => browser.storage.local.set({ [FOLDED_KEY]: next }));
    },

    dismissToast: () => toaster.dismiss(),

    clearToasts: () => toaster.clear(),

    openLink: (url: string) => openInNewTab(url),

    openAssign: () => openAssignControl(deps.profile()),

    reserve(signal: AbortSignal) {
      layout?.stop();
      const store = deps.store();
      layout = manageLayout({
        profile: deps.profile,
        state: () => ({ collapsed: store.getState().collapsed, preferredWidth: store.getState().width }),
        onPlan: (plan) => store.setState({ layout: plan }),
        signal,
      });
      layout.refresh();
    },

    releaseSpace() {
      layout?.stop();
      layout = undefined;
    },
  };
  return actions;
}
