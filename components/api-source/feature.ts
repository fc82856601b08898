import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import type { FeatureContext, SidebarFeature } from '../sidebar/feature';

function start(ctx: FeatureContext) {
  const { store, service, quietly } = ctx;
  // The page's own reading: the merged one no longer lists what the API covers as missing.
  let page: DialogueSnapshot | null = null;

  /** The background merges the page's reading with the API's and words it (neither lives in the page's bundle). */
  async function merge(from: DialogueSnapshot, refresh: boolean) {
    const signal = ctx.dialogueSignal();
    const view = await quietly(() => service.call('apiDialogue', { snapshot: from, lang: store.getState().lang, refresh }));
    if (signal.aborted || !view) return;
    // The background recorded the merged dialogue too (coverage and the model see tags the page did not show).
    store.setState(
      view.off
        ? { apiSource: null }
        : { snapshot: view.snapshot, stored: view.stored ?? store.getState().stored, apiSource: { ...view, dialogueId: from.id! } },
    );
  }

  ctx.onSnapshot(({ snapshot, switched }) => {
    page = snapshot;
    if (switched) store.setState({ apiSource: null });
    if (snapshot.id) return merge(snapshot, false);
  });
  // A tag applied through the API: read the dialogue again.
  ctx.signal.addEventListener(
    'abort',
    store.subscribe((s, b) => s.apiRefresh !== b.apiRefresh && page?.id && void merge(page, true)),
    { once: true },
  );
}

/**
 * API mode in the sidebar: the open dialogue from the API merged with the page; the health line says where
 * each part came from (`source`) and what the API covers.
 */
export const apiSourceFeature: SidebarFeature = {
  id: 'api-source',
  label: { en: 'CarrotQuest API', ru: 'API CarrotQuest' },
  start,
};
