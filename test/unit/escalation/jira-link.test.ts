import { describe, expect, it } from 'vitest';
import { JIRA_URL_LIMIT, buildJiraTask, sixWordSummary, type JiraTaskInput } from '../../../lib/escalation/jira-link';
import { customer, fakeFindSecrets, operator } from './fakes';

const jira = { baseUrl: 'https://jira.example.com/', projectKey: 'SUPPORT', projectId: '10100', issueTypeId: '10004' };

const base = (over: Partial<JiraTaskInput> = {}): JiraTaskInput => ({
  jira,
  lang: 'en',
  problemType: 'domains',
  mainTag: 'domains-ssl-recheck',
  dialogueLink: 'https://app.carrotquest.io/dialogs/42',
  messages: [customer('SSL is not issued for my new domain'), operator('checking')],
  findSecrets: fakeFindSecrets,
  ...over,
});

function params(url: string): Map<string, string> {
  const query = url.slice(url.indexOf('?') + 1);
  return new Map(
    query.split('&').map((pair) => {
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))] as [string, string];
    }),
  );
}

describe('buildJiraTask: URL', () => {
  it('opens the create page with project, issue type, summary and description', () => {
    const task = buildJiraTask(base());
    expect(task.url!.startsWith('https://jira.example.com/secure/CreateIssueDetails!init.jspa?')).toBe(true);
    const p = params(task.url!);
    expect(p.get('pid')).toBe('10100');
    expect(p.get('issuetype')).toBe('10004');
    expect(p.get('summary')).toBe(task.summary);
    expect(p.get('description')).toBe(task.description);
    expect(task.descriptionInUrl).toBe(true);
    expect(task.missing).toEqual([]);
  });

  it('never sets an assignee', () => {
    expect([...params(buildJiraTask(base()).url!).keys()].sort()).toEqual(['description', 'issuetype', 'pid', 'summary']);
  });

  it('round-trips Russian text and URL-special characters', () => {
    const summary = 'Не работает SSL & редирект #2 50%?';
    const task = buildJiraTask(
      base({ lang: 'ru', summary, messages: [customer('Здравствуйте! Сертификат не выпускается, a=1&b=2 #якорь 100%')] }),
    );
    const p = params(task.url!);
    expect(p.get('summary')).toBe('Не работает SSL & редирект #2');
    expect(p.get('description')).toBe(task.description);
    expect(task.description).toContain('Сертификат не выпускается, a=1&b=2 #якорь 100%');
    expect(task.url).not.toMatch(/[ а-яА-Я]/);
  });

  it('leaves the description out of a URL that would be too long', () => {
    const long = 'Очень длинное описание проблемы клиента. '.repeat(200);
    const task = buildJiraTask(base({ messages: [customer(long)] }));
    expect(task.descriptionInUrl).toBe(false);
    expect(task.url!.length).toBeLessThanOrEqual(JIRA_URL_LIMIT);
    expect(task.url).not.toContain('description=');
    expect(params(task.url!).get('summary')).toBe(task.summary);
    expect(task.description).toContain('Очень длинное описание');
  });

  it('has no URL and names the missing settings, but still builds the text', () => {
    const task = buildJiraTask(base({ jira: { baseUrl: '', projectKey: 'SUPPORT', projectId: '', issueTypeId: '10004' } }));
    expect(task.url).toBeNull();
    expect(task.missing).toEqual(['jira.baseUrl', 'jira.projectId']);
    expect(task.description).toContain('h3. BACKGROUND');
    expect(task.summary).not.toBe('');
  });
});

