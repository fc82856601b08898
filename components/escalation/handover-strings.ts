import type { Phrases } from '../../lib/i18n/language';

/** "Hand over" at the end of the CARP replies (loaded with the escalation's panels). */
export const handoverStrings: Phrases<
  'heading' | 'senior' | 'confirm' | 'hint' | 'none' | 'done' | 'doneNoControl' | 'noteCopied' | 'notCopied'
> = {
  en: {
    heading: 'Hand over to a senior teammate',
    senior: 'Senior teammate',
    confirm: 'Hand over to {senior}',
    hint: "Inserts the handover reply naming them, copies a note for them and assigns the dialogue (API mode) or opens the panel's assign control.",
    none: "Add the senior teammates' names in the options (Search first and hand over) to hand a dialogue over.",
    done: 'Reply inserted and a note for {senior} copied: paste it as a note, and pick {senior} in the assign control',
    doneNoControl:
      "Reply inserted and a note for {senior} copied: assign the dialogue to {senior} (the panel's assign control was not found)",
    noteCopied: 'Reply inserted and a note for {senior} copied.',
    notCopied: 'Reply inserted; the note for {senior} could not be copied',
  },
  ru: {
    heading: 'Передать старшему коллеге',
    senior: 'Старший коллега',
    confirm: 'Передать: {senior}',
    hint: 'Вставит ответ о передаче с именем коллеги, скопирует для него заметку и назначит диалог (режим API) или откроет выбор ответственного в панели.',
    none: 'Укажите старших коллег в настройках («Сначала поиск и передача диалога»), чтобы передавать им диалоги.',
    done: 'Ответ вставлен, заметка скопирована (кому: {senior}): вставьте её заметкой и выберите ответственного — {senior}',
    doneNoControl:
      'Ответ вставлен, заметка скопирована (кому: {senior}): назначьте диалог вручную, выбор ответственного в панели не найден',
    noteCopied: 'Ответ вставлен, заметка скопирована (кому: {senior}).',
    notCopied: 'Ответ вставлен, но заметку (кому: {senior}) скопировать не удалось',
  },
};
