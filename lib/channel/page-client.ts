import { browser } from 'wxt/browser';
import type { Service, TabProtocol } from './protocol';

/**
 * The content script's end of the channel. It speaks the wire format of `@webext-core/messaging`, which
 * the background listens with (`lib/channel/client.ts`): a request is `{id, type, data, timestamp}`, an
 * answer `{res}` or `{err}` (a serialized error, of which the message is what the page needs). The library
 * and its error serializer stay out of the page's bundle, and this end needs no polyfill: it sends with
 * the promise-returning `runtime.sendMessage` and answers the background through `sendResponse`.
 */
interface Request {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

interface Answer {
  res?: unknown;
  err?: { message?: unknown; name?: unknown } | null;
}

let nextId = Math.floor(Math.random() * 1e4);

function isRequest(message: unknown): message is Request {
  const m = message as Partial<Request> | null;
  return typeof m === 'object' && m !== null && typeof m.type === 'string' && typeof m.timestamp === 'number';
}

/** The error an `{err}` answer carries, as the library would rebuild it: its message and name. */
export function answerError(err: NonNullable<Answer['err']>): Error {
  const error = new Error(typeof err.message === 'string' ? err.message : 'The background failed');
  if (typeof err.name === 'string') error.name = err.name;
  return error;
}

/** What one `runtime.sendMessage` answer means: the value, or the error thrown. */
export function readAnswer(answer: unknown): unknown {
  const a = answer as Answer | undefined | null;
  if (typeof a !== 'object' || a === null) throw new Error('No response');
  if (a.err != null) throw answerError(a.err);
  return a.res;
}

/** The background, as the sidebar and the page tools reach it. */
export const pageService: Service = {
  call: async (type, ...input) => {
    const request: Request = { id: nextId++, type, data: input[0], timestamp: Date.now() };
    return readAnswer(await browser.runtime.sendMessage(request)) as never;
  },
};

type TabInput<K extends keyof TabProtocol> = Parameters<TabProtocol[K]> extends [infer I] ? I : undefined;

/**
 * Answers the background's `tabMessenger.sendMessage(type, ...)` in this tab. Returns the function that stops.
 * A failure of `handle` goes back to the background as an `{err}` answer, never into the panel's console.
 */
export function onTabMessage<K extends keyof TabProtocol>(
  type: K,
  handle: (data: TabInput<K>) => ReturnType<TabProtocol[K]> | Promise<ReturnType<TabProtocol[K]>>,
): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: Answer) => void) => {
    if (!isRequest(message) || message.type !== type) return false;
    Promise.resolve()
      .then(() => handle(message.data as TabInput<K>))
      .then(
        (res) => sendResponse({ res }),
        (e: unknown) => sendResponse({ err: { message: e instanceof Error ? e.message : String(e) } }),
      );
    // Keeps the channel open for the answer (Chrome needs this; Firefox accepts it).
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
