import { describe, expect, it } from 'vitest';
import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import { replyTriggers, secretWarnings, type TriggerInput } from '../../../lib/replies/triggers';
import { defaultSettings } from '../../../lib/settings/defaults';

const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text });

// Wednesday 2024-03-13 12:00 Moscow: mid-shift, mid-week, so only the words matter.
const MIDWEEK = new Date('2024-03-13T09:00:00Z');
const settings = defaultSettings();

const ids = (input: Partial<TriggerInput> & { messages: DialogueMessage[] }) =>
  replyTriggers({ complexity: 'simple', now: MIDWEEK, settings, ...input }).map((t) => t.replyId);

describe('replyTriggers: what the customer asks', () => {
  it.each([
    'Верните деньги, трекер нам не подошёл',
    'Хочу оформить возврат средств за лицензию',
    'I want a refund for the licence',
    'Can I get my money back? We are not using it',
  ])('refund first: %s', (text) => {
    expect(ids({ messages: [customer(text)] })[0]).toBe('refund');
  });

  it('puts CARP first for an angry customer, the refund right after', () => {
    expect(ids({ messages: [customer('If this is not fixed today I will file a chargeback')] }).slice(0, 2)).toEqual(['carp', 'refund']);
  });

  it('explains the refund reason with the customer words', () => {
    const [first] = replyTriggers({
      messages: [customer('Добрый день. Верните деньги пожалуйста')],
      complexity: 'simple',
      now: MIDWEEK,
      settings,
    });
    expect(first?.reason.ru).toContain('Верните деньги');
    expect(first?.reason.en).toMatch(/refund/);
  });

  it.each([
    'Дайте скидку на продление, раз у вас был сбой',
    'We expect some compensation for the downtime',
    'Could you add a few extra days to our licence?',
  ])('no-compensation: %s', (text) => {
    expect(ids({ messages: [customer(text)] })[0]).toBe('no-compensation');
  });

  it.each([
    'Пришлите ваш публичный ключ, я добавлю его на сервер',
    'Send me your SSH key and I will give you access',
    'What is your public key?',
    'Какой ssh ключ добавить в authorized_keys?',
  ])('ssh-key: %s', (text) => {
    expect(ids({ messages: [customer(text)] })[0]).toBe('ssh-key');
  });

  it.each([
    'Можно получить исходный код модуля распределения трафика?',
    'Какой алгоритм используется для определения ботов?',
    'Расскажите, как устроено внутри хранение кликов',
    'Can you share the database schema? We want to query ClickHouse directly',
    'How does the rotation work internally?',
  ])('no-internals: %s', (text) => {
    expect(ids({ messages: [customer(text)] })[0]).toBe('no-internals');
  });

  it.each([
    'ЭТО ПРОСТО БЕЗОБРАЗИЕ, ТРЕКЕР ОПЯТЬ ЛЕЖИТ',
    'Это безобразие, третий день жду ответа!!!',
    'This is unacceptable. Worst support ever!!',
    'are you kidding me? nothing works and nobody answers',
  ])('carp: %s', (text) => {
    expect(ids({ messages: [customer(text)] })).toContain('carp');
    expect(ids({ messages: [customer(text)] })[0]).toBe('carp');
  });

  it('suggests a senior teammate on threats', () => {
    expect(ids({ messages: [customer('This is a scam, my lawyer will contact you')] })).toContain('handover-senior');
  });

  it('suggests nothing for a calm ordinary question', () => {
    expect(ids({ messages: [customer('Подскажите, как добавить новый источник трафика?')] })).toEqual([]);
    expect(ids({ messages: [customer('How do I add a new offer to a campaign?')] })).toEqual([]);
  });

  it('does not take a refusal as a request', () => {
    expect(ids({ messages: [customer("I don't want a refund, just fix the redirect")] })).not.toContain('refund');
  });

  it('counts only the customer', () => {
    expect(ids({ messages: [operator('We do not offer refunds or discounts.'), customer('ok, thanks')] })).toEqual([]);
  });

  it('lets the latest message outrank an older one', () => {
    const messages = [
      customer('Верните деньги!'),
      operator('Возвратов нет, давайте разберёмся'),
      customer('Ладно. Тогда пришлите ваш публичный ssh ключ'),
    ];
    expect(ids({ messages }).slice(0, 2)).toEqual(['ssh-key', 'refund']);
  });
});

