/**
 * The acknowledgement a critical dialogue gets the moment it is escalated ("request received, we
 * are on it"), in the customer's language and with the team's own wording when the team has one.
 */
import type { DialogueSnapshot } from '../carrotquest/snapshot';
import { dialogueLanguage, pickText } from '../replies/language';
import { BUILT_IN_REPLIES, mergeReplies } from '../replies/library';
import { replyValuesFor } from '../replies/values';
import { renderReply } from '../replies/variables';
import type { Language, Settings } from '../settings/schema';

export const ACK_REPLY_ID = 'ack';

export interface AckInput {
  snapshot: Pick<DialogueSnapshot, 'messages' | 'customer' | 'link' | 'operator'>;
  settings: Pick<Settings, 'replies' | 'operator'>;
  /** The operator's UI language: the answer's language when the customer's words do not tell. */
  uiLang: Language;
  now: Date;
}

export interface AckReply {
  text: string;
  lang: Language;
}

const VARIABLE = /\{([A-Za-z][A-Za-z0-9_]*)(?:\|([^{}\n]*))?\}/g;

/**
 * Removes the placeholders still in `text` for `missing` variables: a fallback written in the
 * template stands in, otherwise the placeholder goes, with the punctuation and spaces it leaves
 * tidied. The escalation inserts the reply in one click, so there is no form to ask for a value,
 * and a literal `{name}` must never reach the customer.
 */
export function dropMissingVariables(text: string, missing: readonly string[]): string {
  if (!missing.length) return text;
  return text
    .split('\n')
    .map((line) => {
      let removedAtStart = false;
      const replaced = line.replace(VARIABLE, (whole, name: string, fallback: string | undefined, at: number) => {
        if (!missing.includes(name)) return whole;
        if (fallback !== undefined && fallback.trim()) return fallback;
        if (!line.slice(0, at).trim()) removedAtStart = true;
        return '';
      });
      if (replaced === line) return line;
      let tidy = replaced
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/[ \t]+([,.!?;:])/g, '$1')
        .replace(/([,;:])(?=[,.!?;:])/g, '')
        .trimEnd();
      if (removedAtStart) {
        tidy = tidy.replace(/^[ \t]*[,;:.!?—–-]*[ \t]*/, '');
        tidy = tidy.charAt(0).toLocaleUpperCase() + tidy.slice(1);
      }
      return tidy;
    })
    .join('\n');
}

/** The acknowledgement to insert, or null when the team switched the reply off or left it empty. */
export function ackReply(input: AckInput): AckReply | null {
  const reply = mergeReplies(BUILT_IN_REPLIES, input.settings.replies).find((r) => r.id === ACK_REPLY_ID);
  if (!reply) return null;
  const lang = dialogueLanguage(input.snapshot.messages, input.uiLang);
  const template = pickText(reply, lang);
  if (!template.trim()) return null;
  const values = replyValuesFor({ snapshot: input.snapshot, settings: input.settings, now: input.now, lang });
  const { text, missing } = renderReply(template, values);
  return { text: dropMissingVariables(text, missing), lang };
}
