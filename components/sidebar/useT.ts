import { phrase } from '../../lib/i18n/language';
import { strings } from './strings';
import { useSidebar } from './store';

/** The sidebar's phrase lookup in the current language. */
export function useT() {
  const lang = useSidebar((s) => s.lang);
  return (key: keyof (typeof strings)['en'], values?: Record<string, string | number>) => phrase(strings[lang][key], values);
}
