import { describe, expect, it } from 'vitest';
import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import { repliesTriageCompute, withLearnedComplexity } from '../../../lib/compute/replies-triage';
import { channel } from '../fake-channel';
import { PREVIEW_MAX, type ReplyContextInput } from '../../../lib/replies/reply-view';
import { redactSecrets } from '../../../lib/secrets/detect';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Language, Reply } from '../../../lib/settings/schema';
import { emptyLearned, learnComplexity } from '../../../lib/triage/complexity';

const { repliesView, prepareInsert, rateComplexity } = repliesTriageCompute;

const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text, author: 'Anna' });

// A Wednesday noon in Moscow: no shift end, no weekend, so only the customer's words trigger.
const MIDWEEK = Date.parse('2024-03-13T09:00:00Z');
// Friday 15:00 Moscow.
const FRIDAY_AFTERNOON = Date.parse('2024-03-15T12:00:00Z');

const OUTAGE = 'The tracker is down, 502 Bad Gateway on every page, all our campaigns stopped!';
const PEM_BODY =
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB';
const KEY = `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`;

function context(messages: DialogueMessage[], patch: Partial<ReplyContextInput> & { replies?: Reply[] } = {}): ReplyContextInput {
  const { replies = [], ...rest } = patch;
  const { operator: op } = defaultSettings();
  return {
    snapshot: {
      id: '42',
      link: 'https://app.carrotquest.io/project/1/conversations/42',
      customer: { name: 'Ivan Petrov' },
      operator: 'Anna',
      messages,
    },
    settings: { operator: op, replies },
    uiLang: 'en',
    replyLang: null,
    now: MIDWEEK,
    ...rest,
  };
}

const view = (
  messages: DialogueMessage[],
  patch: Partial<ReplyContextInput> & {
    replies?: Reply[];
    query?: string;
    level?: 'simple' | 'complex' | 'critical' | 'proposal' | null;
    typed?: Record<string, Record<string, string>>;
  } = {},
) => {
  const { query = '', level = null, typed = {}, ...rest } = patch;
  return repliesView({ ...context(messages, rest), query, level, typed });
};

/** What crosses extension messaging: JSON. */
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** What the background does with a correction's text before it learns from it. */
const asStored = (text: string) => redactSecrets(text).slice(-8000);