describe('buildJiraTask: summary', () => {
  it("cuts the operator's summary to six words", () => {
    expect(buildJiraTask(base({ summary: 'one two three four five six seven eight' })).summary).toBe('one two three four five six');
    expect(sixWordSummary('  a\n b\tc  ')).toBe('a b c');
  });

  it("defaults to the tag and the operator's problem words, without an older draft's customer part", () => {
    const task = buildJiraTask(base({ problem: '[ssl] Ivan (ivan@\u2060example.com): SSL not issued for the new domain today' }));
    expect(task.summary).toBe('domains-ssl-recheck: SSL not issued for the');
  });

  it("never carries the customer's name or email, even when the operator typed them", () => {
    const customer = { name: 'Сергей Волков', email: 's.volkov@example.ru' };
    const untagged = buildJiraTask(
      base({ mainTag: null, customer, problem: 'Сергей Волков (s.volkov@example.ru): трекер не открывается' }),
    );
    expect(untagged.summary).toBe('трекер не открывается');
    const typed = buildJiraTask(base({ customer, summary: 'Волков: s.volkov@example.ru postbacks lost' }));
    expect(typed.summary).toBe('postbacks lost');
    const empty = buildJiraTask(base({ mainTag: null, customer, problem: 'Сергей Волков (s.volkov@…):', problemType: 'tracker' }));
    expect(empty.summary).toBe('Tracker problem');
  });

  it('defaults to the problem type and tag when there is nothing else', () => {
    expect(buildJiraTask(base()).summary).toBe('Domains: domains-ssl-recheck');
    expect(buildJiraTask(base({ lang: 'ru', mainTag: null, problemType: 'tracker' })).summary).toBe('Проблема с трекером');
  });
});

describe('buildJiraTask: description', () => {
  it('follows the SUPPORT template', () => {
    const d = buildJiraTask(base()).description;
    const at = (s: string) => d.indexOf(s);
    for (const s of ['h3. BACKGROUND', 'h3. WAY TO REPRODUCE', '*Actual result:*', '*Expected result:*', 'h3. ACCESSES']) {
      expect(at(s)).toBeGreaterThanOrEqual(0);
    }
    expect(at('h3. BACKGROUND')).toBeLessThan(at('h3. WAY TO REPRODUCE'));
    for (const f of ['Special settings', 'Permissions', 'Browser', 'Tracker version', 'Installation type']) {
      expect(d).toContain(`* ${f}: (fill in)`);
    }
    expect(d).toMatch(/^# \(fill in\)$/m);
    expect(d).toContain('https://app.carrotquest.io/dialogs/42');
    expect(d).toContain('{quote}\nSSL is not issued for my new domain\n{quote}');
    expect(d).not.toContain('checking');
    // Domains: tracker, server, registrar.
    expect(d.split('\n').filter((l) => l.startsWith('* ☐'))).toHaveLength(3);
  });

  it('uses given values and numbered steps', () => {
    const d = buildJiraTask(
      base({
        background: { browser: 'Chrome 125', trackerVersion: '10.2.1', installationType: 'Docker' },
        steps: ['Open Domains', 'Add example.com', ''],
        actualResult: 'SSL error',
        expectedResult: 'Certificate issued',
      }),
    ).description;
    expect(d).toContain('* Browser: Chrome 125');
    expect(d).toContain('* Tracker version: 10.2.1');
    expect(d).toContain('* Special settings: (fill in)');
    expect(d).toContain('# Open Domains\n# Add example.com\n*Actual result:* SSL error\n*Expected result:* Certificate issued');
  });

  it('puts logs in {noformat} and neutralises customer markup', () => {
    const d = buildJiraTask(
      base({
        messages: [customer('see [~admin] !https://evil.example/p.png! {quote}\n2024-05-14 10:00:00 ERROR {noformat} x\n* not a list')],
      }),
    ).description;
    expect(d).toContain('see \\[\\~admin\\] \\!https://evil.example/p.png\\! \\{quote\\}');
    expect(d).toContain('{noformat}\n2024-05-14 10:00:00 ERROR {\u200Bnoformat} x\n{noformat}');
    expect(d).toContain('\\* not a list');
  });

  it('always hides secrets, since the URL lands in browser history', () => {
    const task = buildJiraTask(base({ messages: [customer('ssh root password: hunter2')] }));
    expect(task.description).not.toContain('hunter2');
    expect(task.url).not.toContain('hunter2');
    expect(task.description).toContain('password: (secret hidden)');
  });

  it('says when there is no customer message, and bounds a huge one', () => {
    expect(buildJiraTask(base({ messages: [operator('hi')] })).description).toMatch(/no text/);
    const started = performance.now();
    const task = buildJiraTask(base({ messages: [customer('2024-05-14 10:00:00 ERROR boom\n'.repeat(40_000))] }));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(task.description.length).toBeLessThan(12_000);
    expect(task.description).toMatch(/shortened/);
    // The cut first line is still log: it opens the {noformat} block, marked as cut.
    expect(task.description).toMatch(/\{noformat\}\n…/);
    expect(task.description).not.toContain('{quote}');
    expect(task.descriptionInUrl).toBe(false);
  });
});
