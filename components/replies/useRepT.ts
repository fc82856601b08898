import { phrase } from '../../lib/i18n/language';
import { useSidebar } from '../sidebar/store';
import { strings } from './strings';

export type RepKey = keyof (typeof strings)['en'];

/** The replies section's phrase lookup in the sidebar's language. */
export function useRepT() {
  const lang = useSidebar((s) => s.lang);
  return (key: RepKey, values?: Record<string, string | number>) => phrase(strings[lang][key], values);
}
