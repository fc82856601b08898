import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../lib/replies/draft-check';
import { checkedText, DRAFT_SENT_MAX } from '../../../lib/replies/draft-bounds';

const rules = (text: string, context = {}) => checkDraft(text, context).map((w) => w.rule);
const TEAM_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKteamteamteamteamteamteamteamteamteamteam support@team';
const PERSONAL_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPersonalPersonalPersonalPersonalPers anna@laptop';

describe('checking the operator’s draft against the team’s rules', () => {
  it.each([
    ['дадим скидку 20% на продление', 'compensation-promise'],
    ['Начислим вам 5 дополнительных дней лицензии за неудобства', 'compensation-promise'],
    ["We'll give you a 20% discount on the renewal", 'compensation-promise'],
    ['Хорошо, вернём деньги в течение недели', 'refund-promise'],
    ['Sure, we will refund the payment today', 'refund-promise'],
    ['Your refund has been approved', 'refund-promise'],
    ['Под капотом у нас очередь задач, клики пишутся пачками', 'internals'],
    ['Internally we store clicks in the clicks table in ClickHouse', 'internals'],
    ['Напишите мне в телеграм, так быстрее', 'personal-contact'],
    ['Text me on WhatsApp, my number is below', 'personal-contact'],
    ['Сделаем за 2 часа', 'estimate'],
    ['It will take about 30 minutes', 'estimate'],
  ])('warns: %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'скидок не даём, но поможем с настройкой',
    'К сожалению, деньги мы не вернём: возврат по условиям лицензионного договора',
    'No refunds, I am afraid: the licence agreement covers that',
    'Unfortunately we cannot offer a discount',
    'Компенсаций и бесплатных дней команда не предоставляет',
    'Здравствуйте! Посмотрю логи и вернусь с ответом',
    'Let me check the logs and come back to you',
    'Пишите здесь, в этом чате — так диалог увидит вся команда',
  ])('stays quiet: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('tells the team key from a personal one', () => {
    expect(rules(`Добавьте, пожалуйста, ключ: ${TEAM_KEY}`, { teamSshKey: TEAM_KEY })).toEqual([]);
    expect(rules(`Добавьте, пожалуйста, ключ: ${PERSONAL_KEY}`, { teamSshKey: TEAM_KEY })).toEqual(['personal-ssh-key']);
  });

  it('warns about a secret pasted back, naming its kind and never quoting it', () => {
    const [w] = checkDraft('Ваш пароль: password=Hunter2Secret! проверьте вход');
    expect(w?.rule).toBe('secret');
    expect(JSON.stringify(w)).not.toContain('Hunter2Secret');
  });

  it('gives the rule and a fix in both languages', () => {
    const [w] = checkDraft('дадим скидку 20% на продление');
    expect(w?.fragment).toBe('дадим скидку');
    for (const p of [w!.why, w!.fix]) {
      expect(p.ru).toMatch(/[а-я]/);
      expect(p.en).toMatch(/[a-z]/);
    }
  });

  it('checks a long draft within bounds: its start and the caret’s surroundings', () => {
    const filler = 'Текст ответа без нарушений. '.repeat(800); // ~22,000 characters
    const promise = 'дадим скидку 20% на продление';
    const draft = `${filler}${promise} ${filler}`;
    const caret = filler.length + promise.length;
    const sent = checkedText(draft, caret);
    expect(sent.length).toBeLessThanOrEqual(DRAFT_SENT_MAX);
    // What the page sends is checked as it is: bounding it again changes nothing.
    expect(checkedText(sent, 0)).toBe(sent);
    expect(rules(draft, { caret })).toContain('compensation-promise');
    // Far from the caret and past the prefix, the same words are not looked at.
    expect(rules(draft, { caret: 0 })).not.toContain('compensation-promise');
  });
});
