import { describe, expect, it } from 'vitest';
import type { TagDef } from '../../../lib/settings/schema';
import { createModel } from '../../../lib/tags/classifier';
import { compileVocabulary, matchVocabulary, vocabularyScores } from '../../../lib/tags/rules';
import { soundKey, soundMatches } from '../../../lib/tags/sound-key';
import { learnFromDialogue, rankTags } from '../../../lib/tags/suggester';
import { tokenize } from '../../../lib/tags/tokenizer';

const customer = (text: string) => [{ fromCustomer: true, text }];
const matches = (word: string, keyword: string) => soundMatches(soundKey(word), soundKey(keyword));

describe('sound keys', () => {
  it.each([
    ['кейтаро', 'keitaro'],
    ['ссл', 'ssl'],
    ['sertifikat', 'сертификат'],
    ['сертификата', 'сертификат'],
    ['постбэк', 'postback'],
    ['вордпресс', 'wordpress'],
    ['чарджбек', 'chargeback'],
    ['wordpres', 'wordpress'],
  ])('%s meets %s', (word, keyword) => {
    expect(matches(word, keyword)).toBe(true);
  });

  it.each([
    ['sale', 'ssl'],
    ['ssh', 'ssl'],
    ['domain', 'admin'],
    ['trek', 'tracker'],
  ])('%s does not meet %s', (word, keyword) => {
    expect(matches(word, keyword)).toBe(false);
  });
});

const vocabulary: TagDef[] = [
  {
    name: 'tracker-install',
    description: 'Installing the tracker on a server / Установка трекера на сервер',
    keywords: ['keitaro', 'installer'],
  },
  { name: 'ssl', description: 'Certificates of the domains / Сертификаты доменов', keywords: ['ssl', 'certificate'] },
  { name: 'refund', description: 'Money back for the licence / Возврат денег за лицензию', keywords: ['refund'] },
];

describe('the vocabulary', () => {
  it('finds a keyword written in the other script or with a typo', () => {
    const compiled = compileVocabulary(vocabulary);
    expect(matchVocabulary(compiled, tokenize('кейтаро не ставится'))[0]?.name).toBe('tracker-install');
    expect(matchVocabulary(compiled, tokenize('ссл не выпускается'))[0]?.name).toBe('ssl');
    expect(matchVocabulary(compiled, tokenize('sertifikat istek'))[0]?.name).toBe('ssl');
    expect(matchVocabulary(compiled, tokenize('can I get a refnud'))[0]?.name).toBe('refund');
  });

  it('grades the overlap with each description, and leaves a share to untouched tags', () => {
    const compiled = compileVocabulary(vocabulary);
    const scores = vocabularyScores(compiled, tokenize('Хочу возврат денег за лицензию'));
    expect([...scores.keys()]).toEqual(['refund']);
    expect(scores.get('refund')!).toBeGreaterThan(0.5);
    expect(scores.get('refund')!).toBeLessThan(1);
    const weak = vocabularyScores(compiled, tokenize('a question about the server'));
    expect(weak.get('tracker-install') ?? 0).toBeLessThan(scores.get('refund')!);
  });

  it('a Russian message finds a tag whose examples are English, through the vocabulary', () => {
    const model = createModel();
    for (let i = 0; i < 3; i++) {
      learnFromDialogue(model, customer(`The installer stops at step ${i} on a fresh server`), ['tracker-install']);
      learnFromDialogue(model, customer(`The certificate for domain ${i} was not issued`), ['ssl']);
      learnFromDialogue(model, customer(`I want my money back for plan ${i}`), ['refund']);
    }
    expect(rankTags(model, vocabulary, customer('Верните деньги за лицензию, пожалуйста'))[0]?.name).toBe('refund');
    expect(rankTags(model, vocabulary, customer('сертификат для домена не выпустился'))[0]?.name).toBe('ssl');
  });
});
