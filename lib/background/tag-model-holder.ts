import type { DialogueMessage } from '../carrotquest/snapshot';
import type { SidekickDb } from '../db/database';
import { loadTagModel, saveTagModel } from '../db/learning-journal';
import type { SuggestResult } from '../service-types';
import { redactSecrets } from '../secrets/detect';
import type { TagDef } from '../settings/schema';
import { createModel, trainBatch, type TagModel } from '../tags/classifier';
import { deserializeModel, STORED_MODEL_VERSION, toStoredModel } from '../tags/model-codec';
import { customerTexts, learnFromDialogue, suggestTags } from '../tags/suggester';

/** The model never sees a secret: what it learns is kept, exported and restored. */
const redacted = (messages: readonly DialogueMessage[]): DialogueMessage[] =>
  messages.map((m) => (m.fromCustomer && m.text ? { ...m, text: redactSecrets(m.text) } : m));
/** Saves are coalesced: a burst of tag changes costs one write. */
const SAVE_DELAY_MS = 1500;
/** The generation of a model that could not be read: no save is made for it. */
const UNREAD = -1;

/**
 * The tag model, loaded once per worker life from IndexedDB (typed arrays: no text to parse on a wake)
 * and saved back after it learns. Each save is made for the data's generation the model was read at
 * (lib/db/models.ts): after "Clear all", a restore or retention rebuilt the models, a pending save is
 * dropped and the model is read again. Tag changes learned since the last save are in the learning
 * journal (lib/db/learning-journal.ts): a worker that stops before its save leaves them there, and the
 * next one learns them when it loads the model.
 */
export function createTagModelHolder(db: SidekickDb) {
  let model: Promise<TagModel> | undefined;
  let epoch = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Journalled changes this model has learned and no save has carried yet. */
  let learned = new Set<number>();

  const learnChange = (m: TagModel, texts: DialogueMessage[], added: string[], removed: string[], journalId: number | undefined) => {
    // A change the load already learned from the journal (it committed just before the load read it) counts once.
    if (journalId !== undefined && learned.has(journalId)) return;
    learnFromDialogue(m, texts, added, removed);
    if (journalId !== undefined) learned.add(journalId);
  };

  const get = () =>
    (model ??= loadTagModel(db).then(loaded, (e: unknown) => {
      // The database cannot be read (Firefox refuses it to a private-browsing-only profile; a disk error):
      // suggestions still come from the vocabulary. Nothing learned meanwhile is saved over what is stored (no
      // generation matches UNREAD), and the next call reads again.
      console.debug('[sidekick] tag model load', e);
      epoch = UNREAD;
      learned = new Set();
      model = undefined;
      return createModel();
    }));

  function loaded({ data, epoch: at, pending }: Awaited<ReturnType<typeof loadTagModel>>): TagModel {
    epoch = at;
    learned = new Set();
    let fresh: TagModel;
    try {
      fresh = data ? deserializeModel(data) : createModel();
      // A model in another form (a backup restored by an older build) is stored again in the form that loads fastest.
      if (data && (data as { version?: unknown }).version !== STORED_MODEL_VERSION) scheduleSave(0);
    } catch {
      // A model from an incompatible build starts over rather than breaking suggestions.
      fresh = createModel();
    }
    for (const change of pending) {
      learnChange(fresh, [{ fromCustomer: true, text: change.text }], change.added, change.removed, change.id);
    }
    if (pending.length) scheduleSave();
    return fresh;
  }

  /** Writes the model unless the data was replaced since it was read (false; it is read again next time). */
  const save = async (m: TagModel): Promise<boolean> => {
    const current = model;
    const carried = [...learned];
    const saved = await saveTagModel(db, toStoredModel(m), epoch, carried);
    if (saved) for (const id of carried) learned.delete(id);
    else if (model === current) model = undefined;
    return saved;
  };

  function scheduleSave(delay = SAVE_DELAY_MS) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(
      () =>
        void get()
          .then(save)
          .catch((e) => console.debug('[sidekick] tag model save', e)),
      delay,
    );
  }

  return {
    async suggest(messages: DialogueMessage[], vocabulary: TagDef[]): Promise<SuggestResult> {
      return suggestTags(await get(), vocabulary, messages);
    },
    /** `journalId`: the change's row in the learning journal, when the recorder wrote one. */
    async learn(messages: DialogueMessage[], added: string[], removed: string[], journalId?: number): Promise<void> {
      learnChange(await get(), redacted(messages), added, removed, journalId);
      scheduleSave();
    },
    /**
     * Learns a whole imported history on top of what the model knows; saved at once unless `save` is false
     * (the API's history import saves at its own checkpoints, with its cursor: `flush`).
     */
    async importHistory(
      items: { messages: DialogueMessage[]; tags: string[] }[],
      { save: saveNow = true }: { save?: boolean } = {},
    ): Promise<{ learned: number; tags: string[] }> {
      const training = items
        .map((i) => ({ texts: customerTexts(redacted(i.messages)), tags: i.tags }))
        .filter((i) => i.texts.length && i.tags.length);
      if (!saveNow) {
        const m = await get();
        trainBatch(m, training);
        return { learned: training.length, tags: [...m.classes] };
      }
      clearTimeout(saveTimer);
      // Learned on the model as stored now: if the data was replaced while it learned, it learns again on the new one.
      for (let attempt = 0; ; attempt++) {
        const m = await get();
        trainBatch(m, training);
        if ((await save(m)) || attempt === 2) return { learned: training.length, tags: [...m.classes] };
      }
    },
    /** Saves the model now; false when the data was replaced since it was read (it is read again next time). */
    async flush(): Promise<boolean> {
      clearTimeout(saveTimer);
      return save(await get());
    },
    reload() {
      clearTimeout(saveTimer);
      model = undefined;
    },
    async knownTags(): Promise<string[]> {
      return [...(await get()).classes];
    },
    get,
  };
}
