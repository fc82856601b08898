import type { Language } from '../settings/schema';

/** The UI language: the operator's choice, else the browser's (Russian for any `ru*` locale). */
export function resolveLanguage(choice: 'auto' | Language, browserLanguage?: string): Language {
  if (choice !== 'auto') return choice;
  const lang = browserLanguage ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
  return lang.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** A phrase book: one dictionary per language with the same keys. */
export type Phrases<K extends string> = Record<Language, Record<K, string>>;

/** Fills `{name}` placeholders of a UI phrase (not customer text; that never becomes markup). */
export function phrase(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