describe('repliesView', () => {
  it('marks at most the two best replies in the picker as fitting now', () => {
    const v = view([customer('This is ridiculous!!! I want a refund, a discount and your SSH key, and tell me how your code works')], {
      level: 'critical',
      now: FRIDAY_AFTERNOON,
    });
    expect(v.suggested.length).toBeGreaterThan(2);
    const fitting = v.entries.filter((e) => e.reason).map((e) => e.id);
    expect(fitting).toEqual(v.suggested.slice(0, 2).map((s) => s.id));
  });

  it('puts the fitting reply first with its reason in both languages, and the rest in library order', () => {
    const v = view([operator('Hi! How can I help?'), customer('This is not what I expected. I want a refund for the licence.')]);
    expect(v.suggested.map((s) => s.id)).toEqual(['refund']);
    expect(v.suggested[0]).toMatchObject({ title: 'Refund', form: { ready: true, empty: false, ask: [] } });
    expect(v.suggested[0]?.reason.en).toMatch(/asks for a refund/);
    expect(v.suggested[0]?.reason.ru).toMatch(/Клиент просит вернуть деньги/);
    expect(v.entries.map((e) => e.id)).toEqual([
      'refund',
      'ack',
      'complex-hold',
      'no-compensation',
      'no-internals',
      'ssh-key',
      'access-tracker',
      'access-domains',
      'access-affiliate',
      'access-wordpress',
      'weekend',
      'continue-monday',
      'end-of-day',
      'estimate',
      'carp',
      'handover-senior',
      'stay-in-carrotquest',
    ]);
    expect(v.entries[0]?.reason).toEqual(v.suggested[0]?.reason);
    expect(v.entries[1]!.reason).toBeUndefined();
    expect(json(v)).toEqual(v);
  });

  it("gives titles in the sidebar's language and renders the replies in the customer's", () => {
    const messages = [customer('Добрый день! Не вижу статистику по кампании за вчера, подскажите, пожалуйста')];
    const v = view(messages, { uiLang: 'en' });
    expect(v.dialogueLang).toBe('ru');
    expect(v.replyLang).toBe('ru');
    const ack = v.entries.find((e) => e.id === 'ack')!;
    expect(ack.title).toBe('Request received');
    expect(ack.form.preview).toMatch(/^Ivan, спасибо, что написали!/);
    const chosen = view(messages, { uiLang: 'ru', replyLang: 'en' });
    expect(chosen.dialogueLang).toBe('ru');
    expect(chosen.replyLang).toBe('en');
    expect(chosen.entries.find((e) => e.id === 'ack')).toMatchObject({
      title: 'Запрос получен',
      form: { preview: expect.stringMatching(/^Hi Ivan, thanks/) },
    });
  });

  it('follows the complexity and the clock', () => {
    const messages = [customer('How do I set up the landing page rotation for two offers?')];
    expect(view(messages, { now: FRIDAY_AFTERNOON, level: 'simple' }).suggested.map((s) => s.id)).not.toContain('weekend');
    const complex = view(messages, { now: FRIDAY_AFTERNOON, level: 'complex' });
    expect(complex.suggested[0]?.id).toBe('weekend');
    expect(complex.suggested[0]?.reason.en).toMatch(/Friday after/);
  });

  it('searches in either language and reports no match as an empty list', () => {
    expect(view([customer('Hello')], { query: 'возв' }).entries[0]?.id).toBe('refund');
    expect(view([customer('Hello')], { query: 'ssh' }).entries[0]?.id).toBe('ssh-key');
    expect(view([customer('Hello')], { query: 'zzzqqq' }).entries).toEqual([]);
  });

  it('renders each form with what the operator typed for that reply', () => {
    const before = view([customer('When will the fix be ready?')], { query: 'estimate' }).entries[0];
    expect(before).toMatchObject({ id: 'estimate', form: { ask: ['estimate'], unresolved: ['estimate'], ready: false } });
    const after = view([customer('When will the fix be ready?')], { query: 'estimate', typed: { estimate: { estimate: '2 hours' } } })
      .entries[0];
    expect(after?.form).toMatchObject({ ask: ['estimate'], unresolved: [], ready: true });
    expect(after?.form.preview).toContain('about 6 hours');
    // Typed values belong to their reply only.
    const other = view([customer('Hi')], { query: 'estimate', typed: { ack: { estimate: '2 hours' } } }).entries[0];
    expect(other?.form.ready).toBe(false);
  });

  it('sends only the start of a long reply, with its length', () => {
    const long = 'x'.repeat(19_990) + ' the end.';
    const v = view([customer('Hello')], {
      replies: [{ id: 'manual', title: { en: 'Manual' }, text: { en: long }, keywords: [], enabled: true }],
      query: 'manual',
    });
    expect(v.entries[0]?.form.preview).toHaveLength(PREVIEW_MAX);
    expect(v.entries[0]?.form.previewLength).toBe(long.length);
  });

  it('names the secrets the customer pasted without passing them on', () => {
    const v = view([customer('Server access below'), operator('Thanks!'), customer(`here is the key\n${KEY}`)]);
    expect(v.secretWarnings).toEqual([{ kind: 'private-key', label: { ru: 'закрытый ключ', en: 'private key' }, messageIndex: 2 }]);
    expect(JSON.stringify(v)).not.toContain(PEM_BODY.slice(0, 20));
  });

  it("leaves out replies the team switched off and adds the team's own", () => {
    const off: Reply = { id: 'refund', title: {}, text: {}, keywords: [], enabled: false };
    const own: Reply = {
      id: 'order',
      title: { en: 'Order status' },
      text: { en: 'Order {orderId} is ready.' },
      keywords: ['order'],
      enabled: true,
    };
    const v = view([customer('I want a refund')], { replies: [off, own] });
    expect(v.suggested).toEqual([]);
    expect(v.entries.map((e) => e.id)).not.toContain('refund');
    expect(v.entries.at(-1)).toMatchObject({ id: 'order', title: 'Order status', form: { ask: ['orderId'], ready: false } });
  });
});

describe('prepareInsert', () => {
  const prepare = (replyId: string, typed: Record<string, string> = {}, patch: Partial<ReplyContextInput> & { replies?: Reply[] } = {}) =>
    prepareInsert({ ...context([customer('Hello, the report looks odd')], patch), replyId, typed });

  it('gives the whole text once nothing is missing', () => {
    const p = prepare('ack');
    expect(p).toMatchObject({ found: true, replyLang: 'en', form: { ready: true } });
    expect(p.found && p.text).toBe(
      "Hi Ivan, thanks for writing! We've got your request and are already looking into it. I'll get back to you as soon as we have results.",
    );
  });

  it('gives no text while a value is missing, and the text once it is typed', () => {
    const missing = prepare('estimate');
    expect(missing).toMatchObject({ found: true, text: null, form: { unresolved: ['estimate'] } });
    const unread = prepare('estimate', { estimate: 'whenever' });
    expect(unread).toMatchObject({ text: null, form: { unresolved: ['estimate'] } });
    expect(prepare('estimate', { estimate: '2 hours' })).toMatchObject({
      text: "We expect this to take about 6 hours. I'll keep you posted and write as soon as it's done.",
    });
  });

  it('uses the language the operator chose and ignores typed values the page already gives', () => {
    const own: Reply = {
      id: 'link',
      title: { en: 'Link' },
      text: { en: 'Link: {dialogueLink}', ru: 'Ссылка: {dialogueLink}' },
      keywords: [],
      enabled: true,
    };
    const p = prepare('link', { dialogueLink: 'https://evil.example/2' }, { replies: [own], replyLang: 'ru' });
    expect(p).toMatchObject({ found: true, replyLang: 'ru', text: 'Ссылка: https://app.carrotquest.io/project/1/conversations/42' });
  });

  it('inserts a long reply whole', () => {
    const long = 'x'.repeat(19_990) + ' the end.';
    const p = prepare(
      'manual',
      {},
      { replies: [{ id: 'manual', title: { en: 'Manual' }, text: { en: long }, keywords: [], enabled: true }] },
    );
    expect(p.found && p.text).toBe(long);
    expect(p.found && p.form.preview.length).toBe(PREVIEW_MAX);
  });

  it('says when there is no such reply, or it is switched off, or it has no text', () => {
    expect(prepare('nope')).toEqual({ found: false });
    expect(prepare('refund', {}, { replies: [{ id: 'refund', title: {}, text: {}, keywords: [], enabled: false }] })).toEqual({
      found: false,
    });
    expect(
      prepare('refund', {}, { replies: [{ id: 'refund', title: { en: 'Refund' }, text: { en: ' ' }, keywords: [], enabled: true }] }),
    ).toMatchObject({
      found: true,
      text: null,
      form: { empty: true },
    });
  });
});