describe('replyTriggers: the clock and the level', () => {
  // Friday 2024-03-15 15:00 Moscow.
  const FRIDAY_AFTERNOON = new Date('2024-03-15T12:00:00Z');

  it('Friday afternoon with a complex dialogue suggests weekend first', () => {
    const got = replyTriggers({
      messages: [customer('Статистика расходится с партнёркой')],
      complexity: 'complex',
      now: FRIDAY_AFTERNOON,
      settings,
    });
    expect(got[0]?.replyId).toBe('weekend');
    expect(got[0]?.reason.en).toMatch(/Friday/);
  });

  it('not for a simple question, and not on Friday morning', () => {
    expect(ids({ messages: [customer('Где посмотреть версию?')], complexity: 'simple', now: FRIDAY_AFTERNOON })).not.toContain('weekend');
    expect(ids({ messages: [customer('x')], complexity: 'complex', now: new Date('2024-03-15T07:00:00Z') })).not.toContain('weekend');
  });

  it('not over a critical dialogue: that one is solved now, whatever the day', () => {
    expect(
      ids({ messages: [customer('Трекер не открывается')], complexity: 'critical', now: new Date('2024-03-16T09:00:00Z') }),
    ).not.toContain('weekend');
    expect(ids({ messages: [customer('Трекер не открывается')], complexity: 'critical', now: FRIDAY_AFTERNOON })).not.toContain('weekend');
  });

  it("at the weekend only outside the operator's own shift", () => {
    // Sunday 2024-03-17, 15:00 Moscow.
    const sunday = new Date('2024-03-17T12:00:00Z');
    const onDuty = { ...settings, operator: { ...settings.operator, shifts: [{ days: [7], start: '10:00', end: '19:00' }] } };
    const messages = [customer('Статистика расходится с партнёркой')];
    expect(replyTriggers({ messages, complexity: 'complex', now: sunday, settings: onDuty }).map((t) => t.replyId)).not.toContain(
      'weekend',
    );
    expect(ids({ messages, complexity: 'complex', now: sunday })).toContain('weekend');
  });

  it('not on Friday afternoon when the operator works on Saturday (a regular day, not a duty one)', () => {
    const saturdayDuty = {
      ...settings,
      operator: { ...settings.operator, shifts: [{ days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '18:00' }] },
      playbook: { waitMinutes: 5, dutyDays: [] },
    };
    const got = replyTriggers({
      messages: [customer('Статистика расходится')],
      complexity: 'complex',
      now: FRIDAY_AFTERNOON,
      settings: saturdayDuty,
    });
    expect(got.map((t) => t.replyId)).not.toContain('weekend');
  });

  it('a complex dialogue from 15:00 on Friday puts the start of next week first, above what the customer asks for', () => {
    // Friday 15 March 2024, 15:00 and 14:59 in Moscow; the default Saturday is a duty day, so nothing moves to it.
    const messages = [customer('Хочу вернуть деньги, статистика расходится с партнёркой')];
    const late = replyTriggers({ messages, complexity: 'complex', now: new Date('2024-03-15T12:00:00Z'), settings });
    expect(late[0]?.replyId).toBe('weekend');
    expect(late[0]?.reason.ru).toMatch(/Пятница после 15:00/);
    expect(late[0]?.reason.en).toMatch(/Friday after 15:00/);
    const earlier = replyTriggers({ messages, complexity: 'complex', now: new Date('2024-03-15T11:59:00Z'), settings });
    expect(earlier[0]?.replyId).toBe('refund');
    // A Saturday duty shift of the operator's own does not change it either.
    const saturday = { ...settings, operator: { ...settings.operator, shifts: [{ days: [6], start: '10:00', end: '18:00', duty: true }] } };
    const withDuty = replyTriggers({ messages, complexity: 'complex', now: new Date('2024-03-15T12:00:00Z'), settings: saturday });
    expect(withDuty[0]?.replyId).toBe('weekend');
    // The operator's zone decides: 15:00 in Moscow is 13:00 in Berlin.
    const berlin = { ...settings, operator: { ...settings.operator, timeZone: 'Europe/Berlin' } };
    expect(replyTriggers({ messages, complexity: 'complex', now: new Date('2024-03-15T12:00:00Z'), settings: berlin })[0]?.replyId).toBe(
      'refund',
    );
  });

  it('on a duty day a complex dialogue is offered "we will continue on Monday", a critical one is not', () => {
    // Saturday 16 March 2024, 12:00 in Moscow, on the operator's Saturday duty shift.
    const saturday = new Date('2024-03-16T09:00:00Z');
    const onDuty = { ...settings, operator: { ...settings.operator, shifts: [{ days: [6], start: '10:00', end: '18:00' }] } };
    const messages = [customer('Статистика расходится с партнёркой')];
    const complex = replyTriggers({ messages, complexity: 'complex', now: saturday, settings: onDuty });
    expect(complex[0]?.replyId).toBe('continue-monday');
    expect(complex[0]?.reason.ru).toMatch(/Дежурный день/);
    expect(complex[0]?.reason.en).toMatch(/Duty day/);
    expect(replyTriggers({ messages, complexity: 'critical', now: saturday, settings: onDuty }).map((t) => t.replyId)).not.toContain(
      'continue-monday',
    );
    // Not on a weekday, and the duty days are the team's: Sunday when they say so.
    expect(ids({ messages, complexity: 'complex' })).not.toContain('continue-monday');
    const sundayTeam = { ...onDuty, playbook: { waitMinutes: 5, dutyDays: [7] } };
    expect(replyTriggers({ messages, complexity: 'complex', now: saturday, settings: sundayTeam }).map((t) => t.replyId)).not.toContain(
      'continue-monday',
    );
    expect(
      replyTriggers({ messages, complexity: 'complex', now: new Date('2024-03-17T09:00:00Z'), settings: sundayTeam }).map((t) => t.replyId),
    ).toContain('continue-monday');
  });

  it('puts CARP above the weekend notice and the acknowledgement for an angry customer', () => {
    const got = ids({
      messages: [customer('This is ridiculous!!! Nothing works, worst support ever')],
      complexity: 'complex',
      now: new Date('2024-03-16T09:00:00Z'),
    });
    expect(got[0]).toBe('carp');
  });

  it('suggests end-of-day in the last 30 minutes of the shift, with the next day in the reason', () => {
    const got = replyTriggers({
      messages: [customer('Есть новости?')],
      complexity: 'complex',
      now: new Date('2024-03-14T14:40:00Z'),
      settings,
    });
    const eod = got.find((t) => t.replyId === 'end-of-day');
    expect(eod?.reason.ru).toContain('завтра');
    const friday = replyTriggers({
      messages: [customer('Есть новости?')],
      complexity: 'complex',
      now: new Date('2024-03-15T14:35:00Z'),
      settings,
    });
    expect(friday.find((t) => t.replyId === 'end-of-day')?.reason.en).toContain('on Monday');
    expect(ids({ messages: [customer('Есть новости?')], now: new Date('2024-03-14T12:00:00Z') })).not.toContain('end-of-day');
  });

  it('asks for the accesses the problem needs', () => {
    expect(ids({ messages: [customer('SSL на домене не выпускается')], complexity: 'complex' })).toContain('access-domains');
    expect(ids({ messages: [customer('The WordPress plugin stopped sending clicks')], complexity: 'complex' })).toContain(
      'access-wordpress',
    );
    expect(ids({ messages: [customer('Постбэки из партнёрки не доходят')], complexity: 'critical' })).toContain('access-affiliate');
    expect(ids({ messages: [customer('Tracker shows 502')], complexity: 'critical' })).toEqual(
      expect.arrayContaining(['ack', 'access-tracker']),
    );
  });

  it('drops a trigger whose reply the team disabled', () => {
    const s = defaultSettings();
    s.replies = [{ id: 'refund', title: {}, text: {}, keywords: [], enabled: false }];
    expect(replyTriggers({ messages: [customer('refund please')], complexity: 'simple', now: MIDWEEK, settings: s })).toEqual([]);
  });
});

