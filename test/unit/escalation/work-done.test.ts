import { describe, expect, it } from 'vitest';
import type { DialogueRecord, EscalationRecord, TagEvent } from '../../../lib/db/schema';
import { dialoguesHandledOn, tagCountsOn, workDoneSummary } from '../../../lib/escalation/work-done';
import { hasLiveControl, hasLiveMention } from './fakes';

const TZ = 'Europe/Moscow';
// 2024-05-14 in Moscow (UTC+3): 10:00 local = 07:00 UTC.
const at = (day: number, hourUtc: number) => Date.UTC(2024, 4, day, hourUtc, 0, 0);

function record(id: string, over: Partial<DialogueRecord> = {}): DialogueRecord {
  return {
    id,
    link: `https://app.carrotquest.io/dialogs/${id}`,
    firstSeen: at(14, 6),
    lastSeen: at(14, 6),
    tags: [],
    repliedByMe: 1,
    myReplyAt: [at(14, 7)],
    myReplyCount: 1,
    replyDays: [],
    assignedToMe: 1,
    customerText: '',
    customerMessageCount: 1,
    ...over,
  };
}

const records: DialogueRecord[] = [
  record('1', { tags: ['domains', 'ssl'], customerName: 'Ivan @here <!channel>' }),
  record('2', { tags: ['domains'] }),
  record('3'),
  // 23:30 Moscow on the 14th is 20:30 UTC: still the 14th for the operator.
  record('4', { myReplyAt: [at(14, 20) + 30 * 60_000], tags: ['billing'] }),
  // 00:30 Moscow on the 15th is 21:30 UTC on the 14th: not the operator's 14th.
  record('5', { myReplyAt: [at(14, 21) + 30 * 60_000], tags: ['other-day'] }),
  record('6', { repliedByMe: 0, myReplyAt: [] }),
];

const escalations: EscalationRecord[] = [
  {
    dialogueId: '1',
    at: at(14, 9),
    jiraKey: 'SUPPORT-7',
    jiraUrl: 'https://jira.example.com/browse/SUPPORT-7',
    summary: 'SSL <@U1> broken',
    customerMessageCount: 2,
  },
  { dialogueId: '2', at: at(13, 9), summary: 'yesterday', customerMessageCount: 1 },
];

const tagEvents: TagEvent[] = [
  { dialogueId: '3', tag: 'tracker', action: 'add', at: at(14, 8) },
  { dialogueId: '3', tag: 'wrong', action: 'add', at: at(14, 8) },
  { dialogueId: '3', tag: 'wrong', action: 'remove', at: at(14, 9) },
];

describe('workDoneSummary', () => {
  const text = workDoneSummary({ records, escalations, tagEvents, day: '2024-05-14', timeZone: TZ, lang: 'en' });

  it("counts dialogues handled in the operator's time zone", () => {
    expect(dialoguesHandledOn(records, '2024-05-14', TZ).map((r) => r.id)).toEqual(['1', '2', '3', '4']);
    expect(dialoguesHandledOn(records, '2024-05-15', TZ).map((r) => r.id)).toEqual(['5']);
    expect(text).toContain('• Dialogues handled: 4');
    expect(text).toContain('• Tagged: 3 of 4 (75%)');
  });

  it("lists the day's escalations with their references and dialogue links", () => {
    expect(text).toContain('• Escalations: 1');
    const line = text.split('\n').find((l) => l.includes('SUPPORT-7'))!;
    expect(line).toContain('https://jira.example.com/browse/SUPPORT-7');
    expect(line).toContain('https://app.carrotquest.io/dialogs/1');
    expect(text).not.toContain('yesterday');
  });

  it('counts tags once per dialogue, including tags added that day and not removed', () => {
    expect(tagCountsOn(dialoguesHandledOn(records, '2024-05-14', TZ), tagEvents, '2024-05-14', TZ)).toEqual([
      ['domains', 2],
      ['billing', 1],
      ['ssl', 1],
      ['tracker', 1],
    ]);
    expect(text).toContain('domains ×2');
    expect(text).not.toContain('wrong');
    expect(text).not.toContain('other-day');
  });

  it('leaves out tags teammates added in dialogues I did not handle, and says a name once', () => {
    const teammate = record('9', { repliedByMe: 0, myReplyAt: [], tags: ['update'], customerName: 'Сергей Волков' });
    const events: TagEvent[] = [...tagEvents, { dialogueId: '9', tag: 'update', action: 'add', at: at(14, 10) }];
    const esc: EscalationRecord[] = [
      { dialogueId: '9', at: at(14, 10), summary: 'Сергей Волков (s@x.ru): tracker down', customerMessageCount: 1 },
    ];
    const out = workDoneSummary({
      records: [...records, teammate],
      escalations: esc,
      tagEvents: events,
      day: '2024-05-14',
      timeZone: TZ,
      lang: 'ru',
    });
    expect(out).not.toContain('update');
    expect(out.match(/Сергей Волков/g)).toHaveLength(1);
  });

  it('makes customer-derived text inert', () => {
    expect(hasLiveMention(text)).toBe(false);
    expect(hasLiveControl(text)).toBe(false);
    expect(text).toMatch(/Ivan @.here/);
  });

  it('speaks Russian and handles an empty day', () => {
    const ru = workDoneSummary({ records: [], escalations: [], tagEvents: [], day: '2024-05-19', timeZone: TZ, lang: 'ru' });
    expect(ru).toContain('Диалогов обработано: 0');
    expect(ru).toContain('С тегами: 0 из 0 (0%)');
    expect(ru).toContain('Эскалаций: нет');
  });
});
