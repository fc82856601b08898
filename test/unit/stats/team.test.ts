import { describe, expect, it } from 'vitest';
import type { SyncedConversation } from '../../../lib/api/coverage-sync';
import { sortTeamRows, teamCsv, teamRows } from '../../../lib/stats/team';

const DAY = 86_400_000;
// Wednesday 2027-01-13 12:00 UTC (15:00 in Moscow).
const NOW = Date.UTC(2027, 0, 13, 12);
const targets = { floor: 0.7, goal: 0.8 };
let n = 0;

function conv(over: Partial<SyncedConversation> & { replies: Record<string, number[]> }): SyncedConversation {
  const id = String(1_160_406_004_324_630_000n + BigInt(++n));
  return {
    id,
    appId: '1',
    created: (NOW - 2 * DAY) / 1000,
    lastUpdate: NOW / 1000,
    closed: true,
    tags: [],
    assigneeId: null,
    replyAdmins: Object.keys(over.replies),
    ...over,
  };
}

describe('team view rows', () => {
  const conversations = [
    // Anna: 3 this week (2 tagged), 1 twenty days ago (tagged), 1 forty days ago (outside).
    conv({ replies: { '301': [NOW - DAY] }, tags: ['refund'] }),
    conv({ replies: { '301': [NOW - 2 * DAY] }, tags: ['refund', 'ssh-access'] }),
    conv({ replies: { '301': [NOW - (3 * DAY) / 2] } }),
    conv({ replies: { '301': [NOW - 20 * DAY] }, tags: ['postback'] }),
    conv({ replies: { '301': [NOW - 40 * DAY] }, tags: ['postback'] }),
    // Ivan: one last week, tagged; and holds an open one started 30 h ago.
    conv({ replies: { '302': [NOW - 8 * DAY] }, tags: ['wordpress'] }),
    conv({ replies: {}, closed: false, assigneeId: '302', created: (NOW - 30 * 3_600_000) / 1000 }),
    conv({ replies: {}, closed: false, assigneeId: '302', created: (NOW - 3 * 3_600_000) / 1000 }),
    // Someone the channels do not list.
    conv({ replies: { '309': [NOW - DAY] }, tags: ['refund'] }),
  ];
  const operators = [
    { id: '301', name: 'Анна Смирнова' },
    { id: '302', name: '=cmd|calc' },
    { id: '303', name: 'Пётр' },
  ];
  const rows = teamRows(conversations, operators, { now: NOW, tz: 'Europe/Moscow', targets, longHeldHours: 24 });
  const row = (id: string) => rows.find((r) => r.adminId === id)!;

  it('counts coverage over 7 and 30 days against the floor and goal, untagged and long-held', () => {
    expect(row('301').d7).toEqual({ tagged: 2, total: 3, ratio: 2 / 3 });
    expect(row('301').d30).toEqual({ tagged: 3, total: 4, ratio: 0.75 });
    expect(row('301').level7).toBe('below-floor');
    expect(row('301').level30).toBe('floor');
    expect(row('301').untagged7).toBe(1);
    expect(row('301').untagged30).toBe(1);
    expect(row('302').d7.total).toBe(0);
    expect(row('302').level7).toBeNull();
    expect(row('302').d30).toEqual({ tagged: 1, total: 1, ratio: 1 });
    expect(row('302').longHeld).toBe(1);
    expect(row('303').d30.total).toBe(0);
    expect(row('309').name).toBe('#309');
  });

  it('top tags this week against last week', () => {
    expect(row('301').topThisWeek).toEqual([
      { tag: 'refund', count: 2 },
      { tag: 'ssh-access', count: 1 },
    ]);
    expect(row('301').topLastWeek).toEqual([]);
    expect(row('302').topLastWeek).toEqual([{ tag: 'wordpress', count: 1 }]);
  });

  it('sorts by any column, rows without a ratio last', () => {
    expect(sortTeamRows(rows, 'd7', false).map((r) => r.adminId)).toEqual(['301', '309', '302', '303']);
    expect(sortTeamRows(rows, 'd7', true).map((r) => r.adminId)).toEqual(['309', '301', '302', '303']);
    expect(sortTeamRows(rows, 'name', false).map((r) => r.adminId)).toEqual(['309', '302', '301', '303']);
    expect(sortTeamRows(rows, 'longHeld', true)[0]!.adminId).toBe('302');
  });

  it('exports CSV with formulas made inert', () => {
    const csv = teamCsv(sortTeamRows(rows, 'name', false));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'admin_id,name,coverage_7d_pct,tagged_7d,replied_7d,coverage_30d_pct,tagged_30d,replied_30d,untagged_7d,untagged_30d,held_too_long,top_tags_this_week,top_tags_last_week',
    );
    expect(lines).toHaveLength(5);
    expect(lines).toContain("302,'=cmd|calc,,0,0,100,1,1,0,0,1,,wordpress 1");
    expect(lines).toContain('301,Анна Смирнова,67,2,3,75,3,4,1,1,0,refund 2; ssh-access 1,');
  });
});
