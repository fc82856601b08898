/**
 * Making customer-written text inert in Slack.
 *
 * A draft reaches Slack in one of two ways, and each parses text differently:
 * - pasted into the Slack client, which turns a typed `@here`, `@channel` or `@name` into a
 *   mention (the client escapes a typed `<`, so `<!here>` is shown as typed there);
 * - posted through an incoming webhook, where `<!here>`, `<@U123>`, `<#C123>`,
 *   `<!subteam^S1>` and `<https://x|text>` are control sequences (Slack's "escaping text" rule:
 *   only `&`, `<` and `>` are to be escaped, as `&amp;`, `&lt;`, `&gt;`).
 * The draft is built in paste form (`inertForPaste` on every customer-derived string);
 * posting adds `escapeForWebhook` on top, so the same draft is safe both ways.
 */

/** U+2060: invisible and does not break the line, but stops Slack from reading a mention after `@`. */
export const WORD_JOINER = '\u2060';

/** U+02CB looks like a backtick but never opens or closes a Slack code block. */
export const BACKTICK_LOOKALIKE = '\u02CB';

const MENTION_START = /@(?!\u2060)/g;
// A WJ after `<` also stops `<!here>` and `<url|text>` should something ever parse pasted `<`.
const ANGLE_OPEN = /<(?!\u2060)/g;
const FENCE = /`{3,}/g;

/** Replaces runs of three or more backticks so customer text cannot open or close a code block. */
export function breakCodeFences(text: string): string {
  return text.replace(FENCE, (run) => BACKTICK_LOOKALIKE.repeat(run.length));
}

/**
 * Customer text that pings nobody and makes no links or code blocks when pasted into the Slack
 * client. Idempotent, so a string that went through it twice is unchanged the second time.
 * Every `@` is broken, emails included: a mention needs no space before it in every client,
 * and an invisible character in an email is a smaller harm than a ping to the whole channel.
 */
export function inertForPaste(text: string): string {
  return breakCodeFences(text)
    .replace(MENTION_START, '@' + WORD_JOINER)
    .replace(ANGLE_OPEN, '<' + WORD_JOINER);
}

/** Slack's own escaping for text sent through its API or a webhook: `&`, `<`, `>` and nothing else. */
export function escapeForWebhook(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
