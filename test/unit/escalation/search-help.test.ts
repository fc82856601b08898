import { describe, expect, it } from 'vitest';
import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import { kbSearchUrl, kbTemplateError } from '../../../lib/escalation/kb-template';
import { distinctiveWords, errorText, keyWords } from '../../../lib/escalation/key-words';
import { searchHelp, slackWorkspaceUrl, teamQuestion } from '../../../lib/escalation/search-help';
import { WORD_JOINER } from '../../../lib/escalation/slack-text';

const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text });

describe('key words', () => {
  it("keeps the customer's distinctive words and drops Russian stop words", () => {
    const words = distinctiveWords([
      customer('Здравствуйте! Не работает редирект на лендинг после обновления трекера, помогите пожалуйста'),
    ]);
    expect(words).toEqual(['работает', 'редирект', 'лендинг', 'после', 'обновления', 'трекера']);
  });

  it('drops English stop words and repeats, and reads the newest message first', () => {
    const words = keyWords([
      customer('Hi, the postback is not firing'),
      operator('Which network do you use?'),
      customer('We use the Propeller network, and the postback is still not firing'),
    ]);
    expect(words).toBe('use Propeller network postback firing');
  });

  it('never takes the operator’s words', () => {
    expect(keyWords([operator('Please send the nginx config'), customer('ok')])).toBe('');
  });

  it('prefers an exception name the customer pasted, from the name on', () => {
    const messages = [customer('After the update I see this:\nFatal: Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused')];
    expect(errorText(messages)).toBe('PDOException: SQLSTATE[HY000] [2002] Connection refused');
    expect(keyWords(messages)).toBe('PDOException: SQLSTATE[HY000] [2002] Connection refused');
  });

  it('takes a quoted error line in Russian', () => {
    expect(keyWords([customer('При сохранении кампании пишет «Ошибка сохранения: домен не найден», что делать?')])).toBe(
      'Ошибка сохранения: домен не найден',
    );
  });

  it('ignores a quote that is not an error', () => {
    expect(errorText([customer('Кампания «Лето 2024» не показывает клики')])).toBeNull();
  });

  it('cuts a long error at a word', () => {
    const long = `TypeError: ${'something went very wrong '.repeat(10)}`;
    const out = keyWords([customer(long)]);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.startsWith('TypeError:')).toBe(true);
    expect(out.endsWith(' ')).toBe(false);
  });

  it('takes an HTTP error as the customer saw it', () => {
    expect(
      keyWords([customer('URGENT: our tracker returns 502 Bad Gateway since about 9:40.'), customer('Server: 203.0.113.47, user root')]),
    ).toBe('502 Bad Gateway');
    expect(errorText([customer('I get HTTP 404 Not Found on the landing')])).toBe('HTTP 404 Not Found');
  });

  it("leaves out the customer's own addresses, emails and IPs", () => {
    expect(
      distinctiveWords([customer('Server 203.0.113.47, login admin@adscale-media.com, see https://trk.example.com/x?y=1 redirect')]),
    ).toEqual(['Server', 'login', 'see', 'redirect']);
  });

  it('keeps error codes and drops single letters', () => {
    expect(distinctiveWords([customer('I get a 502 on the click URL')])).toEqual(['502', 'click', 'URL']);
  });
});

