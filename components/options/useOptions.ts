import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language, Settings } from '../../lib/settings/schema';
import type { SettingsResult } from '../../lib/settings/validate';
import { phrase } from '../../lib/i18n/language';
import { strings } from './strings';

export interface OptionsContextValue {
  lang: Language;
  settings: Settings;
  /** Validates and saves a whole document; reports success or the first bad field. */
  save(doc: unknown, how?: 'saved' | 'imported'): Promise<SettingsResult>;
  /** Shows the outcome of a check that did not get as far as saving. */
  report(result: SettingsResult): void;
}

export const OptionsContext = createContext<OptionsContextValue | null>(null);

export function useOptions(): OptionsContextValue & {
  t: (k: keyof (typeof strings)['en'], v?: Record<string, string | number>) => string;
} {
  const ctx = useContext(OptionsContext);
  if (!ctx) throw new Error('Options context missing');
  return { ...ctx, t: (k, v) => phrase(strings[ctx.lang][k], v) };
}
