import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DialogueMessage } from '../../../lib/carrotquest/snapshot';
import { computeService } from '../../../lib/compute/implementation';
import type { DraftChoices, EscalationPanelInput, EscalationStartInput } from '../../../lib/escalation/escalation-view';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Reply } from '../../../lib/settings/schema';

const LINK = 'https://app.carrotquest.io/project/1/conversations/42';
const customer = (text: string): DialogueMessage => ({ fromCustomer: true, text });
const operator = (text: string): DialogueMessage => ({ fromCustomer: false, text, author: 'Anna' });

const dialogue = (messages: DialogueMessage[] = [customer('After the update the tracker stopped counting clicks.')]) => ({
  id: '42',
  link: LINK,
  customer: { name: 'Ivan Petrov', email: 'ivan@example.com' },
  messages,
  tags: ['clicks-lost'],
  operator: 'Anna',
});

const choices = (over: Partial<DraftChoices> = {}): DraftChoices => ({
  problemLine: '[clicks-lost] Ivan Petrov: clicks lost',
  problemType: 'tracker',
  includedSecrets: [],
  summary: null,
  ...over,
});

function panelInput(over: Partial<EscalationPanelInput> = {}): EscalationPanelInput {
  const { slack, jira } = defaultSettings();
  return { dialogue: dialogue(), choices: choices(), settings: { slack, jira }, lang: 'en', jiraRef: null, ...over };
}

function startInput(over: Partial<EscalationStartInput> = {}): EscalationStartInput {
  const { slack, jira, replies, operator: op } = defaultSettings();
  return {
    dialogue: dialogue(),
    settings: { slack, jira, replies, operator: op },
    lang: 'en',
    jiraRef: null,
    acknowledge: true,
    now: Date.parse('2025-03-12T09:00:00Z'),
    ...over,
  };
}

