import { phrase } from '../../lib/i18n/language';
import { useSidebar } from '../sidebar/store';
import { strings } from './strings';

export type EscKey = keyof (typeof strings)['en'];

/** The escalation section's phrase lookup in the sidebar's language. */
export function useEscT() {
  const lang = useSidebar((s) => s.lang);
  return (key: EscKey, values?: Record<string, string | number>) => phrase(strings[lang][key], values);
}
