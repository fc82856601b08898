/**
 * How much of a long draft is checked: its start and the text around the caret. Apart from the checks
 * themselves so the content script, which sends the draft to the background, carries only this.
 */

export const PREFIX_CHARS = 1500;
export const AROUND_CARET_CHARS = 1500;
/** The most that is checked (and sent) of a draft: the prefix, a separator and the caret's surroundings. */
export const DRAFT_SENT_MAX = PREFIX_CHARS + 1 + AROUND_CARET_CHARS * 2;

/** All of a short draft; the start and the caret's surroundings of a long one. Applying it twice changes nothing. */
export function checkedText(draft: string, caret = draft.length): string {
  if (draft.length <= DRAFT_SENT_MAX) return draft;
  const at = Math.min(Math.max(caret, 0), draft.length);
  const from = Math.max(PREFIX_CHARS, at - AROUND_CARET_CHARS);
  const to = Math.min(draft.length, from + AROUND_CARET_CHARS * 2);
  return `${draft.slice(0, PREFIX_CHARS)}\n${draft.slice(from, to)}`;
}