describe('rateComplexity', () => {
  it("rates an outage critical and gives every level's playbook", () => {
    const r = rateComplexity({ messages: [operator('Hello! How can I help?'), customer(OUTAGE)] });
    expect(r.level).toBe('critical');
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.playbooks.map((p) => p.level)).toEqual(['simple', 'complex', 'critical', 'proposal']);
    const critical = r.playbooks.find((p) => p.level === 'critical')!;
    expect(critical.steps.map((s) => s.action)).toEqual(['ack', 'slack', 'jira', 'invite']);
    expect(critical.steps[0]).toMatchObject({
      replyId: 'ack',
      text: { en: expect.stringMatching(/right now/), ru: expect.stringMatching(/Сразу/) },
    });
    expect(r.feedbackText).toBe(OUTAGE);
    expect(json(r)).toEqual(r);
  });

  it('recognises a corrected dialogue as the background stores it, secrets and all', () => {
    const messages = [customer('Tracking is slow since yesterday. Admin login: boss, password: Hunter2-Secret')];
    const first = rateComplexity({ messages });
    expect(first.level).not.toBe('proposal');
    const learned = learnComplexity(undefined, asStored(first.feedbackText), 'proposal');
    const again = rateComplexity({ messages, learned });
    expect(again.level).toBe('proposal');
    expect(again.reasons[0]?.en).toBe('You already rated this dialogue proposal');
  });

  it('recognises a long corrected dialogue by the part the background keeps', () => {
    const messages = [
      customer(`Here is our whole setup: ${'campaign settings and offers, '.repeat(300)}`),
      customer('Since the last update postbacks from the network arrive with a delay of a few hours'),
    ];
    const first = rateComplexity({ messages });
    expect(first.feedbackText.length).toBeGreaterThan(8000);
    const learned = learnComplexity(emptyLearned(), asStored(first.feedbackText), 'critical');
    expect(rateComplexity({ messages, learned }).level).toBe('critical');
  });

  it('ignores a learned state it cannot read', () => {
    expect(rateComplexity({ messages: [customer(OUTAGE)], learned: { version: 99 } }).level).toBe('critical');
    expect(rateComplexity({ messages: [] }).level).toBe('simple');
  });
});

describe('withLearnedComplexity', () => {
  const text = 'Postbacks from the network arrive with a delay of a few hours';
  const messages = [customer(text)];

  it('rates with the state the background holds when the caller sends none', async () => {
    let loads = 0;
    const service = withLearnedComplexity(repliesTriageCompute, async () => {
      loads++;
      return learnComplexity(emptyLearned(), asStored(text), 'critical');
    });
    expect((await service.rateComplexity({ messages })).level).toBe('critical');
    expect(loads).toBe(1);
    // A state passed along wins.
    const simple = learnComplexity(emptyLearned(), asStored(text), 'simple');
    expect((await service.rateComplexity({ messages, learned: simple })).level).toBe('simple');
    expect(loads).toBe(1);
    expect(service.repliesView).toBe(repliesTriageCompute.repliesView);
  });

  it('rates by the rules alone when the state cannot be loaded', async () => {
    const service = withLearnedComplexity(repliesTriageCompute, () => {
      throw new Error('database closed');
    });
    expect((await service.rateComplexity({ messages: [customer(OUTAGE)] })).level).toBe('critical');
  });
});

describe('through the channel', () => {
  it("answers the sidebar's calls as the background registers them", async () => {
    const { service } = channel;
    const lang: Language = 'en';
    const v = await service.call('repliesView', {
      ...context([customer('I want a refund for the licence')]),
      uiLang: lang,
      level: null,
      query: '',
      typed: {},
    });
    expect(v.suggested[0]?.id).toBe('refund');
    const r = await service.call('rateComplexity', { messages: [customer(OUTAGE)] });
    expect(r.level).toBe('critical');
    const p = await service.call('prepareInsert', { ...context([customer('Hello')]), replyId: 'nope', typed: {} });
    expect(p).toEqual({ found: false });
  });
});