/** What extension messaging delivers of a value. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const SECRET = 'Server root, password: Hj7kQ9xZ2 and the tracker is down';

describe('compute: escalation entries', () => {
  it('answer in plain data that crosses messaging unchanged', () => {
    const answers = [
      computeService.escalationStart(startInput()),
      computeService.escalationPanel(panelInput({ dialogue: dialogue([customer(SECRET)]) })),
      computeService.escalationNewDetails({
        messages: [customer('a'), customer(SECRET)],
        escalation: { customerMessageCount: 1 },
        sinceCount: 1,
        includedSecrets: [],
        lang: 'en',
      }),
      computeService.escalationLine({ record: { at: 0, jiraKey: 'SUPPORT-1' }, now: 60_000, lang: 'en' }),
      computeService.escalationRefs({ slack: '', jira: 'SUPPORT-1', jiraSettings: { baseUrl: '', projectKey: 'SUPPORT' } }),
    ];
    for (const answer of answers) expect(overTheWire(answer)).toStrictEqual(answer);
    // The input side too: what the sidebar sends is what the builders get.
    expect(computeService.escalationStart(overTheWire(startInput()))).toStrictEqual(answers[0]);
  });

  it('starts an escalation with the acknowledgement, the first choices and the whole panel', () => {
    const started = computeService.escalationStart(startInput());
    expect(started.ack).toEqual({ lang: 'en', text: expect.stringMatching(/^Hi Ivan, thanks for writing!/) });
    expect(started.choices).toEqual({
      problemLine: '',
      problemType: 'tracker',
      includedSecrets: [],
      summary: null,
    });
    expect(started.panel.draftText.split('\n')[0]).toBe('[clicks-lost] (describe the problem)');
    expect(started.panel.jira.summary).not.toMatch(/Ivan|example\.com/);
    expect(started.panel.draftText).toContain('> After the update the tracker stopped counting clicks.');
    expect(started.panel.draft.thread.map((r) => r.kind)).toEqual(['dialogue', 'access', 'jira']);
    expect(started.panel.jira.summary).toMatch(/\S/);
  });

  it('leaves the acknowledgement out when only the draft is shown again, or when the team switched it off', () => {
    expect(computeService.escalationStart(startInput({ acknowledge: false })).ack).toBeNull();
    const off: Reply = { id: 'ack', title: {}, text: { en: 'x' }, keywords: [], enabled: false };
    const input = startInput();
    input.settings.replies = [off];
    expect(computeService.escalationStart(input).ack).toBeNull();
  });

  it('reads the time as a number, so the acknowledgement can name the next working day', () => {
    const team: Reply = { id: 'ack', title: {}, text: { en: 'We continue {nextWorkingDay}.' }, keywords: [], enabled: true };
    const at = (iso: string) => {
      const input = startInput({ now: Date.parse(iso) });
      input.settings.replies = [team];
      return computeService.escalationStart(input).ack?.text;
    };
    // Wednesday, then Friday evening in Moscow.
    expect(at('2025-03-12T09:00:00Z')).toBe('We continue tomorrow.');
    expect(at('2025-03-14T16:00:00Z')).toBe('We continue on Monday.');
  });

  it('rebuilds the panel from the choices: accesses by problem type, the Jira reply from the pasted task', () => {
    const domains = computeService.escalationPanel(panelInput({ choices: choices({ problemType: 'domains' }), jiraRef: 'SUPPORT-7' }));
    const access = domains.draft.thread.find((r) => r.kind === 'access')!.text;
    expect(access).toMatch(/^Accesses \(domains\):/);
    expect(access).toContain('Domain registrar');
    expect(domains.draft.thread[0]).toEqual({ kind: 'jira', text: 'Jira: SUPPORT-7' });
    expect(domains.draftText).toContain('--- thread reply 3 ---\nAccesses (domains):');
    const affiliate = computeService.escalationPanel(panelInput({ choices: choices({ problemType: 'affiliate' }) }));
    expect(affiliate.draftText).toContain('Affiliate network account');
    expect(affiliate.draftText).not.toContain('Domain registrar');
  });

  it('names each secret in the panel language and shows it only when ticked', () => {
    const messages = [operator('Send the access please'), customer(SECRET)];
    const hidden = computeService.escalationPanel(panelInput({ dialogue: dialogue(messages), lang: 'ru' }));
    expect(hidden.draft.secrets).toEqual([{ messageIndex: 1, where: 'messages', kind: 'password', included: false, label: 'пароль' }]);
    expect(hidden.draftText).not.toContain('Hj7kQ9xZ2');
    const shown = computeService.escalationPanel(panelInput({ dialogue: dialogue(messages), choices: choices({ includedSecrets: [0] }) }));
    expect(shown.draft.secrets).toEqual([expect.objectContaining({ label: 'password', included: true })]);
    expect(shown.draft.main).toContain('Hj7kQ9xZ2');
    expect(shown.draftText).toContain('Hj7kQ9xZ2');
  });

  it('lists the Slack and Jira settings still missing, and links once they are filled in', () => {
    const bare = computeService.escalationPanel(panelInput());
    expect(bare.slack).toEqual({ links: null, missing: ['slack.teamId', 'slack.channelId'], webhookText: null });
    expect(bare.jira).toEqual(expect.objectContaining({ url: null, missing: ['jira.baseUrl', 'jira.projectId', 'jira.issueTypeId'] }));

    const settings = {
      slack: { teamId: 'T0123ABC', channelId: 'C0456DEF', webhookUrl: '', webhookEnabled: false },
      jira: { baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT', projectId: '10000', issueTypeId: '10002' },
    };
    const set = computeService.escalationPanel(panelInput({ settings }));
    expect(set.slack.links).toEqual({
      app: 'slack://channel?team=T0123ABC&id=C0456DEF',
      web: 'https://app.slack.com/client/T0123ABC/C0456DEF',
    });
    expect(set.slack.missing).toEqual([]);
    expect(set.jira.url).toMatch(
      /^https:\/\/jira\.example\.com\/secure\/CreateIssueDetails!init\.jspa\?pid=10000&issuetype=10002&summary=/,
    );
  });

  it('offers the main message for the webhook only when posting is allowed', () => {
    const slack = {
      teamId: 'T0123ABC',
      channelId: 'C0456DEF',
      webhookUrl: 'https://hooks.slack.com/services/T0/B0/xyz',
      webhookEnabled: true,
    };
    const { jira } = defaultSettings();
    const on = computeService.escalationPanel(
      panelInput({ dialogue: dialogue([customer('<!channel> down & slow')]), settings: { slack, jira } }),
    );
    expect(on.slack.webhookText).toBe(on.draft.main);
    expect(on.slack.webhookText).toContain('down & slow');
    const off = computeService.escalationPanel(panelInput({ settings: { slack: { ...slack, webhookEnabled: false }, jira } }));
    expect(off.slack.webhookText).toBeNull();
    const elsewhere = computeService.escalationPanel(
      panelInput({ settings: { slack: { ...slack, webhookUrl: 'https://example.com/hook' }, jira } }),
    );
    expect(elsewhere.slack.webhookText).toBeNull();
  });

  it("says when the operator's summary is longer than Jira gets", () => {
    const long = computeService.escalationPanel(panelInput({ choices: choices({ summary: 'one two three four five six seven' }) }));
    expect(long.jira).toEqual(expect.objectContaining({ summary: 'one two three four five six', summaryCut: true }));
    expect(computeService.escalationPanel(panelInput({ choices: choices({ summary: 'one two three' }) })).jira.summaryCut).toBe(false);
    // A summary that follows the problem line is cut silently: the operator did not write it.
    expect(computeService.escalationPanel(panelInput({ choices: choices({ problemLine: 'a b c d e f g h' }) })).jira.summaryCut).toBe(
      false,
    );
  });

  it('labels the problem types in the panel language', () => {
    const ru = computeService.escalationPanel(panelInput({ lang: 'ru' }));
    expect(ru.problemTypes.map((t) => t.value)).toEqual(['tracker', 'domains', 'affiliate', 'wordpress', 'other']);
    expect(ru.problemTypes[0]).toEqual({ value: 'tracker', label: 'проблема с трекером' });
  });

  it('quotes only what the customer wrote after the escalation in the new-details reply', () => {
    const messages = [
      customer('The tracker stopped'),
      operator('On it'),
      customer('Also the domain fails'),
      customer('And password: Zq81kLmn2 too'),
    ];
    const input = {
      messages,
      escalation: { customerMessageCount: 1 },
      sinceCount: 2,
      includedSecrets: [] as number[],
      lang: 'en' as const,
    };
    const details = computeService.escalationNewDetails(input);
    expect(details.text.split('\n')[0]).toBe('New details from the customer:');
    expect(details.text).toContain('> Also the domain fails');
    expect(details.text).not.toContain('The tracker stopped');
    expect(details.text).not.toContain('Zq81kLmn2');
    expect(details.secrets).toEqual([{ messageIndex: 1, where: 'details', kind: 'password', included: false, label: 'password' }]);
    expect(computeService.escalationNewDetails({ ...input, includedSecrets: [0] }).text).toContain('Zq81kLmn2');
    // Nothing new counted: nothing quoted.
    expect(computeService.escalationNewDetails({ ...input, sinceCount: 0 }).text).toBe('New details from the customer:');
  });

  it('describes a stored escalation', () => {
    const now = Date.parse('2025-03-12T12:00:00Z');
    expect(computeService.escalationLine({ record: { at: now - 2 * 3_600_000, jiraKey: 'SUPPORT-1' }, now, lang: 'en' })).toBe(
      'escalated 2 h ago, SUPPORT-1',
    );
    expect(
      computeService.escalationLine({ record: { at: now - 5 * 60_000, slackRef: 'https://x.slack.com/archives/C1/p1' }, now, lang: 'ru' }),
    ).toBe('эскалировано 5 мин назад, Slack');
  });

  it('checks pasted links: a Jira key or link, a Slack web link', () => {
    const jiraSettings = { baseUrl: 'https://jira.example.com', projectKey: 'SUPPORT' };
    expect(computeService.escalationRefs({ slack: 'https://team.slack.com/archives/C1/p1', jira: '77', jiraSettings })).toEqual({
      slackRef: 'https://team.slack.com/archives/C1/p1',
      jiraRef: { jiraKey: 'SUPPORT-77', jiraUrl: 'https://jira.example.com/browse/SUPPORT-77' },
    });
    expect(computeService.escalationRefs({ slack: 'hello', jira: 'hello', jiraSettings })).toEqual({ slackRef: null, jiraRef: null });
    expect(computeService.escalationRefs({ slack: '', jira: '', jiraSettings })).toEqual({ slackRef: '', jiraRef: {} });
  });
});

describe('components/escalation', () => {
  // The content script must reach the builders only through the compute service, or they are bundled into every panel page.
  const HEAVY = /from '[./]*\/lib\/(?:escalation|replies|secrets)\/|from '[./]*\/lib\/compute\/implementation'/;

  it('imports no escalation, reply or secret code at run time (types only)', () => {
    const dir = join(__dirname, '../../../components/escalation');
    const offending: string[] = [];
    for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const statement of source.match(/^import[\s\S]*?from '[^']+';$/gm) ?? []) {
        if (HEAVY.test(statement) && !/^import type /.test(statement)) offending.push(`${file}: ${statement}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('would notice such an import', () => {
    expect(HEAVY.test("import { buildSlackDraft } from '../../lib/escalation/slack-draft';")).toBe(true);
    expect(HEAVY.test("import { computeService } from '../../lib/compute/implementation';")).toBe(true);
    expect(HEAVY.test("import { compute } from '../../lib/compute/service';")).toBe(false);
  });
});
