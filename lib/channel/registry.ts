/**
 * The background's side of the channel: one table of handlers, each with who may send its message and
 * the shape its input must have. Every message passes the same gate before its handler runs.
 * Imported by the background only (it carries valibot).
 */
import * as v from 'valibot';
import type { BackgroundMessage, Input, Output } from './protocol';

/** What the browser says about where a message came from (`runtime.MessageSender`, the fields used). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; incognito?: boolean };
  /** The frame the message came from (0: the top frame). */
  frameId?: number;
}

/** The extension itself, as the gate compares senders against it. */
export interface Self {
  id: string;
  /** The extension's own origin with a trailing slash, `runtime.getURL('/')`. */
  origin: string;
}

/**
 * `content-script`: the sidebar in a panel tab. `extension-page`: the popup or the options page.
 * Anything else (another extension, a page without a tab) is foreign and refused.
 */
export type SenderKind = 'content-script' | 'extension-page' | 'foreign';

export function senderKind(sender: Sender | undefined, self: Self): SenderKind {
  if (!sender || sender.id !== self.id) return 'foreign';
  if (sender.url?.startsWith(self.origin)) return 'extension-page';
  if (sender.tab) return 'content-script';
  return 'foreign';
}

export interface Handler<K extends BackgroundMessage> {
  /** Whether the content script may send it; extension pages may send every message. */
  contentScript: boolean;
  /** The input's shape, checked before `handle` runs; the handler gets what the schema outputs. */
  input: v.GenericSchema;
  handle(input: Input<K>, sender: Sender): Output<K> | Promise<Output<K>>;
}

export type Handlers = { [K in BackgroundMessage]: Handler<K> };

/** Why a message was not handled: its text reaches the caller as the rejection's message. */
export class Refused extends Error {
  override name = 'Refused';
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}

/** Checks the sender and the input, then runs the handler. Throws `Refused` when either does not pass. */
export async function dispatch<K extends BackgroundMessage>(
  handlers: Handlers,
  type: K,
  data: unknown,
  sender: Sender | undefined,
  self: Self,
): Promise<Output<K>> {
  const handler = Object.hasOwn(handlers, type) ? (handlers[type] as Handler<K>) : undefined;
  if (!handler) throw new Refused(`${String(type)}: no such message`);
  const kind = senderKind(sender, self);
  if (kind === 'foreign') throw new Refused(`${type}: refused, the sender is not this extension`);
  if (kind === 'content-script' && !handler.contentScript)
    throw new Refused(`${type}: refused, only the extension's own pages may send it`);
  const parsed = v.safeParse(handler.input, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issuePath(issue);
    throw new Refused(`${type}: invalid input${where ? ` at ${where}` : ''}: ${issue.message}`);
  }
  return handler.handle(parsed.output as Input<K>, sender!);
}

/** `onMessage` of the background's messenger; its answer type is the protocol's, checked where handlers are typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OnMessage = (type: BackgroundMessage, listener: (message: { data: unknown; sender: Sender }) => Promise<any>) => () => void;

/**
 * Registers every handler of the table, synchronously: an MV3 worker woken by a message must find its
 * handler in place. Answers the functions that remove them.
 */
export function registerHandlers(handlers: Handlers, onMessage: OnMessage, self: Self): () => void {
  const removers = (Object.keys(handlers) as BackgroundMessage[]).map((type) =>
    onMessage(type, ({ data, sender }) => dispatch(handlers, type, data, sender, self)),
  );
  return () => removers.forEach((remove) => remove());
}
