import { useMemo } from 'preact/hooks';
import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import { dialogueLanguage } from '../../lib/replies/language';
import { BUILT_IN_REPLIES, mergeReplies } from '../../lib/replies/library';
import { replyValuesFor } from '../../lib/replies/values';
import type { ReplyValues } from '../../lib/replies/variables';
import { defaultSettings } from '../../lib/settings/defaults';
import type { Language, Reply, Settings } from '../../lib/settings/schema';
import { useSidebar } from '../sidebar/store';
import { useMinuteClock } from './useMinuteClock';
import { sideStore, useSideStore, useSidebarStore } from './useSideStore';

interface ReplyLangState {
  /** The operator's choice of reply language for one dialogue, when the detection got it wrong. */
  override: { dialogueId: string; lang: Language } | null;
}

const replyLangStore = sideStore<ReplyLangState>(() => ({ override: null }));

export interface ReplyContext {
  snap: DialogueSnapshot | null;
  settings: Settings;
  uiLang: Language;
  /** Built-in replies with the team's merged in, disabled ones left out. */
  replies: Reply[];
  /** The language replies are written in for this dialogue. */
  replyLang: Language;
  /** True when the operator picked the reply language rather than the customer's words. */
  langChosen: boolean;
  setReplyLang(lang: Language): void;
  values: ReplyValues;
  now: Date;
}

const NO_VALUES: ReplyValues = {};

/** What every place that inserts a reply needs to render it the same way. */
export function useReplyContext(): ReplyContext {
  const side = replyLangStore(useSidebarStore());
  const uiLang = useSidebar((s) => s.lang);
  const snap = useSidebar((s) => s.snapshot);
  const rawSettings = useSidebar((s) => s.settings);
  const settings = useMemo(() => rawSettings ?? defaultSettings(), [rawSettings]);
  const dialogueId = snap?.id ?? null;
  const now = useMinuteClock(dialogueId);
  const replies = useMemo(() => mergeReplies(BUILT_IN_REPLIES, settings.replies), [settings.replies]);
  const messages = snap?.messages;
  const detected = useMemo(() => (messages ? dialogueLanguage(messages, uiLang) : uiLang), [messages, uiLang]);
  const override = useSideStore(side, (s) => (s.override && s.override.dialogueId === dialogueId ? s.override.lang : null));
  const replyLang = override ?? detected;
  const values = useMemo(
    () => (snap ? replyValuesFor({ snapshot: snap, settings, now, lang: replyLang }) : NO_VALUES),
    [snap, settings, now, replyLang],
  );
  const setReplyLang = (lang: Language) => {
    if (dialogueId) side.setState({ override: lang === detected ? null : { dialogueId, lang } });
  };
  return { snap, settings, uiLang, replies, replyLang, langChosen: override !== null, setReplyLang, values, now };
}
