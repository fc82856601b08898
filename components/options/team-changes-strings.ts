import type { Phrases } from '../../lib/i18n/language';

type Key = 'heading' | 'hint' | 'jiraBaseUrl' | 'sshPublicKey' | 'selectors' | 'yours' | 'team' | 'empty' | 'accept' | 'keep' | 'failed';

export const teamChangesStrings: Phrases<Key> = {
  en: {
    heading: 'The team file asks to change',
    hint: "These settings send customer text or a customer's access elsewhere, so a change from the team file waits for you. Check the difference with the team before you accept it.",
    jiraBaseUrl: 'Jira address (task links carry customer text)',
    sshPublicKey: 'Shared SSH key (customers add it to their servers)',
    selectors: 'Page profile',
    yours: 'Now',
    team: 'Team file',
    empty: '(empty)',
    accept: 'Accept',
    keep: 'Keep mine',
    failed: 'Could not apply: {error}',
  },
  ru: {
    heading: 'Файл команды предлагает изменить',
    hint: 'Эти настройки отправляют текст клиента или доступ клиента в другое место, поэтому изменение из файла команды ждёт вашего решения. Сверьте разницу с командой, прежде чем принять.',
    jiraBaseUrl: 'Адрес Jira (ссылки на задачи несут текст клиента)',
    sshPublicKey: 'Общий SSH-ключ (клиенты добавляют его на свои серверы)',
    selectors: 'Профиль страницы',
    yours: 'Сейчас',
    team: 'Файл команды',
    empty: '(пусто)',
    accept: 'Принять',
    keep: 'Оставить моё',
    failed: 'Не удалось применить: {error}',
  },
};
