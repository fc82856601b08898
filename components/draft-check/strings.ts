import type { Phrases } from '../../lib/i18n/language';

export const strings: Phrases<'heading' | 'fix'> = {
  ru: { heading: 'Проверьте ответ', fix: 'Лучше так: {fix}' },
  en: { heading: 'Check your reply', fix: 'Instead: {fix}' },
};
