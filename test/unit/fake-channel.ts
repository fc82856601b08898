/**
 * The one fake of the channel to the background, for every component and feature test. Each call goes
 * through the real handler table (lib/background/handlers.ts): the sender check and the payload schema
 * run as in the extension, the pure work (drafts, replies, ratings) is the real code, and arguments and
 * answers pass through JSON as extension messaging passes them, so a Date or a function crossing the
 * boundary fails here as it would there. What the background answers from its database goes to
 * `channel.database`, a mock the tests answer; tests can also hold answers back, release them in any
 * order, make a message fail, and set the learned complexity state the background holds.
 */
import { vi } from 'vitest';
import { backgroundHandlers, type BackgroundParts } from '../../lib/background/handlers';
import type { BackgroundMessage, Input, Output, Service } from '../../lib/channel/protocol';
import { dispatch, type Self, type Sender } from '../../lib/channel/registry';

export const SELF: Self = { id: 'sidekick-test-id', origin: 'chrome-extension://sidekick-test-id/' };
/** The sidebar: a content script in a panel tab. */
export const CONTENT_SCRIPT: Sender = { id: SELF.id, url: 'https://app.carrotquest.io/project/1/conversations/1', tab: { id: 3 } };
/** The options page or the popup. */
export const EXTENSION_PAGE: Sender = { id: SELF.id, url: `${SELF.origin}options.html` };

const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * Calls `handlers` as the extension's messaging would, from `sender` (the sidebar unless said): the sender
 * check and the payload schema run, and the input and the answer pass through JSON.
 */
export function callThrough(handlers: Parameters<typeof dispatch>[0], defaultSender: Sender = CONTENT_SCRIPT) {
  return async <K extends BackgroundMessage>(type: K, input: Input<K>, sender: Sender = defaultSender): Promise<Output<K>> =>
    wire(await dispatch(handlers, type, wire(input), sender, SELF)) as Output<K>;
}

// What crosses the wire is plain JSON whose shape each test knows; `any` lets a test read it as such.
export interface HeldCall {
  method: BackgroundMessage;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  input: any;
  /** Lets the answer (or the failure) reach the caller. */
  release(): void;
}

type Database = (method: BackgroundMessage, input: unknown) => Promise<unknown>;
const answerNothing: Database = async () => undefined;

function createChannel() {
  const database = vi.fn<Database>(answerNothing);
  const state = {
    /** The learned complexity state the background holds. */
    learned: undefined as unknown,
    /** Messages that fail, with the error's text. */
    failing: new Map<BackgroundMessage, string>(),
    /** While set, calls it returns true for wait in `held` until released. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    hold: null as ((method: BackgroundMessage, input: any) => boolean) | null,
    held: [] as HeldCall[],
    /** Every call the page made, in order, with its input as it arrived. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    calls: [] as { method: BackgroundMessage; input: any }[],
    /** Who the calls come from. */
    sender: CONTENT_SCRIPT,
  };
  const background: BackgroundParts = {
    recordSnapshot: (snapshot) => database('recordSnapshot', snapshot) as never,
    suggestTags: (input) => database('suggestTags', input) as never,
    retagging: (input) => void database('retagging', input),
    importHistory: (items) => database('importHistory', { items }) as never,
    knownTags: () => database('knownTags', undefined) as never,
    reloadModels: () => void database('reloadModels', undefined),
    getComplexityModel: async () => state.learned as never,
    setComplexity: (input) => database('setComplexity', input) as never,
    recordEscalation: (input) => database('recordEscalation', input) as never,
    updateEscalation: (input) => database('updateEscalation', input) as never,
    postWebhook: (input) => database('postWebhook', input) as never,
    saveTagModel: async () => true,
  };
  const handlers = backgroundHandlers(background);

  const call = vi.fn(async (method: BackgroundMessage, input?: unknown) => {
    const sent = wire(input);
    state.calls.push({ method, input: sent });
    if (state.hold?.(method, sent)) await new Promise<void>((release) => state.held.push({ method, input: sent, release }));
    const failure = state.failing.get(method);
    if (failure) throw new Error(failure);
    return wire(await dispatch(handlers, method, sent, state.sender, SELF));
  });

  return Object.assign(state, {
    database,
    handlers,
    call,
    service: { call } as unknown as Service,
    callsOf(method: BackgroundMessage) {
      return state.calls.filter((c) => c.method === method).map((c) => c.input);
    },
    reset() {
      state.learned = undefined;
      state.failing.clear();
      state.hold = null;
      state.held = [];
      state.calls = [];
      state.sender = CONTENT_SCRIPT;
      database.mockReset();
      database.mockImplementation(answerNothing);
      call.mockClear();
    },
  });
}

export const channel = createChannel();
