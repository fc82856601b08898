import type { EscalationRecord } from '../db/schema';
import type { Language } from '../settings/schema';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const TEXT = {
  en: {
    escalated: 'escalated',
    justNow: 'just now',
    minutes: (n: number) => `${n} min ago`,
    hours: (n: number) => `${n} h ago`,
    days: (n: number) => `${n} d ago`,
  },
  ru: {
    escalated: 'эскалировано',
    justNow: 'только что',
    minutes: (n: number) => `${n} мин назад`,
    hours: (n: number) => `${n} ч назад`,
    days: (n: number) => `${n} дн. назад`,
  },
} as const;

/** "5 min ago", "2 h ago", "3 d ago"; a time in the future (another machine's clock) is "just now". */
export function relativeTime(at: number, now: number, lang: Language): string {
  const t = TEXT[lang];
  const ago = now - at;
  if (ago < MINUTE) return t.justNow;
  if (ago < HOUR) return t.minutes(Math.floor(ago / MINUTE));
  if (ago < DAY) return t.hours(Math.floor(ago / HOUR));
  return t.days(Math.floor(ago / DAY));
}

/** A one-line reminder that this dialogue is already escalated, so nobody opens a second thread. */
export function describeEscalation(record: Pick<EscalationRecord, 'at' | 'jiraKey' | 'slackRef'>, now: number, lang: Language): string {
  const parts = [`${TEXT[lang].escalated} ${relativeTime(record.at, now, lang)}`];
  if (record.jiraKey?.trim()) parts.push(record.jiraKey.trim());
  else if (record.slackRef?.trim()) parts.push('Slack');
  return parts.join(', ');
}
