import { phrase } from '../../lib/i18n/language';
import { useSidebar } from '../sidebar/store';
import { strings } from './strings';

export type TriKey = keyof (typeof strings)['en'];

/** The triage section's phrase lookup in the sidebar's language. */
export function useTriT() {
  const lang = useSidebar((s) => s.lang);
  return (key: TriKey, values?: Record<string, string | number>) => phrase(strings[lang][key], values);
}
