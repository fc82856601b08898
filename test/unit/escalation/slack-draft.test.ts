import { describe, expect, it } from 'vitest';
import {
  MAIN_LIMIT,
  buildSlackDraft,
  defaultProblemLine,
  newCustomerMessages,
  newDetailsReply,
  renderDraftText,
  type SlackDraftInput,
} from '../../../lib/escalation/slack-draft';
import { webhookPayload } from '../../../lib/escalation/slack-links';
import { CONTROL_SEQUENCES, customer, fakeFindSecrets, hasLiveControl, hasLiveMention, operator } from './fakes';

const base = (over: Partial<SlackDraftInput> = {}): SlackDraftInput => ({
  problemLine: '[ssl] Ivan (ivan@example.com): SSL is not issued',
  messages: [customer('Hello'), operator('Hi, checking')],
  dialogueLink: 'https://app.carrotquest.io/dialogs/123',
  problemType: 'domains',
  lang: 'en',
  findSecrets: fakeFindSecrets,
  ...over,
});

/** The quoted lines of a message. */
const quotedLines = (text: string) => text.split('\n').filter((l) => l.startsWith('>'));

describe('buildSlackDraft: the error as text', () => {
  it('adds the error written out from a screenshot as a code block after the quote, in both languages', () => {
    const en = buildSlackDraft(base({ errorText: 'Fatal error: Allowed memory size exhausted' }));
    expect(en.main.split('\n').slice(-4)).toEqual([
      'The error as text (from the screenshot):',
      '```',
      'Fatal error: Allowed memory size exhausted',
      '```',
    ]);
    const ru = buildSlackDraft(base({ lang: 'ru', errorText: 'Ошибка 502' }));
    expect(ru.main).toContain('Ошибка текстом (со скриншота):\n```\nОшибка 502\n```');
  });

  it('leaves the draft as it was without one', () => {
    expect(buildSlackDraft(base({ errorText: '  ' })).main).toBe(buildSlackDraft(base()).main);
  });

  it('keeps the error inert and hides secrets in it', () => {
    const draft = buildSlackDraft(base({ problemLine: 'SSL', errorText: '@here ``` <!channel> password: SECRET123' }));
    expect(hasLiveMention(draft.main)).toBe(false);
    expect(hasLiveControl(draft.main)).toBe(false);
    expect(draft.main.match(/```/g)).toHaveLength(2);
    expect(draft.main).not.toContain('SECRET123');
  });
});

describe('buildSlackDraft: quoting', () => {
  it("quotes every line of the customer's words, empty lines included", () => {
    const draft = buildSlackDraft(base({ messages: [customer('first line\n\nthird line\n  indented')] }));
    const lines = draft.main.split('\n');
    expect(lines[0]).toBe('[ssl] Ivan (ivan@example.com): SSL is not issued');
    expect(lines.slice(1)).toEqual(['> first line', '> ', '> third line', '>   indented']);
    expect(draft.truncated).toBe(false);
  });

  it('quotes only the customer, never the operator', () => {
    const draft = buildSlackDraft(base({ messages: [customer('мой вопрос'), operator('our internal reply'), customer('ещё')] }));
    expect(draft.main).toContain('> мой вопрос');
    expect(draft.main).toContain('> ещё');
    expect(draft.main).not.toContain('internal reply');
  });

  it('puts log text in a code block instead of the quote', () => {
    const log = [
      'It broke after the update:',
      'PHP Fatal error:  Uncaught Exception: boom in /var/www/html/app.php:12',
      'Stack trace:',
      '#0 /var/www/html/index.php(3): run()',
      '#1 {main}',
      'Please help',
    ].join('\n');
    const main = buildSlackDraft(base({ messages: [customer(log)] })).main;
    const lines = main.split('\n');
    const open = lines.indexOf('```');
    const close = lines.indexOf('```', open + 1);
    expect(open).toBeGreaterThan(0);
    expect(close - open - 1).toBe(4);
    expect(lines[open - 1]).toBe('> It broke after the update:');
    expect(lines[close + 1]).toBe('> Please help');
    // No code line is quoted, and every non-code customer line is.
    expect(lines.slice(open + 1, close).some((l) => l.startsWith('>'))).toBe(false);
  });

  it('keeps customer backticks from breaking the code block', () => {
    const main = buildSlackDraft(base({ messages: [customer('2024-05-14 10:00:00 ERROR ``` end\n```\nthanks')] })).main;
    // Only our own fences remain: one open, one close.
    expect(main.split('\n').filter((l) => l.includes('```'))).toEqual(['```', '```']);
  });

  it('quotes Russian text unchanged', () => {
    const text = 'Здравствуйте! Не работает редирект на лендинг.\nПомогите, пожалуйста.';
    const draft = buildSlackDraft(base({ messages: [customer(text)], lang: 'ru' }));
    expect(quotedLines(draft.main)).toEqual(['> Здравствуйте! Не работает редирект на лендинг.', '> Помогите, пожалуйста.']);
    expect(draft.thread.find((r) => r.kind === 'access')!.text).toMatch(/^Доступы/);
  });
});

describe('buildSlackDraft: inert customer text', () => {
  const evil = CONTROL_SEQUENCES.join(' ') + '\n2024-05-14 10:00:00 ERROR ' + CONTROL_SEQUENCES.join(' ');

  it('pings nobody and links nothing when pasted', () => {
    const draft = buildSlackDraft(base({ problemLine: '[tag] Problem', messages: [customer(evil)], newDetails: [customer(evil)] }));
    const text = renderDraftText(draft);
    expect(hasLiveMention(text)).toBe(false);
    expect(hasLiveControl(text)).toBe(false);
  });

  it('sends no control sequence through a webhook', () => {
    const draft = buildSlackDraft(base({ problemLine: 'Problem', messages: [customer(evil)] }));
    const body = webhookPayload(draft.main).text;
    expect(body).not.toContain('<');
    expect(hasLiveMention(body)).toBe(false);
    // The quote markers survive, so it still renders as a quote.
    expect(body.split('\n')[1]?.startsWith('> ')).toBe(true);
  });

  it("leaves the operator's own mention alone", () => {
    expect(buildSlackDraft(base({ problemLine: '@here blocking issue' })).main.startsWith('@here blocking issue')).toBe(true);
  });
});

describe('buildSlackDraft: thread', () => {
  it('carries the Jira link, the dialogue link and the accesses, in that order', () => {
    const draft = buildSlackDraft(base({ jiraUrl: 'https://jira.example.com/browse/SUPPORT-1' }));
    expect(draft.thread.map((r) => r.kind)).toEqual(['jira', 'dialogue', 'access']);
    expect(draft.thread[0]?.text).toContain('https://jira.example.com/browse/SUPPORT-1');
    expect(draft.thread[1]?.text).toContain('https://app.carrotquest.io/dialogs/123');
    expect(draft.thread[2]?.text.split('\n').filter((l) => l.startsWith('☐'))).toHaveLength(3);
  });

  it('says where to paste the Jira and dialogue links when there are none, the Jira link last until the task exists', () => {
    const draft = buildSlackDraft(base({ jiraUrl: null, dialogueLink: null }));
    expect(draft.thread.map((r) => r.kind)).toEqual(['dialogue', 'access', 'jira']);
    expect(draft.thread[2]?.text).toMatch(/paste its link/);
    expect(draft.thread[0]?.text).toMatch(/paper clip/);
  });

  it('adds new details quoted', () => {
    const draft = buildSlackDraft(base({ newDetails: [customer('also this:\nline 2'), operator('ok')] }));
    const details = draft.thread.find((r) => r.kind === 'details')!;
    expect(details.text.split('\n')).toEqual(['New details from the customer:', '> also this:', '> line 2']);
  });

  it('separates thread replies with markers in the copied text', () => {
    const text = renderDraftText(buildSlackDraft(base()));
    expect(text).toContain('\n\n--- thread reply 1 ---\nCarrotQuest dialogue:');
    expect(text).toContain('--- thread reply 3 ---\nJira:');
    expect(text).toContain('--- thread reply 3 ---');
    expect(renderDraftText(buildSlackDraft(base({ lang: 'ru' })), 'ru')).toContain('--- ответ в треде 2 ---');
  });
});

describe('buildSlackDraft: secrets', () => {
  const messages = [customer('host 1.2.3.4 password: hunter2'), customer('root password: s3cr3t!')];

  it('hides every secret unless ticked', () => {
    const draft = buildSlackDraft(base({ messages }));
    expect(draft.secrets).toEqual([
      { messageIndex: 0, where: 'messages', kind: 'password', included: false },
      { messageIndex: 1, where: 'messages', kind: 'password', included: false },
    ]);
    const text = renderDraftText(draft);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('s3cr3t!');
    expect(draft.main).toContain('> host 1.2.3.4 password: [secret hidden]');
  });

  it('shows only the ticked one', () => {
    const draft = buildSlackDraft(base({ messages, includedSecrets: [1] }));
    expect(draft.main).not.toContain('hunter2');
    expect(draft.main).toContain('> root password: s3cr3t!');
    expect(draft.secrets.map((s) => s.included)).toEqual([false, true]);
  });

  it('numbers secrets in new details after those of the messages', () => {
    const hidden = buildSlackDraft(base({ messages, newDetails: [customer('new password: zz9')] }));
    expect(hidden.secrets[2]).toEqual({ messageIndex: 0, where: 'details', kind: 'password', included: false });
    expect(renderDraftText(hidden)).not.toContain('zz9');
    const shown = buildSlackDraft(base({ messages, newDetails: [customer('new password: zz9')], includedSecrets: [2] }));
    expect(shown.thread.find((r) => r.kind === 'details')!.text).toContain('zz9');
    expect(shown.main).not.toContain('hunter2');
  });

  it('uses the real detector when none is passed', () => {
    const draft = buildSlackDraft(base({ messages: [customer('password: Tr0ub4dor&3')], findSecrets: undefined }));
    expect(draft.main).not.toContain('Tr0ub4dor');
    expect(draft.secrets).toHaveLength(1);
  });
});

describe('buildSlackDraft: no customer message', () => {
  it('still builds, and says so', () => {
    const draft = buildSlackDraft(base({ messages: [operator('Hello, how can I help?'), customer('   ')] }));
    expect(draft.main).toMatch(/no text/);
    expect(draft.main).not.toContain('>');
    expect(draft.thread.map((r) => r.kind)).toEqual(['dialogue', 'access', 'jira']);
    expect(draft.truncated).toBe(false);
  });
});

describe('buildSlackDraft: length limits', () => {
  function megabyteLog(): string {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const line = `2024-05-14 10:${String(i % 60).padStart(2, '0')}:00 ERROR worker ${i} failed @here <!channel> password: pw${i}`;
      lines.push(line);
      size += line.length + 1;
    }
    return 'It crashes, log below:\n' + lines.join('\n');
  }

  it('bounds a 1 MB log, fast, and says it shortened it', () => {
    const log = megabyteLog();
    const started = performance.now();
    const draft = buildSlackDraft(base({ problemLine: 'Crash', messages: [customer(log)] }));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1500);
    expect(draft.main.length).toBeLessThanOrEqual(MAIN_LIMIT);
    expect(draft.truncated).toBe(true);
    expect(draft.main).toMatch(/shortened/);
    for (const r of draft.thread) expect(r.text.length).toBeLessThan(40_000);
    const logReply = draft.thread.find((r) => r.kind === 'log')!;
    expect(logReply.text.length).toBeGreaterThan(draft.main.length);
    // The newest line is what is shown; secrets and mentions stay dead even in a cut.
    const last = log.slice(log.lastIndexOf('\n') + 1);
    expect(draft.main).toContain(last.slice(0, 30));
    expect(draft.main).not.toMatch(/pw\d/);
    expect(logReply.text).not.toMatch(/pw\d/);
    expect(hasLiveMention(renderDraftText(draft))).toBe(false);
    // The cut first line is still log, so it stays in the code block rather than the quote.
    expect(draft.main).not.toMatch(/^> …2024/m);
    expect(draft.main).toMatch(/^```\n…/m);
    // The cut code block is reopened and closed: fences pair up.
    expect(draft.main.split('\n').filter((l) => l === '```').length % 2).toBe(0);
  });

  it('bounds a single megabyte line with no newlines', () => {
    const draft = buildSlackDraft(base({ messages: [customer('x'.repeat(1_048_576))] }));
    expect(draft.main.length).toBeLessThanOrEqual(MAIN_LIMIT);
    expect(draft.truncated).toBe(true);
  });

  it('bounds many short messages and a very long problem line', () => {
    const messages = Array.from({ length: 5000 }, (_, i) => customer(`message ${i}`));
    const draft = buildSlackDraft(base({ messages, problemLine: 'p'.repeat(10_000) }));
    expect(draft.main.length).toBeLessThanOrEqual(MAIN_LIMIT);
    expect(draft.main).toContain('> message 4999');
    expect(draft.main).not.toContain('> message 0\n');
  });

  it('quotes all of a short text without a shortening note or log reply', () => {
    const draft = buildSlackDraft(base({ messages: [customer('short')] }));
    expect(draft.main).not.toMatch(/shortened/);
    expect(draft.thread.some((r) => r.kind === 'log')).toBe(false);
  });
});

describe('defaultProblemLine', () => {
  it("starts empty: the customer's name and email are never put in the operator's mouth", () => {
    expect(defaultProblemLine()).toBe('');
  });
});

describe('new details', () => {
  it('are the customer messages after those already escalated', () => {
    const all = [customer('a'), operator('x'), customer('b'), customer('c')];
    expect(newCustomerMessages(all, 1).map((m) => m.text)).toEqual(['b', 'c']);
    expect(newCustomerMessages(all, 3)).toEqual([]);
  });

  it('newDetailsReply quotes them and hides secrets', () => {
    const reply = newDetailsReply([customer('it also fails here\npassword: abc')], { lang: 'ru', findSecrets: fakeFindSecrets });
    expect(reply.text.split('\n')).toEqual(['Новые подробности от клиента:', '> it also fails here', '> password: [секрет скрыт]']);
    expect(reply.secrets).toHaveLength(1);
  });

  it('newDetailsReply is bounded too', () => {
    const reply = newDetailsReply([customer('y\n'.repeat(500_000))], { lang: 'en', findSecrets: fakeFindSecrets, budget: 5000 });
    expect(reply.text.length).toBeLessThan(5200);
    expect(reply.truncated).toBe(true);
  });
});