describe('secretWarnings', () => {
  it('warns about secrets the customer pasted, per message and kind', () => {
    const messages = [
      operator('Пришлите доступы, пожалуйста. password: Example123 is an example'),
      customer('Сервер 1.2.3.4, логин root, пароль: Gf7!kq29'),
      customer(
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACB',
      ),
      customer('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@host'),
    ];
    expect(secretWarnings(messages)).toEqual([
      { kind: 'password', messageIndex: 1 },
      { kind: 'private-key', messageIndex: 2 },
    ]);
  });
});

describe('keeping the dialogue in CarrotQuest', () => {
  it.each([
    'Давайте лучше в телеграм перейдём, так быстрее',
    'Можно я вам в ватсап напишу скрины?',
    'Дайте ваш номер, созвонимся',
    'Can we move this to WhatsApp? Easier for me',
    "Let's continue on Telegram",
    'Just give me a call, my number is in the profile',
  ])('puts the declining reply first: %s', (text) => {
    const [first] = replyTriggers({ messages: [customer(text)], now: MIDWEEK, settings });
    expect(first?.replyId).toBe('stay-in-carrotquest');
    // The reason quotes the customer's words, so the operator sees why.
    expect(first?.reason.en).toMatch(/“.+”/);
  });

  it('comes before a refund asked in the same message', () => {
    const [first, second] = ids({ messages: [customer('Верните деньги, и давайте обсудим это в телеграме')] });
    expect([first, second]).toEqual(['stay-in-carrotquest', 'refund']);
  });

  it.each(['Телеграм-бот для уведомлений у вас есть?', 'Our WhatsApp campaigns stopped converting', 'Как настроить постбек?'])(
    'is not offered for a mere mention: %s',
    (text) => {
      expect(ids({ messages: [customer(text)] })).not.toContain('stay-in-carrotquest');
    },
  );
});

