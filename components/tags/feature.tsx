import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import type { FeatureContext, SidebarFeature } from '../sidebar/feature';
import { SuggestionsSection } from './SuggestionsSection';
import { TagsSection } from './TagsSection';

/** While messages stream in, asking waits for a pause; a dialogue that just opened is asked about at once. */
const SUGGEST_DELAY_MS = 250;

/** Asks again only when the customer said something new ("Tag again" is cleared by the retag itself). */
const suggestKey = (s: DialogueSnapshot) => {
  const fromCustomer = s.messages.filter((m) => m.fromCustomer);
  return `${s.id}:${fromCustomer.length}:${fromCustomer.at(-1)?.text.length ?? 0}`;
};

function start(ctx: FeatureContext) {
  const { store, service, quietly } = ctx;
  let suggestFor = '';
  let cancel = () => {};
  function schedule(snapshot: DialogueSnapshot, delay: number) {
    if (!snapshot.id) return;
    const key = suggestKey(snapshot);
    if (key === suggestFor) return;
    suggestFor = key;
    cancel();
    cancel = ctx.after(delay, async () => {
      const current = store.getState().snapshot;
      if (!current?.id) return;
      const result = await quietly(() =>
        service.call('suggestTags', { messages: current.messages, dialogueId: current.id!, tags: current.tags }),
      );
      if (result && store.getState().snapshot?.id === current.id) store.setState({ suggest: result });
    });
  }
  ctx.onSnapshot(({ snapshot, switched }) => schedule(snapshot, switched ? 0 : SUGGEST_DELAY_MS));
  // API mode fills in messages the page did not show (components/api-source): suggest from them too.
  const unsubscribe = store.subscribe((s, before) => {
    if (s.apiSource !== before.apiSource && s.snapshot) schedule(s.snapshot, SUGGEST_DELAY_MS);
  });
  ctx.signal.addEventListener('abort', unsubscribe, { once: true });
}

function Tags() {
  return (
    <>
      <TagsSection />
      <SuggestionsSection />
    </>
  );
}

/** The dialogue's own tags, the untagged flag, and the tags the model suggests, one click each. */
export const tagsFeature: SidebarFeature = {
  id: 'tags',
  label: { en: 'Tags and suggestions', ru: 'Теги и подсказки' },
  title: { en: 'Tags', ru: 'Теги' },
  Section: Tags,
  start,
};
