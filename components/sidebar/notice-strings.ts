import type { Phrases } from '../../lib/i18n/language';

type Key = 'teamHeld' | 'jiraBaseUrl' | 'sshPublicKey' | 'selectors' | 'teamHeldHint';

export const noticeStrings: Phrases<Key> = {
  en: {
    teamHeld: 'The team file asks to change: {list}.',
    teamHeldHint: "Nothing changes until you accept it in Sidekick's options.",
    jiraBaseUrl: 'the Jira address',
    sshPublicKey: 'the shared SSH key',
    selectors: 'the page profile',
  },
  ru: {
    teamHeld: 'Файл команды предлагает изменить: {list}.',
    teamHeldHint: 'Ничего не изменится, пока вы не примете это в настройках Sidekick.',
    jiraBaseUrl: 'адрес Jira',
    sshPublicKey: 'общий SSH-ключ',
    selectors: 'профиль страницы',
  },
};