describe('knowledge-base template', () => {
  it('accepts an https template with {query}, and an empty one', () => {
    expect(kbTemplateError('https://kb.example.com/search?q={query}')).toBeNull();
    expect(kbTemplateError('')).toBeNull();
  });

  it('refuses a template without {query}, and says where it goes', () => {
    expect(kbTemplateError('https://kb.example.com/search')).toMatch(/must contain \{query\}/);
  });

  it('refuses javascript: and other schemes with a clear message', () => {
    expect(kbTemplateError('javascript:alert(1)//{query}')).toMatch(/must start with https:\/\//);
    expect(kbTemplateError('data:text/html,{query}')).toMatch(/javascript: or other address is never opened/);
  });

  it('puts the words in, encoded, wherever {query} stands', () => {
    expect(kbSearchUrl('https://kb.example.com/search?q={query}&again={query}', 'редирект & 502')).toBe(
      'https://kb.example.com/search?q=%D1%80%D0%B5%D0%B4%D0%B8%D1%80%D0%B5%D0%BA%D1%82%20%26%20502&again=%D1%80%D0%B5%D0%B4%D0%B8%D1%80%D0%B5%D0%BA%D1%82%20%26%20502',
    );
  });

  it('makes no link from a bad template or without words', () => {
    expect(kbSearchUrl('javascript:{query}', 'x')).toBeNull();
    expect(kbSearchUrl('https://kb.example.com/search?q={query}', '  ')).toBeNull();
    expect(kbSearchUrl('', 'words')).toBeNull();
  });
});

describe('#team-cs question', () => {
  it('has a line for the question, the customer quoted with "> " and the link (English)', () => {
    const text = teamQuestion({
      messages: [customer('Clicks are lost\nsince Monday')],
      link: 'https://carrotquest.io/panel/1/conversations/2',
      lang: 'en',
    });
    expect(text.split('\n')).toEqual([
      '(your question: what you tried and what you need)',
      'The customer wrote:',
      '> Clicks are lost',
      '> since Monday',
      'Dialogue: https://carrotquest.io/panel/1/conversations/2',
    ]);
  });

  it('speaks Russian and asks for the link when there is none', () => {
    const text = teamQuestion({ messages: [customer('Не грузится отчёт')], link: null, lang: 'ru' });
    expect(text).toContain('> Не грузится отчёт');
    expect(text).toContain('Диалог: (скопируйте ссылку на диалог и вставьте сюда)');
    expect(text.startsWith('(ваш вопрос')).toBe(true);
  });

  it('makes customer text inert for Slack, as the escalation draft does', () => {
    const text = teamQuestion({ messages: [customer('@here look <!channel> ```x```')], link: null, lang: 'en' });
    expect(text).toContain(`@${WORD_JOINER}here`);
    expect(text).toContain(`<${WORD_JOINER}!channel>`);
    expect(text).not.toContain('```');
  });

  it('hides a secret the customer pasted', () => {
    const text = teamQuestion({ messages: [customer('my password: Hunter2!secret')], link: null, lang: 'en' });
    expect(text).not.toContain('Hunter2');
    expect(text).toContain('[secret hidden]');
  });
});

describe('searchHelp', () => {
  const settings = (kbSearchUrl: string, teamId = 'T0123ABC', teamChannelId = 'C0TEAMCS') => ({
    slack: { teamId },
    help: { kbSearchUrl, teamChannelId },
  });

  it('gives the words, the workspace, the knowledge-base search and #team-cs', () => {
    const help = searchHelp({
      messages: [customer('Postback from Propeller не приходит')],
      link: 'https://carrotquest.io/panel/1/conversations/2',
      settings: settings('https://kb.example.com/search?q={query}'),
      lang: 'en',
    });
    expect(help.query).toBe('Postback Propeller приходит');
    expect(help.slackUrl).toBe('https://app.slack.com/client/T0123ABC');
    expect(help.kbUrl).toBe('https://kb.example.com/search?q=Postback%20Propeller%20%D0%BF%D1%80%D0%B8%D1%85%D0%BE%D0%B4%D0%B8%D1%82');
    expect(help.teamChannel).toEqual({
      app: 'slack://channel?team=T0123ABC&id=C0TEAMCS',
      web: 'https://app.slack.com/client/T0123ABC/C0TEAMCS',
    });
    expect(help.question).toContain('> Postback from Propeller не приходит');
  });

  it('never puts a pasted secret among the key words', () => {
    const help = searchHelp({
      messages: [customer('api_key=sk_live_abcdefghijklmnop1234 does not work with postback')],
      link: null,
      settings: settings(''),
      lang: 'en',
    });
    expect(help.query).not.toMatch(/sk_live/);
    expect(help.kbUrl).toBeNull();
  });

  it('says what is missing through nulls', () => {
    const help = searchHelp({ messages: [customer('x')], link: null, settings: settings('', '', ''), lang: 'ru' });
    expect(help.slackUrl).toBeNull();
    expect(help.teamChannel).toBeNull();
    expect(slackWorkspaceUrl('not-a-team')).toBeNull();
  });
});
