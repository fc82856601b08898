/**
 * Handing an escalating conflict to a senior teammate (the guidelines' CARP rule): the note the operator
 * leaves for them, in the team's language of choice, with the dialogue's link.
 */
import type { Language } from '../settings/schema';

export interface HandoverNoteInput {
  senior: string;
  link: string | null;
  lang: Language;
}

const TEXT = {
  en: {
    note: (senior: string) => `${senior}, I'm handing this dialogue over to you: the customer is upset and CARP did not calm it down.`,
    link: 'Dialogue: ',
    noLink: '(copy the dialogue link and paste it here)',
  },
  ru: {
    note: (senior: string) => `${senior}, передаю тебе диалог: клиент недоволен, и по CARP успокоить не получилось.`,
    link: 'Диалог: ',
    noLink: '(скопируйте ссылку на диалог и вставьте сюда)',
  },
} as const;

/** The note for the senior: who takes over and why, and the dialogue's link. */
export function handoverNote({ senior, link, lang }: HandoverNoteInput): string {
  const t = TEXT[lang];
  return `${t.note(senior.replace(/\s+/g, ' ').trim())}\n${t.link}${link ?? t.noLink}`;
}
