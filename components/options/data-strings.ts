import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'heading'
  | 'loading'
  | 'backupHeading'
  | 'backupHint'
  | 'export'
  | 'exported'
  | 'import'
  | 'importSummary'
  | 'importConfirm'
  | 'cancel'
  | 'imported'
  | 'refused'
  | 'notJson'
  | 'tooLarge'
  | 'exportTooLarge'
  | 'skipped'
  | 'skippedMore'
  | 'retentionHeading'
  | 'retentionHint'
  | 'retentionDays'
  | 'retentionInvalid'
  | 'save'
  | 'saved'
  | 'apply'
  | 'applyConfirm'
  | 'applyForever'
  | 'applied'
  | 'clearHeading'
  | 'clearHint'
  | 'clear'
  | 'clearConfirmText'
  | 'clearConfirm'
  | 'cleared'
  | 'teamHeading'
  | 'teamUrl'
  | 'teamNotSet'
  | 'lastSuccess'
  | 'lastAttempt'
  | 'lastError'
  | 'never'
  | 'none'
  | 'syncNow'
  | 'syncing'
  | 'failed';

export const dataStrings: Phrases<Key> = {
  en: {
    heading: 'Your data',
    loading: 'Loading…',
    backupHeading: 'Backup',
    backupHint:
      'One JSON file with the settings and everything stored on this computer: dialogue records (customer text with secrets already removed), tag history, escalations, corrections and the learned tag model. The Slack webhook address is left out.',
    export: 'Download backup',
    exported: 'Backup downloaded.',
    import: 'Restore from a backup file',
    importSummary:
      'The file is valid: {dialogues} dialogues, {tagEvents} tag events, {escalations} escalations, {feedback} corrections, {models} models. Restoring replaces all data and settings here.',
    importConfirm: 'Replace my data',
    cancel: 'Cancel',
    imported: 'Restored: {dialogues} dialogues, {tagEvents} tag events, {escalations} escalations, {feedback} corrections.',
    refused: 'Refused, nothing changed: {error}',
    notJson: 'not valid JSON: {error}',
    tooLarge: 'the file is {size} MB; a backup over {max} MB is not read',
    exportTooLarge:
      'Not downloaded: the backup would be {size} MB, over the {max} MB a restore reads. Apply a shorter retention below, then download it.',
    skipped: '{n} rows do not fit and are left out; everything else is restored:',
    skippedMore: '…and {n} more.',
    retentionHeading: 'Keep dialogue records',
    retentionHint: 'Dialogues not seen for this many days are deleted with their history, once a day. 0 keeps everything.',
    retentionDays: 'Days',
    retentionInvalid: 'days must be a whole number from 0 to 3650',
    save: 'Save',
    saved: 'Saved.',
    apply: 'Apply now',
    applyConfirm: 'Delete dialogues not seen for {days} days now',
    applyForever: 'Nothing to delete: 0 keeps everything.',
    applied: 'Deleted {dialogues} dialogues, {tagEvents} tag events, {escalations} escalations, {feedback} corrections.',
    clearHeading: 'Clear everything',
    clearHint:
      'Deletes every dialogue record, the tag history, escalations, corrections and the learned tag model on this computer. Settings stay.',
    clear: 'Clear everything…',
    clearConfirmText: 'This cannot be undone. Download a backup first if you may need the data.',
    clearConfirm: 'Yes, delete everything',
    cleared: 'All data deleted.',
    teamHeading: 'Team settings',
    teamUrl: 'Address',
    teamNotSet: 'Not set: add the team settings URL on the Settings tab.',
    lastSuccess: 'Last updated',
    lastAttempt: 'Last attempt',
    lastError: 'Last error',
    never: 'never',
    none: 'none',
    syncNow: 'Update now',
    syncing: 'Updating…',
    failed: 'Failed: {error}',
  },
  ru: {
    heading: 'Ваши данные',
    loading: 'Загрузка…',
    backupHeading: 'Резервная копия',
    backupHint:
      'Один JSON-файл с настройками и всем, что хранится на этом компьютере: записи диалогов (текст клиента уже без секретов), история тегов, эскалации, исправления и обученная модель тегов. Адрес вебхука Slack в файл не попадает.',
    export: 'Скачать копию',
    exported: 'Копия скачана.',
    import: 'Восстановить из файла копии',
    importSummary:
      'Файл в порядке: диалогов {dialogues}, событий тегов {tagEvents}, эскалаций {escalations}, исправлений {feedback}, моделей {models}. Восстановление заменит все данные и настройки.',
    importConfirm: 'Заменить мои данные',
    cancel: 'Отмена',
    imported: 'Восстановлено: диалогов {dialogues}, событий тегов {tagEvents}, эскалаций {escalations}, исправлений {feedback}.',
    refused: 'Отклонено, ничего не изменено: {error}',
    notJson: 'это не JSON: {error}',
    tooLarge: 'файл весит {size} МБ; резервная копия больше {max} МБ не читается',
    exportTooLarge:
      'Не скачано: копия заняла бы {size} МБ, больше {max} МБ, которые читает восстановление. Сократите срок хранения ниже и скачайте снова.',
    skipped: '{n} строк не подходят и будут пропущены; всё остальное восстанавливается:',
    skippedMore: '…и ещё {n}.',
    retentionHeading: 'Хранить записи диалогов',
    retentionHint: 'Диалоги, которые не открывались столько дней, удаляются вместе с историей раз в день. 0 — хранить всё.',
    retentionDays: 'Дней',
    retentionInvalid: 'число дней должно быть целым от 0 до 3650',
    save: 'Сохранить',
    saved: 'Сохранено.',
    apply: 'Применить сейчас',
    applyConfirm: 'Удалить диалоги, не открывавшиеся {days} дн.',
    applyForever: 'Удалять нечего: 0 — хранить всё.',
    applied: 'Удалено: диалогов {dialogues}, событий тегов {tagEvents}, эскалаций {escalations}, исправлений {feedback}.',
    clearHeading: 'Удалить всё',
    clearHint:
      'Удаляет все записи диалогов, историю тегов, эскалации, исправления и обученную модель тегов на этом компьютере. Настройки остаются.',
    clear: 'Удалить всё…',
    clearConfirmText: 'Это нельзя отменить. Если данные могут понадобиться, сначала скачайте копию.',
    clearConfirm: 'Да, удалить всё',
    cleared: 'Все данные удалены.',
    teamHeading: 'Настройки команды',
    teamUrl: 'Адрес',
    teamNotSet: 'Не задан: укажите адрес настроек команды на вкладке «Настройки».',
    lastSuccess: 'Последнее обновление',
    lastAttempt: 'Последняя попытка',
    lastError: 'Последняя ошибка',
    never: 'никогда',
    none: 'нет',
    syncNow: 'Обновить сейчас',
    syncing: 'Обновляю…',
    failed: 'Ошибка: {error}',
  },
};
