import type { Phrases } from '../../lib/i18n/language';

type Key =
  | 'heading'
  | 'order'
  | 'searchSlack'
  | 'searchSlackHint'
  | 'searchKb'
  | 'searchKbHint'
  | 'askTeam'
  | 'askTeamHint'
  | 'words'
  | 'noWords'
  | 'wordsCopied'
  | 'questionCopied'
  | 'notCopied'
  | 'slackMissing'
  | 'kbMissing'
  | 'teamMissing'
  | 'failed';

/** The "Search first" block of the escalation section (loaded with the panels). */
export const helpStrings: Phrases<Key> = {
  en: {
    heading: 'Search first',
    order: 'Search Slack and the knowledge base, then ask in #team-cs; #tech-questions only if that fails.',
    searchSlack: 'Search Slack',
    searchSlackHint:
      "Copies the key words and opens the team's Slack: paste them into Slack's search (Slack has no link that opens a search).",
    searchKb: 'Search the knowledge base',
    searchKbHint: 'Opens the knowledge base searching for the key words.',
    askTeam: 'Ask #team-cs',
    askTeamHint: "Copies a short question with the customer's words and the dialogue link, and opens #team-cs.",
    words: 'Key words:',
    noWords: 'The customer wrote nothing to search for yet.',
    wordsCopied: "Key words copied: paste them into Slack's search",
    questionCopied: 'Question copied: write your question on its first line and paste it into #team-cs',
    notCopied: 'Could not copy to the clipboard: {text}',
    slackMissing: 'Set the Slack team id in the options to search Slack.',
    kbMissing: 'Set the knowledge base search address in the options to search it.',
    teamMissing: 'Set the #team-cs channel id in the options to open it directly.',
    failed: 'The search links could not be prepared: {error}',
  },
  ru: {
    heading: 'Сначала поиск',
    order: 'Поищите в Slack и базе знаний, затем спросите в #team-cs; в #tech-questions — только если это не помогло.',
    searchSlack: 'Искать в Slack',
    searchSlackHint:
      'Копирует ключевые слова и открывает Slack команды: вставьте их в поиск Slack (ссылки, открывающей поиск, у Slack нет).',
    searchKb: 'Искать в базе знаний',
    searchKbHint: 'Открывает поиск по базе знаний по ключевым словам.',
    askTeam: 'Спросить в #team-cs',
    askTeamHint: 'Копирует короткий вопрос со словами клиента и ссылкой на диалог и открывает #team-cs.',
    words: 'Ключевые слова:',
    noWords: 'Клиент пока не написал ничего, что можно искать.',
    wordsCopied: 'Ключевые слова скопированы: вставьте их в поиск Slack',
    questionCopied: 'Вопрос скопирован: впишите свой вопрос в первую строку и вставьте в #team-cs',
    notCopied: 'Не удалось скопировать в буфер обмена: {text}',
    slackMissing: 'Укажите в настройках id команды в Slack, чтобы искать в Slack.',
    kbMissing: 'Укажите в настройках адрес поиска по базе знаний, чтобы искать в ней.',
    teamMissing: 'Укажите в настройках id канала #team-cs, чтобы открывать его сразу.',
    failed: 'Не удалось подготовить ссылки для поиска: {error}',
  },
};
