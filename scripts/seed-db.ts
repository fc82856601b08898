/**
 * Deterministic synthetic data for benchmarks and tests: the same arguments always give the same
 * records, so timings from different runs compare. Pure: it builds rows and never opens a database;
 * the caller bulk-adds them (e.g. `db.dialogues.bulkAdd(makeRecords(100_000, Date.now(), 'Europe/Moscow'))`).
 */
import type { DialogueRecord, TagEvent } from '../lib/db/schema';
import { dayKey } from '../lib/stats/day';
import { DAY_MS, HOUR_MS } from '../lib/time/units';

/** Spread of the generated dialogues back from `now`. */
export const SEED_SPAN_DAYS = 180;

export const SEED_TAGS = [
  'billing',
  'domains-ssl-recheck',
  'installation',
  'update',
  'clickhouse',
  'postback',
  'affiliate-network',
  'wordpress',
  'license',
  'refund',
  'reports',
  'campaign-setup',
  'redirects',
  'api',
  'performance',
  'server-migration',
  'bot-filter',
  'landing-pages',
  'integration',
  'feature-request',
] as const;

const SEED_TEXT: Record<(typeof SEED_TAGS)[number], string> = {
  billing: 'How can I pay for the licence renewal with a card?',
  'domains-ssl-recheck': 'The SSL certificate for my domain is not issued, please recheck.',
  installation: 'The installer stops with an error on my new server.',
  update: 'After the update the tracker shows a blank page.',
  clickhouse: 'ClickHouse does not start after the reboot.',
  postback: 'Postbacks from the network do not arrive.',
  'affiliate-network': 'Conversions from the affiliate network are missing.',
  wordpress: 'The WordPress plugin does not send clicks.',
  license: 'My licence key is shown as invalid.',
  refund: 'I want my money back.',
  reports: 'The report shows different numbers than the network.',
  'campaign-setup': 'How do I set up a campaign with several offers?',
  redirects: 'The redirect is slow for mobile traffic.',
  api: 'The API returns 403 for my token.',
  performance: 'The tracker is slow when I open the reports.',
  'server-migration': 'I want to move the tracker to another server.',
  'bot-filter': 'Too many bots pass the filter.',
  'landing-pages': 'The landing page is not shown after the click.',
  integration: 'How can I connect the tracker to Facebook?',
  'feature-request': 'Could you add a dark theme?',
};

const OPERATORS = ['Anna', 'Boris', 'Vera', 'Gleb'];

/** mulberry32: small, fast, and the same sequence everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** rand() is in [0, 1), so the index is in range of a non-empty list. */
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/**
 * `n` dialogues first seen over the last SEED_SPAN_DAYS days: about 80% with replies of mine, about
 * 75% tagged, about 30% assigned to me.
 */
export function makeRecords(n: number, now: number, tz: string): DialogueRecord[] {
  const rand = random(0x5eed);
  const out: DialogueRecord[] = [];
  for (let i = 0; i < n; i++) {
    const firstSeen = now - Math.floor(rand() * SEED_SPAN_DAYS * DAY_MS);
    const topic = pick(rand, SEED_TAGS);
    const replied = rand() < 0.8;
    const myReplyAt: number[] = [];
    if (replied) {
      const replies = 1 + Math.floor(rand() * 4);
      let t = firstSeen;
      for (let k = 0; k < replies; k++) {
        t = Math.min(now, t + Math.floor(rand() * 20 * HOUR_MS));
        myReplyAt.push(t);
      }
    }
    const lastMyReplyAt = myReplyAt.length > 0 ? myReplyAt[myReplyAt.length - 1] : undefined;
    const tags = rand() < 0.75 ? (rand() < 0.2 ? [topic, pick(rand, SEED_TAGS)] : [topic]) : [];
    const mine = rand() < 0.3;
    const replyDays = [...new Set(myReplyAt.map((t) => dayKey(t, tz)))];
    const uniqueTags = [...new Set(tags)];
    out.push({
      id: String(1_000_000_000_000_000_000n + BigInt(i)),
      link: `https://app.carrotquest.io/dialogs/${1_000_000_000_000_000_000n + BigInt(i)}`,
      customerName: `Customer ${i}`,
      firstSeen,
      lastSeen: Math.min(now, Math.max(firstSeen, lastMyReplyAt ?? firstSeen) + Math.floor(rand() * 2 * DAY_MS)),
      tags: uniqueTags,
      repliedByMe: replied ? 1 : 0,
      myReplyAt,
      myReplyCount: myReplyAt.length,
      lastMyReplyAt,
      replyDays,
      assignee: mine ? 'Me' : pick(rand, OPERATORS),
      assignedToMe: mine ? 1 : 0,
      customerText: SEED_TEXT[topic],
      customerMessageCount: 1 + Math.floor(rand() * 5),
    });
  }
  return out;
}

/**
 * Exactly `n` tag events for `records` (none without records, and one short when none carries a
 * tag and `n` is odd): first an 'add' for
 * each tag a dialogue carries, a little after it was first seen; then, round after round over the
 * records until there are `n`, a tag added by mistake and removed again a minute later. The tags the
 * records carry cover only about a third of 300,000, so the mistakes make up the rest. When one event
 * is left over it is a second 'add' of a tag the dialogue carries (the tag seen applied again).
 */
export function makeTagEvents(n: number, records: readonly DialogueRecord[]): TagEvent[] {
  const rand = random(0x7a95);
  const out: TagEvent[] = [];
  if (n <= 0 || records.length === 0) return out;
  for (const r of records) {
    for (const tag of r.tags) {
      if (out.length >= n) return out;
      const at = Math.min(r.lastSeen, r.firstSeen + Math.floor(rand() * 6 * HOUR_MS));
      out.push({ dialogueId: r.id, tag, action: 'add', at });
    }
  }
  while (out.length < n) {
    for (const r of records) {
      const left = n - out.length;
      if (left === 0) break;
      const span = Math.max(1, r.lastSeen - r.firstSeen);
      const at = r.firstSeen + Math.floor(rand() * span);
      const carried = r.tags.find(() => true);
      if (left === 1 && carried !== undefined) {
        out.push({ dialogueId: r.id, tag: carried, action: 'add', at });
        continue;
      }
      if (left === 1) continue;
      let tag = pick(rand, SEED_TAGS);
      for (let k = 0; r.tags.includes(tag) && k < SEED_TAGS.length; k++) tag = SEED_TAGS[(SEED_TAGS.indexOf(tag) + 1) % SEED_TAGS.length]!;
      out.push({ dialogueId: r.id, tag, action: 'add', at }, { dialogueId: r.id, tag, action: 'remove', at: at + 60_000 });
    }
    // Only untagged records left and one event to go: nothing true to add.
    if (n - out.length === 1 && records.every((r) => r.tags.length === 0)) break;
  }
  return out;
}
