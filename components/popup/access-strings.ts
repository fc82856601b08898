import type { Phrases } from '../../lib/i18n/language';

type Key = 'missingTitle' | 'missingBody' | 'allow' | 'asking' | 'refused' | 'failed' | 'privateTitle' | 'privateBody';

export const accessStrings: Phrases<Key> = {
  en: {
    missingTitle: 'No access to the panel',
    missingBody:
      'The browser does not let Sidekick run on {hosts}, so the sidebar does not appear there. Allow access to these sites (in Firefox also: about:addons → Sidekick → Permissions).',
    allow: 'Allow access',
    asking: 'Asking the browser…',
    refused: 'Access was not given. The sidebar stays off on these sites until you allow it.',
    failed: 'The browser could not ask: {error}',
    privateTitle: 'Private window',
    privateBody:
      'Dialogues you open in private windows are not recorded: the sidebar works there, but nothing it sees is kept after the window closes. The numbers below come from your normal windows.',
  },
  ru: {
    missingTitle: 'Нет доступа к панели',
    missingBody:
      'Браузер не даёт Sidekick работать на {hosts}, поэтому боковая панель там не появляется. Разрешите доступ к этим сайтам (в Firefox также: about:addons → Sidekick → Разрешения).',
    allow: 'Разрешить доступ',
    asking: 'Спрашиваю браузер…',
    refused: 'Доступ не дан. Боковая панель не появится на этих сайтах, пока вы его не разрешите.',
    failed: 'Браузер не смог спросить: {error}',
    privateTitle: 'Приватное окно',
    privateBody:
      'Диалоги, открытые в приватных окнах, не записываются: боковая панель там работает, но ничего из увиденного не сохраняется после закрытия окна. Цифры ниже — из обычных окон.',
  },
};
