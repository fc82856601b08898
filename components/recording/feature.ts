import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import type { DialogueState } from '../../lib/service-types';
import { isUntaggedReplied } from '../../lib/triage/checks';
import type { FeatureContext, SidebarFeature } from '../sidebar/feature';
import { takePendingTag } from './pending-tag';
import { ReminderCard } from './ReminderCard';

/** Background writes are spaced out while messages stream in; a dialogue switch or tag change goes at once. */
const RECORD_INTERVAL_MS = 1000;
/** After a failed write (the quota, a closed database) the snapshot is sent again, at most this often. */
export const RETRY_WRITE_MS = 5000;

function start(ctx: FeatureContext) {
  const { store, service, quietly } = ctx;
  let lastRecordAt = 0;
  let cancelRecord = () => {};
  /** The newest snapshot not yet sent: on a switch or when the page ends it is sent at once, never dropped. */
  let pending: DialogueSnapshot | null = null;
  /** Snapshots whose write failed, by dialogue: sent again until the background can write. */
  const unsaved = new Map<string, DialogueSnapshot>();
  let cancelRetry = () => {};

  function retryUnsaved() {
    const again = [...unsaved.values()];
    unsaved.clear();
    for (const snap of again) void record(snap);
  }

  async function record(snap: DialogueSnapshot): Promise<DialogueState | undefined> {
    lastRecordAt = Date.now();
    const stored = await quietly(() => service.call('recordSnapshot', snap));
    if (stored) {
      if (store.getState().writeError && unsaved.size === 0) store.setState({ writeError: null });
      if (store.getState().snapshot?.id === snap.id) store.setState({ stored });
    } else if (store.getState().writeError && snap.id) {
      // Not written: kept and sent again, unless a newer state of the dialogue waits already (it carries this one's).
      if (pending?.id !== snap.id) unsaved.set(snap.id, snap);
      cancelRetry();
      cancelRetry = ctx.after(RETRY_WRITE_MS, retryUnsaved);
    }
    return stored;
  }

  /** Sends what is pending now (a reply or tag in the last second before a switch or the end of the page). */
  function flush(): Promise<DialogueState | undefined> | null {
    cancelRecord();
    const snap = pending;
    pending = null;
    return snap ? record(snap) : null;
  }

  function scheduleRecord(snap: DialogueSnapshot, now: boolean) {
    cancelRecord();
    pending = snap;
    const wait = now ? 0 : Math.max(0, RECORD_INTERVAL_MS - (Date.now() - lastRecordAt));
    cancelRecord = ctx.after(wait, () => void flush());
  }

  // The page ends (the sidebar removed, the extension updated, the tab closed): what is pending still goes.
  ctx.signal.addEventListener(
    'abort',
    () => {
      void flush();
      retryUnsaved();
    },
    { once: true },
  );
  window.addEventListener('pagehide', () => void flush(), { signal: ctx.signal });

  /** The operator left a dialogue they replied in without tagging it: a reminder, with the best tag when sure. */
  async function remindAbout(prev: DialogueSnapshot, stored: DialogueState | null) {
    if (!prev.id || stored?.record?.id !== prev.id || !isUntaggedReplied({ tags: prev.tags, repliedByMe: stored.record.repliedByMe }))
      return;
    const result = await quietly(() => service.call('suggestTags', { messages: prev.messages }));
    const top = result?.confident ? (result.suggestions[0] ?? null) : null;
    // Not sure is no reason to offer nothing: the three best guesses, none of them pressed on the operator.
    const choices = top ? [] : (result?.suggestions.slice(0, 3) ?? []);
    store.setState({ reminder: { dialogueId: prev.id, link: prev.link, customerName: prev.customer.name, suggestion: top, choices } });
  }

  /** A tag asked for from the reminder, when going back to its dialogue reloaded the page. */
  async function applyPending(snap: DialogueSnapshot) {
    const pending = await quietly(() => takePendingTag(snap.id));
    if (pending) await store.getState().actions.applyTag(pending.name);
  }

  ctx.onSnapshot(({ snapshot: snap, previous: prev, switched, left }) => {
    const work: Promise<void>[] = [];
    if (switched) {
      // The dialogue left may have a change not sent yet: it is stored before anything of the new one.
      const leaving = pending && pending.id === prev?.id ? flush() : null;
      if (prev?.id) work.push(leaving ? leaving.then((stored) => remindAbout(prev, stored ?? left)) : remindAbout(prev, left));
      if (snap.id && store.getState().reminder?.dialogueId === snap.id) store.setState({ reminder: null });
      work.push(applyPending(snap));
    }
    if (snap.id) {
      const tagsChanged = !switched && prev?.tags.join() !== snap.tags.join();
      scheduleRecord(snap, switched || tagsChanged);
    }
    return Promise.all(work).then(() => {});
  });
}

/** Records each dialogue for coverage and the model; reminds about an untagged dialogue the operator left. */
export const recordingFeature: SidebarFeature = {
  id: 'recording',
  label: { en: 'Recording and the untagged reminder', ru: 'Запись и напоминание о тегах' },
  slot: 'top',
  Section: ReminderCard,
  start,
};
