import type { WriteErrorKind } from '../db/write-error';
import type { Phrases } from '../i18n/language';

/** What the operator is told when a write to the extension's database fails (sidebar and popup). */
export const writeStrings: Phrases<WriteErrorKind> = {
  en: {
    quota:
      "Not saved: the browser has no room left for Sidekick's data. What was saved before is kept, and this dialogue is saved when there is room. Free disk space, or shorten the retention period (Options → Your data).",
    version: "Not saved: Sidekick's data was written by a newer version of the extension. Nothing is deleted; update Sidekick.",
    closed: "Not saved: Sidekick's database was closed ({detail}). What was saved before is kept; Sidekick tries again.",
    failed: "Not saved: Sidekick's database refused the write ({detail}). What was saved before is kept; Sidekick tries again.",
  },
  ru: {
    quota:
      'Не сохранено: в браузере не осталось места для данных Sidekick. Сохранённое раньше цело, а этот диалог сохранится, когда место появится. Освободите место на диске или сократите срок хранения (Настройки → Ваши данные).',
    version: 'Не сохранено: данные Sidekick записаны более новой версией расширения. Ничего не удалено; обновите Sidekick.',
    closed: 'Не сохранено: база данных Sidekick закрыта ({detail}). Сохранённое раньше цело; Sidekick попробует снова.',
    failed: 'Не сохранено: база данных Sidekick отказала в записи ({detail}). Сохранённое раньше цело; Sidekick попробует снова.',
  },
};
