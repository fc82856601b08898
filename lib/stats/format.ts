import type { Language } from '../settings/schema';
import type { DayKey } from './day';

/** A ratio as a whole percentage ('67%'); a dash when there is nothing to divide. */
export function percentText(ratio: number | null): string {
  return ratio === null ? '—' : `${Math.round(ratio * 100)}%`;
}

const dayFormats = new Map<Language, Intl.DateTimeFormat>();

/** A calendar day, short: '17 Mar' / '17 мар.'. The key is already in the operator's zone, so it is formatted as UTC. */
export function shortDay(key: DayKey, lang: Language): string {
  let f = dayFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayFormats.set(lang, f);
  }
  return f.format(Date.parse(`${key}T00:00:00Z`));
}

/** Day of month alone, for axis labels under narrow bars. */
export function dayOfMonth(key: DayKey): string {
  return String(Number(key.slice(8, 10)));
}

const UNITS: Record<Language, { d: string; h: string; min: string }> = {
  en: { d: 'd', h: 'h', min: 'min' },
  ru: { d: 'д', h: 'ч', min: 'мин' },
};

/** A duration as days and hours ('2 d 3 h'), or minutes under an hour. */
export function durationText(ms: number, lang: Language): string {
  const u = UNITS[lang];
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} ${u.min}`;
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  if (days === 0) return `${hours} ${u.h}`;
  return rest === 0 ? `${days} ${u.d}` : `${days} ${u.d} ${rest} ${u.h}`;
}

/** A moment in the operator's zone, date and time: for "last synced" lines. */
export function momentText(ms: number, lang: Language, tz: string): string {
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: tz }).format(ms);
}
