import type { DialogueMessage } from '../carrotquest/snapshot';
import type { SidekickDb } from '../db/database';
import { loadModel, saveModel } from '../db/models';
import type { SuggestResult } from '../service-types';
import { redactSecrets } from '../secrets/detect';
import type { TagDef } from '../settings/schema';
import { createModel, trainBatch, type TagModel } from '../tags/classifier';
import { deserializeModel, serializeModel } from '../tags/model-codec';
import { customerTexts, learnFromDialogue, suggestTags } from '../tags/suggester';

const KEY = 'tags';

/** The model never sees a secret: what it learns is kept, exported and restored. */
const redacted = (messages: readonly DialogueMessage[]): DialogueMessage[] =>
  messages.map((m) => (m.fromCustomer && m.text ? { ...m, text: redactSecrets(m.text) } : m));
/** Saves are coalesced: a burst of tag changes costs one write. */
const SAVE_DELAY_MS = 1500;

/** The tag model, loaded once per worker life from IndexedDB and saved back after it learns. */
export function createTagModelHolder(db: SidekickDb) {
  let model: Promise<TagModel> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const get = () =>
    (model ??= loadModel(db, KEY).then((data) => {
      try {
        return data ? deserializeModel(data) : createModel();
      } catch {
        // A model from an incompatible build starts over rather than breaking suggestions.
        return createModel();
      }
    }));

  const scheduleSave = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void get().then((m) => saveModel(db, KEY, serializeModel(m))), SAVE_DELAY_MS);
  };

  return {
    async suggest(messages: DialogueMessage[], vocabulary: TagDef[]): Promise<SuggestResult> {
      return suggestTags(await get(), vocabulary, messages);
    },
    async learn(messages: DialogueMessage[], added: string[], removed: string[]): Promise<void> {
      learnFromDialogue(await get(), redacted(messages), added, removed);
      scheduleSave();
    },
    /** Learns a whole imported history on top of what the model knows; saved at once. */
    async importHistory(items: { messages: DialogueMessage[]; tags: string[] }[]): Promise<{ learned: number; tags: string[] }> {
      const m = await get();
      const training = items
        .map((i) => ({ texts: customerTexts(redacted(i.messages)), tags: i.tags }))
        .filter((i) => i.texts.length && i.tags.length);
      trainBatch(m, training);
      clearTimeout(saveTimer);
      await saveModel(db, KEY, serializeModel(m));
      return { learned: training.length, tags: [...m.classes] };
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
