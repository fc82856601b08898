import { useMemo } from 'preact/hooks';
import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import type { ReplyContextInput } from '../../lib/replies/reply-view';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Language } from '../../lib/settings/schema';
import { useSidebar, useSidebarStore } from '../sidebar/store';
import { useMinuteClock } from './useMinuteClock';
import { sideStore, useStore } from '../shared/useStore';

interface ReplyLangState {
  /** The operator's choice of reply language for one dialogue, when the detection got it wrong. */
  override: { dialogueId: string; lang: Language } | null;
}

const replyLangStore = sideStore<ReplyLangState>(() => ({ override: null }));

export interface ReplyContext {
  snap: DialogueSnapshot | null;
  uiLang: Language;
  /** The reply language the operator chose for this dialogue, else null: the customer's words decide. */
  chosenLang: Language | null;
  /** Choosing the language the customer's words gave (`detected`) goes back to detecting it. */
  setReplyLang(lang: Language, detected: Language | null): void;
  /** What every reply computed in the background is rendered from; null without an open dialogue. */
  input: ReplyContextInput | null;
}

/** What every place that inserts a reply needs, so each renders it the same way. */
export function useReplyContext(): ReplyContext {
  const side = replyLangStore(useSidebarStore());
  const uiLang = useSidebar((s) => s.lang);
  const snap = useSidebar((s) => s.snapshot);
  const rawSettings = useSidebar((s) => s.settings);
  const settings = useMemo(() => rawSettings ?? defaultSettings(), [rawSettings]);
  const dialogueId = snap?.id ?? null;
  const now = useMinuteClock(dialogueId).getTime();
  const chosenLang = useStore(side, (s) => (s.override && s.override.dialogueId === dialogueId ? s.override.lang : null));
  const { operator, replies, playbook } = settings;
  const input = useMemo<ReplyContextInput | null>(
    () =>
      snap?.id
        ? {
            // Only what replies are rendered from crosses to the background.
            snapshot: { id: snap.id, link: snap.link, customer: snap.customer, operator: snap.operator, messages: snap.messages },
            settings: { operator, replies, playbook },
            uiLang,
            replyLang: chosenLang,
            now,
          }
        : null,
    [snap, operator, replies, playbook, uiLang, chosenLang, now],
  );
  const setReplyLang = (lang: Language, detected: Language | null) => {
    if (dialogueId) side.setState({ override: lang === detected ? null : { dialogueId, lang } });
  };
  return { snap, uiLang, chosenLang, setReplyLang, input };
}
