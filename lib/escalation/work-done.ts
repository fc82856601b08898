/**
 * The end-of-day post for `#work-done`: what the operator handled, how much of it is tagged,
 * what went to developers, and which tags the day was about.
 */
import type { DialogueRecord, EscalationRecord, TagEvent } from '../db/schema';
import type { Language } from '../settings/schema';
import { dayKey as localDay } from '../stats/day';
import { inertForPaste } from './slack-text';

export interface WorkDoneInput {
  records: readonly DialogueRecord[];
  escalations: readonly EscalationRecord[];
  tagEvents: readonly TagEvent[];
  /** YYYY-MM-DD in `timeZone`. */
  day: string;
  timeZone: string;
  lang: Language;
}

const TEXT = {
  en: {
    title: (day: string) => `*Work done, ${day}*`,
    handled: (n: number) => `• Dialogues handled: ${n}`,
    tagged: (n: number, of: number, pct: number) => `• Tagged: ${n} of ${of} (${pct}%)`,
    escalations: (n: number) => `• Escalations: ${n}`,
    noEscalations: '• Escalations: none',
    tags: 'Tags:',
    noTags: '• Tags: none',
    noSummary: '(no summary)',
    dialogue: 'dialogue',
  },
  ru: {
    title: (day: string) => `*Сделано за ${day}*`,
    handled: (n: number) => `• Диалогов обработано: ${n}`,
    tagged: (n: number, of: number, pct: number) => `• С тегами: ${n} из ${of} (${pct}%)`,
    escalations: (n: number) => `• Эскалаций: ${n}`,
    noEscalations: '• Эскалаций: нет',
    tags: 'Теги:',
    noTags: '• Теги: нет',
    noSummary: '(без описания)',
    dialogue: 'диалог',
  },
} as const;

/** Dialogues the operator replied in on `day`, by reply times, or by the stored reply days. */
export function dialoguesHandledOn(records: readonly DialogueRecord[], day: string, timeZone: string): DialogueRecord[] {
  return records.filter(
    (r) => r.repliedByMe === 1 && (r.myReplyAt.some((at) => localDay(at, timeZone) === day) || r.replyDays.includes(day)),
  );
}

/**
 * Per tag, how many dialogues carried it on `day`: the handled dialogues' tags plus tags
 * added that day and not removed later that day. A tag counts once per dialogue.
 */
export function tagCountsOn(
  handled: readonly DialogueRecord[],
  tagEvents: readonly TagEvent[],
  day: string,
  timeZone: string,
): [string, number][] {
  const pairs = new Set<string>();
  const key = (dialogueId: string, tag: string) => JSON.stringify([dialogueId, tag]);
  for (const r of handled) for (const tag of r.tags) pairs.add(key(r.id, tag));
  // Only the operator's own work: tags changed in dialogues a teammate handled are theirs to report.
  const mine = new Set(handled.map((r) => r.id));
  const ofDay = tagEvents.filter((e) => mine.has(e.dialogueId) && localDay(e.at, timeZone) === day).sort((a, b) => a.at - b.at);
  const net = new Map<string, boolean>();
  for (const e of ofDay) net.set(key(e.dialogueId, e.tag), e.action === 'add');
  for (const [k, added] of net) if (added) pairs.add(k);
  const counts = new Map<string, number>();
  for (const k of pairs) {
    const tag = (JSON.parse(k) as [string, string])[1];
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escalationLine(e: EscalationRecord, record: DialogueRecord | undefined, lang: Language): string {
  const t = TEXT[lang];
  const refs: string[] = [];
  if (e.jiraKey) refs.push(inertForPaste(oneLine(e.jiraKey)));
  if (e.jiraUrl) refs.push(inertForPaste(oneLine(e.jiraUrl)));
  if (e.slackRef) refs.push(`Slack: ${inertForPaste(oneLine(e.slackRef))}`);
  const name = record?.customerName ? oneLine(record.customerName) : '';
  const summary = e.summary.trim() ? inertForPaste(oneLine(e.summary)) : t.noSummary;
  // Older summaries began with the customer's name: it is said once.
  const who = name && !oneLine(e.summary).toLowerCase().includes(name.toLowerCase()) ? `${inertForPaste(name)}: ` : '';
  const link = record?.link ? ` (${t.dialogue}: ${inertForPaste(oneLine(record.link))})` : '';
  return `   ◦ ${refs.length ? refs.join(' ') + ' ' : ''}${who}${summary}${link}`;
}

/** The `#work-done` text for one day; everything that came from a customer is inert. */
export function workDoneSummary(input: WorkDoneInput): string {
  const t = TEXT[input.lang];
  const handled = dialoguesHandledOn(input.records, input.day, input.timeZone);
  const tagged = handled.filter((r) => r.tags.length > 0).length;
  const pct = handled.length ? Math.round((tagged / handled.length) * 100) : 0;
  const byId = new Map(input.records.map((r) => [r.id, r]));
  const escalations = input.escalations.filter((e) => localDay(e.at, input.timeZone) === input.day).sort((a, b) => a.at - b.at);
  const tags = tagCountsOn(handled, input.tagEvents, input.day, input.timeZone);

  const lines = [t.title(input.day), t.handled(handled.length), t.tagged(tagged, handled.length, pct)];
  if (escalations.length) {
    lines.push(t.escalations(escalations.length));
    for (const e of escalations) lines.push(escalationLine(e, byId.get(e.dialogueId), input.lang));
  } else {
    lines.push(t.noEscalations);
  }
  lines.push(tags.length ? `• ${t.tags} ${tags.map(([tag, n]) => `${inertForPaste(oneLine(tag))} ×${n}`).join(', ')}` : t.noTags);
  return lines.join('\n');
}
