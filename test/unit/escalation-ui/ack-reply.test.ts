import { describe, expect, it } from 'vitest';
import { ackReply, dropMissingVariables } from '../../../lib/escalation/ack-reply';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Reply } from '../../../lib/settings/schema';
import { customer, snapshot } from './helpers';

const now = new Date('2025-03-12T09:00:00Z');

function ack(over: Parameters<typeof snapshot>[0] = {}, replies: Reply[] = [], operatorName = '') {
  const settings = defaultSettings();
  settings.replies = replies;
  settings.operator.name = operatorName;
  return ackReply({ snapshot: snapshot(over), settings, uiLang: 'en', now });
}

describe('ackReply', () => {
  it("greets by first name in the customer's language", () => {
    expect(ack()?.text).toMatch(/^Hi Ivan, thanks for writing!/);
    const ru = ack({ customer: { name: 'мария' }, messages: [customer('Добрый день, не работают постбэки')] });
    expect(ru).toEqual({ lang: 'ru', text: expect.stringMatching(/^Мария, спасибо, что написали! Запрос получили/) });
  });

  it("uses the template fallback when the name is not a person's", () => {
    expect(ack({ customer: { name: 'Visitor #123' } })?.text).toMatch(/^Hi there, thanks/);
    expect(ack({ customer: {}, messages: [customer('Привет, всё сломалось')] })?.text).toMatch(/^Здравствуйте, спасибо/);
  });

  it("takes the team's own acknowledgement and fills the operator and the link", () => {
    const team: Reply = {
      id: 'ack',
      title: { en: 'Ack' },
      text: { en: '{customerFirstName|Hello}! {operatorName} here, got it. Dialogue: {dialogueLink}' },
      keywords: [],
      enabled: true,
    };
    const text = ack({}, [team], 'Olga')?.text;
    expect(text).toBe('Ivan! Olga here, got it. Dialogue: https://app.carrotquest.io/project/1/conversations/1204567890123456001');
    // Without a name in settings, the panel's operator signs.
    expect(ack({}, [team])?.text).toContain('Anna here');
  });

  it('is null when the team switched the reply off', () => {
    const off: Reply = { id: 'ack', title: {}, text: { en: 'x' }, keywords: [], enabled: false };
    expect(ack({}, [off])).toBeNull();
  });

  it('never leaves a placeholder', () => {
    const team: Reply = {
      id: 'ack',
      title: {},
      text: { en: '{greeting}, {customerFirstName}! Ticket {ticket|(pending)} is open, {unknown}.\n{sshKey}\nThanks' },
      keywords: [],
      enabled: true,
    };
    const text = ack({ customer: { email: 'a@b.c' } }, [team])!.text;
    expect(text).not.toMatch(/[{}]/);
    expect(text).toBe('Ticket (pending) is open.\n\nThanks');
  });
});

describe('dropMissingVariables', () => {
  it('removes only the missing ones and tidies the punctuation left behind', () => {
    expect(dropMissingVariables('Hi {name}, see {link} now', ['name'])).toBe('Hi, see {link} now');
    expect(dropMissingVariables('{name}, спасибо!', ['name'])).toBe('Спасибо!');
    expect(dropMissingVariables('Hi {name|friend}!', ['name'])).toBe('Hi friend!');
    expect(dropMissingVariables('Nothing missing {x}', [])).toBe('Nothing missing {x}');
  });
});
