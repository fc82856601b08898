import type { SyncedConversation } from '../api/coverage-sync';
import { coverageOf, levelOf, type Coverage, type CoverageLevel, type CoverageTargets } from './coverage';
import { addDays, dayKey, weekStart, type DayKey } from './day';
import { csvCell } from './trends';
import { HOUR_MS } from '../time/units';

/**
 * The lead's team view (options → Team), counted from the API's copy of the app's conversations
 * (lib/api/coverage-sync.ts). Per operator: coverage over 7 and 30 days (of the dialogues they replied in,
 * the share carrying a tag now, the same rule as the popup's), untagged counts, open dialogues assigned to
 * them for longer than the threshold (from the conversation's start: the API does not say when it was
 * assigned), and their top tags this week against last week. Pure: conversations in, rows out.
 */

export interface TagCount {
  tag: string;
  count: number;
}

export interface TeamRow {
  adminId: string;
  name: string;
  d7: Coverage;
  d30: Coverage;
  level7: CoverageLevel | null;
  level30: CoverageLevel | null;
  untagged7: number;
  untagged30: number;
  longHeld: number;
  topThisWeek: TagCount[];
  topLastWeek: TagCount[];
}

const top = (counts: Map<string, number>, n = 3): TagCount[] =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([tag, count]) => ({ tag, count }));

export function teamRows(
  conversations: readonly SyncedConversation[],
  operators: readonly { id: string; name: string }[],
  { now, tz, targets, longHeldHours }: { now: number; tz: string; targets: CoverageTargets; longHeldHours: number },
): TeamRow[] {
  const today = dayKey(now, tz);
  const from7 = addDays(today, -6);
  const from30 = addDays(today, -29);
  const thisWeek = weekStart(today);
  const lastWeek = addDays(thisWeek, -7);
  const heldFrom = (now - longHeldHours * HOUR_MS) / 1000;
  // Operators the channels list, and anyone else who replied (a teammate who left a channel still counts).
  const names = new Map(operators.map((o) => [o.id, o.name]));
  for (const c of conversations) for (const a of c.replyAdmins) if (!names.has(a)) names.set(a, `#${a}`);
  return [...names].map(([adminId, name]) => {
    let t7 = 0;
    let n7 = 0;
    let t30 = 0;
    let n30 = 0;
    const thisCounts = new Map<string, number>();
    const lastCounts = new Map<string, number>();
    for (const c of conversations) {
      const times = c.replies[adminId];
      if (!times?.length) continue;
      const days = new Set<DayKey>(times.map((t) => dayKey(t, tz)));
      let latest = '';
      for (const d of days) if (d > latest && d <= today) latest = d;
      const tagged = c.tags.length > 0;
      if (latest >= from30) {
        n30++;
        if (tagged) t30++;
      }
      if (latest >= from7) {
        n7++;
        if (tagged) t7++;
      }
      const inThis = [...days].some((d) => d >= thisWeek && d <= today);
      const inLast = [...days].some((d) => d >= lastWeek && d < thisWeek);
      for (const tag of c.tags) {
        if (inThis) thisCounts.set(tag, (thisCounts.get(tag) ?? 0) + 1);
        if (inLast) lastCounts.set(tag, (lastCounts.get(tag) ?? 0) + 1);
      }
    }
    const d7 = coverageOf(t7, n7);
    const d30 = coverageOf(t30, n30);
    return {
      adminId,
      name,
      d7,
      d30,
      level7: d7.ratio === null ? null : levelOf(d7.ratio, targets),
      level30: d30.ratio === null ? null : levelOf(d30.ratio, targets),
      untagged7: n7 - t7,
      untagged30: n30 - t30,
      longHeld: conversations.filter((c) => !c.closed && c.assigneeId === adminId && c.created > 0 && c.created <= heldFrom).length,
      topThisWeek: top(thisCounts),
      topLastWeek: top(lastCounts),
    };
  });
}

export type TeamSortKey = 'name' | 'd7' | 'd30' | 'untagged7' | 'untagged30' | 'longHeld';

/** Sorted by one column; rows without a ratio go last either way, ties by name. */
export function sortTeamRows(rows: readonly TeamRow[], key: TeamSortKey, descending: boolean): TeamRow[] {
  const sign = descending ? -1 : 1;
  const ratio = (r: TeamRow) => (key === 'd7' ? r.d7.ratio : r.d30.ratio);
  return [...rows].sort((a, b) => {
    let c: number;
    if (key === 'name') c = sign * a.name.localeCompare(b.name);
    else if (key === 'd7' || key === 'd30') {
      const x = ratio(a);
      const y = ratio(b);
      c = x === null || y === null ? (x === null ? 1 : 0) - (y === null ? 1 : 0) : sign * (x - y);
    } else c = sign * (a[key] - b[key]);
    return c || a.name.localeCompare(b.name) || a.adminId.localeCompare(b.adminId);
  });
}

const pct = (c: Coverage) => (c.ratio === null ? '' : Math.round(c.ratio * 100));
const tagsText = (tags: readonly TagCount[]) => tags.map((t) => `${t.tag} ${t.count}`).join('; ');

/** The table as CSV (RFC 4180, CRLF; a cell a spreadsheet would run as a formula is made inert). */
export function teamCsv(rows: readonly TeamRow[]): string {
  const head = [
    'admin_id',
    'name',
    'coverage_7d_pct',
    'tagged_7d',
    'replied_7d',
    'coverage_30d_pct',
    'tagged_30d',
    'replied_30d',
    'untagged_7d',
    'untagged_30d',
    'held_too_long',
    'top_tags_this_week',
    'top_tags_last_week',
  ];
  const lines = rows.map((r) => [
    r.adminId,
    r.name,
    pct(r.d7),
    r.d7.tagged,
    r.d7.total,
    pct(r.d30),
    r.d30.tagged,
    r.d30.total,
    r.untagged7,
    r.untagged30,
    r.longHeld,
    tagsText(r.topThisWeek),
    tagsText(r.topLastWeek),
  ]);
  return [head, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