describe('a customer left waiting', () => {
  const at = (minutesAgo: number) => new Date(MIDWEEK.getTime() - minutesAgo * 60_000).toISOString();
  const waiting = (minutesAgo: number, text = 'Верните деньги, лицензия не подошла'): DialogueMessage[] => [
    { fromCustomer: false, text: 'Здравствуйте!', time: at(minutesAgo + 30) },
    { fromCustomer: true, text, time: at(minutesAgo) },
  ];

  it('gets the acknowledgement first after the threshold, during the shift', () => {
    const [first, second] = ids({ messages: waiting(12) });
    expect([first, second]).toEqual(['ack', 'refund']);
  });

  it('not before the threshold, and the threshold is the team’s', () => {
    expect(ids({ messages: waiting(3) })[0]).toBe('refund');
    const patient = { ...settings, playbook: { waitMinutes: 30, dutyDays: [6] } };
    expect(ids({ messages: waiting(12), settings: patient })[0]).toBe('refund');
  });

  it('not outside the shift', () => {
    const sunday = new Date('2024-03-17T09:00:00Z');
    const messages = waiting(12).map((m) => ({
      ...m,
      time: new Date(Date.parse(m.time!) - MIDWEEK.getTime() + sunday.getTime()).toISOString(),
    }));
    expect(ids({ messages, now: sunday })[0]).not.toBe('ack');
  });
});
