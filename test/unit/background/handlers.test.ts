import { describe, expect, it, vi } from 'vitest';
import { backgroundHandlers } from '../../../lib/background/handlers';
import { createBackgroundService } from '../../../lib/background/service-impl';
import { db } from '../../../lib/db/database';
import type { DialogueMessage, DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { backgroundMessenger, service as pageService } from '../../../lib/channel/client';
import type { BackgroundMessage } from '../../../lib/channel/protocol';
import { dispatch, registerHandlers, Refused, senderKind, type Sender } from '../../../lib/channel/registry';
import { redactSecrets } from '../../../lib/secrets/detect';
import { defaultSettings } from '../../../lib/settings/defaults';
import { emptyLearned, learnComplexity } from '../../../lib/triage/complexity';
import { callThrough, CONTENT_SCRIPT, EXTENSION_PAGE, SELF } from '../fake-channel';
import { makeSnapshot } from '../make-snapshot';

const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
const OUTAGE = 'The tracker is down, 502 Bad Gateway on every page, all our campaigns stopped!';
const OTHER_EXTENSION: Sender = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

/** The real background (fake IndexedDB, fake browser storage) behind the real handler table. */
function background() {
  const handlers = backgroundHandlers(createBackgroundService());
  return { handlers, call: callThrough(handlers) };
}

const snapshot = (over: Partial<DialogueSnapshot> = {}) =>
  makeSnapshot({
    messages: [customer('I want a refund for the licence'), { fromCustomer: false, text: 'Looking', author: 'Anna' }],
    ...over,
  });

describe('the background through the one channel', () => {
  it('records a snapshot and answers the stored state', async () => {
    const { call } = background();
    const snap = snapshot();
    const state = await call('recordSnapshot', snap);
    expect(state.record?.id).toBe(snap.id);
    expect(state.escalation).toBeNull();
    expect(await call('recordSnapshot', { ...snap, id: null })).toEqual({
      record: null,
      escalation: null,
      newCustomerMessagesSinceEscalation: 0,
    });
  });

  it("carries the tags' age across: a tab that still shows the old tags does not undo a change, and makes no events", async () => {
    const { call } = background();
    const first = snapshot({ tags: [], readAt: 10, tagsSince: 10 });
    await call('recordSnapshot', first);
    expect((await call('recordSnapshot', { ...first, tags: ['refund'], readAt: 50, tagsSince: 50 })).record?.tags).toEqual(['refund']);
    // Another tab, open since before the change, sends a newer read with the old tags.
    const stale = await call('recordSnapshot', { ...first, tags: [], readAt: 60, tagsSince: 20, pageIdAgrees: true });
    expect(stale.record?.tags).toEqual(['refund']);
    expect(stale.record?.tagsAt).toBe(50);
    expect(stale.record?.seenAt).toBe(60);
  });

  it('learns a history from the options page, lists its tags and suggests them', async () => {
    const { call } = background();
    const items = [
      { messages: [customer('ssl certificate is not issued for my domain')], tags: ['domains-ssl'] },
      { messages: [customer('the ssl certificate expired on the domain')], tags: ['domains-ssl'] },
      { messages: [customer('I want my money back, refund please')], tags: ['refund'] },
      { messages: [customer('please refund the licence payment')], tags: ['refund'] },
    ];
    const learned = await call('importHistory', { items }, EXTENSION_PAGE);
    expect(learned.learned).toBe(4);
    expect((await call('knownTags', undefined, EXTENSION_PAGE)).sort()).toEqual(['domains-ssl', 'refund']);
    const suggested = await call('suggestTags', { messages: [customer('ssl certificate for the domain is not issued')] });
    expect(suggested.suggestions[0]?.name).toBe('domains-ssl');
    await call('reloadModels', undefined, EXTENSION_PAGE);
    expect((await call('knownTags', undefined, EXTENSION_PAGE)).sort()).toEqual(['domains-ssl', 'refund']);
  });

  it('stores a corrected complexity and rates with it', async () => {
    const { call } = background();
    const messages = [customer('Postbacks from the network arrive with a delay of a few hours')];
    const first = await call('rateComplexity', { messages });
    expect(first.level).not.toBe('proposal');
    const snap = snapshot({ messages });
    await call('recordSnapshot', snap);
    await call('setComplexity', { dialogueId: snap.id!, level: 'proposal', text: first.feedbackText });
    expect((await call('rateComplexity', { messages })).level).toBe('proposal');
    expect((await call('recordSnapshot', snap)).record?.complexity).toMatchObject({ level: 'proposal', source: 'operator' });
  });

  it('offers "Tag again" for a new question on a topic the dialogue is tagged with, and a retag teaches no negative', async () => {
    const { call } = background();
    const items = [0, 1, 2, 3, 4, 5].flatMap((i) => [
      { messages: [customer(`I want my money back, refund please ${i}`)], tags: ['refund'] },
      { messages: [customer(`the ssl certificate for my domain is not issued ${i}`)], tags: ['domains-ssl'] },
    ]);
    await call('importHistory', { items }, EXTENSION_PAGE);
    const asked = (time: string) => [customer('I want a refund for the licence'), { ...customer('refund please, the money back'), time }];
    vi.useFakeTimers({ now: Date.parse('2026-11-27T10:00:00Z'), toFake: ['Date'] });
    try {
      const snap = snapshot({ tags: ['refund'], messages: asked('2026-11-27T09:00:00Z') });
      await call('recordSnapshot', snap); // the tag is first seen (added) at 10:00
      const before = await call('suggestTags', { messages: snap.messages, dialogueId: snap.id!, tags: snap.tags });
      expect(before.suggestions[0]?.name).toBe('refund');
      expect(before.confident).toBe(true);
      expect(before.retag).toBeUndefined();
      const later = asked('2026-11-27T10:05:00Z');
      expect((await call('suggestTags', { messages: later, dialogueId: snap.id!, tags: snap.tags })).retag).toBe('refund');
      // Without the dialogue's id and tags (the reminder asks so), nothing of the kind.
      expect((await call('suggestTags', { messages: later })).retag).toBeUndefined();

      // The retag: the removal and the re-add are recorded as tag events; the model learns no negative from it.
      const confidence = async () =>
        (await call('suggestTags', { messages: later })).suggestions.find((x) => x.name === 'refund')?.confidence ?? 0;
      const start = await confidence();
      vi.setSystemTime(Date.parse('2026-11-27T10:06:00Z'));
      await call('retagging', { dialogueId: snap.id!, tag: 'refund' });
      await call('recordSnapshot', { ...snap, messages: later, tags: [], readAt: 2, tagsSince: 2 });
      await call('recordSnapshot', { ...snap, messages: later, tags: ['refund'], readAt: 3, tagsSince: 3 });
      const events = await db().tagEvents.where('dialogueId').equals(snap.id!).toArray();
      expect(events.map((e) => e.action)).toEqual(['add', 'remove', 'add']);
      const afterRetag = await confidence();
      expect(afterRetag).toBeGreaterThanOrEqual(start);
      expect((await call('suggestTags', { messages: later, dialogueId: snap.id!, tags: ['refund'] })).retag).toBeUndefined();
      // An ordinary removal is a correction: the model learns from it.
      await call('recordSnapshot', { ...snap, messages: later, tags: [], readAt: 4, tagsSince: 4 });
      expect(await confidence()).toBeLessThan(afterRetag);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the duty day’s playbook on the team’s duty day: #tech-questions for critical dialogues only', async () => {
    const { call } = background();
    const messages = [customer(OUTAGE)];
    vi.useFakeTimers({ now: Date.parse('2024-03-16T09:00:00Z'), toFake: ['Date'] }); // Saturday, 12:00 in Moscow
    try {
      const saturday = await call('rateComplexity', { messages });
      const steps = (level: string, view = saturday) => view.playbooks.find((p) => p.level === level)!.steps.map((s) => s.action);
      expect(steps('critical')).toContain('slack');
      expect(steps('complex')).toEqual(['ack', 'search', 'team', 'jira']);
      expect(saturday.playbooks.find((p) => p.level === 'complex')!.steps[0]!.replyId).toBe('continue-monday');
      vi.setSystemTime(Date.parse('2024-03-13T09:00:00Z')); // Wednesday
      expect(steps('complex', await call('rateComplexity', { messages }))).not.toContain('jira');
    } finally {
      vi.useRealTimers();
    }
  });

  it('records and updates an escalation, and reports the webhook off', async () => {
    const { call } = background();
    const snap = snapshot();
    await call('recordSnapshot', snap);
    const saved = await call('recordEscalation', { dialogueId: snap.id!, summary: 'Refund asked', customerMessageCount: 1 });
    expect(saved).toMatchObject({ dialogueId: snap.id, summary: 'Refund asked' });
    const updated = await call('updateEscalation', { id: saved.id!, jiraKey: 'SUPPORT-5' });
    expect(updated).toMatchObject({ id: saved.id, jiraKey: 'SUPPORT-5' });
    expect((await call('recordSnapshot', snap)).escalation?.jiraKey).toBe('SUPPORT-5');
    expect(await call('postWebhook', { text: '{"text":"hi"}' })).toBe('webhook is off in settings');
  });

  it('builds the escalation panel, the new details, the state line and checks pasted links', async () => {
    const { call } = background();
    const { slack, jira, replies, operator } = defaultSettings();
    const snap = snapshot({ messages: [customer(OUTAGE)] });
    const dialogue = {
      id: snap.id,
      link: snap.link,
      customer: snap.customer,
      messages: snap.messages,
      tags: snap.tags,
      operator: snap.operator,
    };
    const start = await call('escalationStart', {
      dialogue,
      settings: { slack, jira, replies, operator },
      lang: 'en',
      jiraRef: null,
      acknowledge: true,
      now: Date.now(),
    });
    expect(start.panel.draftText).toContain('502 Bad Gateway');
    expect(start.ack?.text.length).toBeGreaterThan(0);
    const panel = await call('escalationPanel', {
      dialogue,
      choices: { ...start.choices, problemLine: 'Tracker down' },
      settings: { slack, jira },
      lang: 'en',
      jiraRef: null,
    });
    expect(panel.draftText).toContain('Tracker down');
    const details = await call('escalationNewDetails', {
      messages: [...snap.messages, customer('Still down, now also 504')],
      escalation: { customerMessageCount: 1 },
      sinceCount: 1,
      includedSecrets: [],
      lang: 'en',
    });
    expect(details.text).toContain('504');
    expect(await call('escalationLine', { record: { at: Date.now(), jiraKey: 'SUPPORT-1' }, now: Date.now(), lang: 'en' })).toContain(
      'SUPPORT-1',
    );
    expect(await call('escalationRefs', { slack: 'hello', jira: 'hello', jiraSettings: { baseUrl: '', projectKey: 'SUPPORT' } })).toEqual({
      slackRef: null,
      jiraRef: null,
    });
  });

  it('renders replies for the sidebar', async () => {
    const { call } = background();
    const snap = snapshot();
    const { operator, replies } = defaultSettings();
    const context = {
      snapshot: snap,
      settings: { operator, replies },
      uiLang: 'en' as const,
      replyLang: null,
      now: Date.parse('2024-03-13T09:00:00Z'),
    };
    const view = await call('repliesView', { ...context, level: null, query: '', typed: {} });
    expect(view.suggested[0]?.id).toBe('refund');
    const prepared = await call('prepareInsert', { ...context, replyId: 'refund', typed: {} });
    expect(prepared).toMatchObject({ found: true });
    expect(await call('prepareInsert', { ...context, replyId: 'nope', typed: {} })).toEqual({ found: false });
  });
});

describe('who may send what', () => {
  it('tells the sidebar, the extension pages and everyone else apart', () => {
    expect(senderKind(CONTENT_SCRIPT, SELF)).toBe('content-script');
    expect(senderKind(EXTENSION_PAGE, SELF)).toBe('extension-page');
    expect(senderKind(OTHER_EXTENSION, SELF)).toBe('foreign');
    expect(senderKind({ id: SELF.id }, SELF)).toBe('foreign');
    expect(senderKind(undefined, SELF)).toBe('foreign');
  });

  it("refuses the options page's messages from a content script, before the handler runs", async () => {
    const service = createBackgroundService();
    const importHistory = vi.spyOn(service, 'importHistory');
    const reloadModels = vi.spyOn(service, 'reloadModels');
    const handlers = backgroundHandlers(service);
    await expect(dispatch(handlers, 'importHistory', { items: [] }, CONTENT_SCRIPT, SELF)).rejects.toThrow(
      /importHistory: refused, only the extension's own pages/,
    );
    await expect(dispatch(handlers, 'reloadModels', undefined, CONTENT_SCRIPT, SELF)).rejects.toThrow(Refused);
    await expect(dispatch(handlers, 'knownTags', undefined, CONTENT_SCRIPT, SELF)).rejects.toThrow(Refused);
    // The copy of the server's conversations is the popup's and the options page's, never the panel's.
    await expect(dispatch(handlers, 'apiSync', { wait: false }, CONTENT_SCRIPT, SELF)).rejects.toThrow(Refused);
    await expect(dispatch(handlers, 'apiTeamView', { sync: false }, CONTENT_SCRIPT, SELF)).rejects.toThrow(Refused);
    expect(importHistory).not.toHaveBeenCalled();
    expect(reloadModels).not.toHaveBeenCalled();
    await expect(dispatch(handlers, 'importHistory', { items: [] }, EXTENSION_PAGE, SELF)).resolves.toMatchObject({ learned: 0 });
  });

  it('refuses every message from another extension', async () => {
    const { handlers } = background();
    for (const type of Object.keys(handlers) as BackgroundMessage[]) {
      await expect(dispatch(handlers, type, undefined, OTHER_EXTENSION, SELF), type).rejects.toThrow(
        /refused, the sender is not this extension/,
      );
    }
  });

  it('refuses a message nobody handles', async () => {
    const { handlers } = background();
    await expect(dispatch(handlers, 'toString' as BackgroundMessage, undefined, EXTENSION_PAGE, SELF)).rejects.toThrow(/no such message/);
  });
});

describe('payload checks', () => {
  it('refuses a payload of the wrong shape before the handler runs, naming the field', async () => {
    const service = createBackgroundService();
    const setComplexity = vi.spyOn(service, 'setComplexity');
    const recordSnapshot = vi.spyOn(service, 'recordSnapshot');
    const handlers = backgroundHandlers(service);
    await expect(dispatch(handlers, 'setComplexity', { dialogueId: '1', level: 'urgent', text: '' }, CONTENT_SCRIPT, SELF)).rejects.toThrow(
      /setComplexity: invalid input at level/,
    );
    await expect(dispatch(handlers, 'recordSnapshot', { ...snapshot(), messages: 'hello' }, CONTENT_SCRIPT, SELF)).rejects.toThrow(
      /recordSnapshot: invalid input at messages/,
    );
    await expect(dispatch(handlers, 'recordSnapshot', { ...snapshot(), missing: ['notAKey'] }, CONTENT_SCRIPT, SELF)).rejects.toThrow(
      /invalid input at missing\.0/,
    );
    await expect(dispatch(handlers, 'suggestTags', null, CONTENT_SCRIPT, SELF)).rejects.toThrow(/suggestTags: invalid input/);
    expect(setComplexity).not.toHaveBeenCalled();
    expect(recordSnapshot).not.toHaveBeenCalled();
  });

  it('hands the handler only what the schema knows: the page cannot send the learned rating state', async () => {
    const { call } = background();
    const messages = [customer(OUTAGE)];
    const first = await call('rateComplexity', { messages });
    expect(first.level).toBe('critical');
    // A learned state that would rate this dialogue a proposal, had the page been allowed to send it.
    const learned = learnComplexity(emptyLearned(), redactSecrets(first.feedbackText).slice(-8000), 'proposal');
    const view = await call('rateComplexity', { messages, learned } as never);
    expect(view.level).toBe('critical');
  });
});

describe('registration', () => {
  it('puts every handler on the messenger, behind the gate', async () => {
    const listeners = new Map<string, (m: { data: unknown; sender: Sender }) => Promise<unknown>>();
    const remove = vi.fn();
    const stop = registerHandlers(
      backgroundHandlers(createBackgroundService()),
      (type, listener) => {
        listeners.set(type, listener);
        return remove;
      },
      SELF,
    );
    expect([...listeners.keys()].sort()).toEqual(Object.keys(backgroundHandlers(createBackgroundService())).sort());
    await expect(
      listeners.get('rateComplexity')!({ data: { messages: [customer(OUTAGE)] }, sender: CONTENT_SCRIPT }),
    ).resolves.toMatchObject({ level: 'critical' });
    await expect(listeners.get('knownTags')!({ data: undefined, sender: CONTENT_SCRIPT })).rejects.toThrow(Refused);
    stop();
    expect(remove).toHaveBeenCalledTimes(listeners.size);
  });

  it('answers over extension messaging only callers it knows', async () => {
    // The fake browser sends messages with an empty sender, which is nobody the gate knows.
    const stop = registerHandlers(backgroundHandlers(createBackgroundService()), backgroundMessenger.onMessage, SELF);
    try {
      await expect(pageService.call('rateComplexity', { messages: [customer(OUTAGE)] })).rejects.toThrow(
        /refused, the sender is not this extension/,
      );
    } finally {
      stop();
    }
  });
});
