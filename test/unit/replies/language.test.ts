import { describe, expect, it } from 'vitest';
import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import { dialogueLanguage, pickText, pickTitle } from '../../../lib/replies/language';

const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text });

describe('dialogueLanguage', () => {
  it('reads Russian and English customers', () => {
    expect(dialogueLanguage([customer('Здравствуйте, не работает редирект кампании')], 'en')).toBe('ru');
    expect(dialogueLanguage([customer('Hi, my campaign stopped redirecting')], 'ru')).toBe('en');
  });

  it('ignores the operator', () => {
    expect(dialogueLanguage([operator('Здравствуйте! Чем можем помочь?'), customer('Hello, postbacks are not arriving')], 'ru')).toBe('en');
  });

  it('weighs the latest message most', () => {
    const msgs = [
      customer('Добрый день, у меня вопрос по лицензии'),
      customer('Sorry, can we continue in English please? My colleague reads this'),
    ];
    expect(dialogueLanguage(msgs, 'ru')).toBe('en');
    expect(dialogueLanguage([...msgs].reverse(), 'en')).toBe('ru');
  });

  it('is not fooled by pasted logs, URLs and product words', () => {
    const msg = customer(
      'Вот что в логе:\nPHP Fatal error:  Uncaught Exception: Connection refused in /var/www/tracker/application/Core.php on line 42\nhttps://tracker.example.com/admin/#!/campaigns landing и postback не работают',
    );
    expect(dialogueLanguage([msg], 'en')).toBe('ru');
  });

  it('uses the fallback when nothing tells', () => {
    expect(dialogueLanguage([], 'ru')).toBe('ru');
    expect(dialogueLanguage([customer('👍 +1 42')], 'en')).toBe('en');
    expect(dialogueLanguage([operator('Hello')], 'ru')).toBe('ru');
  });

  it('does not let a short "ok" outvote a long message', () => {
    expect(dialogueLanguage([customer('Подскажите, пожалуйста, как перенести трекер на другой сервер?'), customer('ok')], 'en')).toBe('ru');
  });
});

describe('pickText / pickTitle', () => {
  const reply = { id: 'x', title: { ru: 'Заголовок' }, text: { ru: 'Текст', en: 'Text' } };
  it('prefers the language asked for, else the other', () => {
    expect(pickText(reply, 'en')).toBe('Text');
    expect(pickText({ text: { ru: 'Только русский', en: '  ' } }, 'en')).toBe('Только русский');
    expect(pickText({ text: {} }, 'ru')).toBe('');
    expect(pickTitle(reply, 'en')).toBe('Заголовок');
    expect(pickTitle({ id: 'x', title: {} }, 'en')).toBe('x');
  });
});
