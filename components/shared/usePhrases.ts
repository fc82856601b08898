import { phrase, type Phrases } from '../../lib/i18n/language';
import { useSidebar } from '../sidebar/store';

/** A phrase lookup over one folder's `strings`, in the sidebar's language: `t('key', { n: 2 })`. */
export function usePhrases<K extends string>(strings: Phrases<K>) {
  const lang = useSidebar((s) => s.lang);
  return (key: K, values?: Record<string, string | number>) => phrase(strings[lang][key], values);
}
