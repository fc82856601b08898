import { browser } from 'wxt/browser';
import { applyTag, insertReply } from '../../lib/carrotquest/act';
import { reserveSidebarSpace } from '../../lib/carrotquest/layout';
import { currentAddress, openDialogue, openInNewTab, returnForward } from '../../lib/carrotquest/navigate';
import type { ResolvedProfile } from '../../lib/carrotquest/profile';
import { copyText } from '../../lib/clipboard/copy-text';
import type { Language } from '../../lib/settings/schema';
import type { SidebarActions, SidebarStore } from '../../components/sidebar/store';
import { PENDING_TAG_MS, rememberPendingTag, forgetPendingTag } from '../../components/recording/pending-tag';
import { strings } from '../../components/sidebar/strings';
import { phrase } from '../../lib/i18n/language';

export const SIDEBAR_WIDTH = 320;
const COLLAPSED_WIDTH = 28;
export const UI_KEY = 'ui.collapsed';

export interface PageActionDeps {
  store: () => SidebarStore;
  profile: () => ResolvedProfile;
  lang: () => Language;
  /** The sidebar's shadow root, for the copy fallback. */
  container: () => (ParentNode & Node) | undefined;
  quietly: <T>(call: () => Promise<T>) => Promise<T | undefined>;
}

/** Narrows the page by the sidebar's width; returns what undoes it. */
/** How long the return from a reminder waits for the sidebar to read the tag it applied. */
const TAG_SEEN_WAIT_MS = 1000;

/** Resolves once the open dialogue in the store shows the tag `name`, or after `ms`. */
function untilTagShown(store: SidebarStore, name: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().snapshot?.tags.includes(name)) return resolve();
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = store.subscribe((state) => {
      if (state.snapshot?.tags.includes(name)) done();
    });
  });
}

export function reserveSpace(collapsed: boolean): () => void {
  return reserveSidebarSpace(collapsed ? COLLAPSED_WIDTH : SIDEBAR_WIDTH);
}

/**
 * What the sidebar's sections may do to the page, each through lib/carrotquest (the only code that
 * touches the panel) and each reporting its outcome as a toast.
 */
export function createPageActions(deps: PageActionDeps): SidebarActions & { releaseSpace(): void; reserve(collapsed: boolean): void } {
  let releaseSpace: (() => void) | undefined;
  const t = (key: keyof (typeof strings)['en'], values?: Record<string, string | number>) => phrase(strings[deps.lang()][key], values);
  const toast = (kind: 'ok' | 'error' | 'info', text: string) => deps.store().setState({ toast: { kind, text } });

  /** API mode: the tag through `POST` (or `DELETE`) `/conversations/{id}/tag`; false when API mode is off. */
  async function tagThroughApi(name: string, action: 'add' | 'remove' = 'add'): Promise<boolean> {
    const store = deps.store();
    const id = store.getState().snapshot?.id;
    if (!id) return false;
    const answer = await deps.quietly(() =>
      store.getState().service.call('apiTag', { dialogueId: id, tag: name, action, lang: deps.lang() }),
    );
    if (!answer || (!answer.ok && answer.error.kind === 'not-configured')) return false;
    toast(answer.ok ? 'ok' : 'error', answer.text);
    if (answer.ok) store.setState((s) => ({ apiRefresh: s.apiRefresh + 1 }));
    return true;
  }

  async function doApplyTag(name: string) {
    if (deps.store().getState().settings?.api?.tagsVia === 'always' && (await tagThroughApi(name))) return;
    const result = await applyTag(name, deps.profile());
    if (result.ok) toast('ok', t('applied', { name }));
    // The page's tag field is not found: the API can still tag the dialogue.
    else if (result.reason === 'no-input') {
      if (!(await tagThroughApi(name))) toast('error', t('noTagInput'));
    } else toast('error', t('notOffered', { name }));
  }

  const actions = {
    applyTag: doApplyTag,

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
      if (how !== 'history') return;
      await deps.quietly(() => forgetPendingTag());
      await doApplyTag(name);
      // The sidebar reads the page once a frame: leaving before it has seen the new tag would make the dialogue
      // left look untagged again, and remind about it a second time.
      await untilTagShown(store, name, TAG_SEEN_WAIT_MS);
      // Return the operator to the dialogue they were in.
      returnForward(backTo);
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
      actions.reserve(collapsed);
      void deps.quietly(() => browser.storage.local.set({ [UI_KEY]: collapsed }));
    },

    openLink: (url: string) => openInNewTab(url),

    reserve(collapsed: boolean) {
      releaseSpace?.();
      releaseSpace = reserveSpace(collapsed);
    },

    releaseSpace() {
      releaseSpace?.();
      releaseSpace = undefined;
    },
  };
  return actions;
}
