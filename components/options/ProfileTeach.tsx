import { useState } from 'preact/hooks';
import { captureFileName } from '../../lib/carrotquest/capture';
import { PROFILE_KEYS, type ProfileKey } from '../../lib/carrotquest/profile-keys';
import { NOT_POINTABLE } from '../../lib/carrotquest/teach';
import { service } from '../../lib/channel/client';
import { phrase } from '../../lib/i18n/language';
import { keyLabels } from '../teach/key-labels';
import { downloadText } from './download';
import { panelStrings } from './panel-strings';
import { useOptions } from './useOptions';

/** "Show me" for every key, and "Save page capture": both act in the open panel tab. */
export function ProfileTeach() {
  const { lang } = useOptions();
  const t = (k: keyof (typeof panelStrings)['en'], v?: Record<string, string | number>) => phrase(panelStrings[lang][k], v);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  const showMe = async (key: ProfileKey) => {
    const answer = await service.call('teachInTab', { key }).catch((e: Error) => ({ ok: false as const, error: e.message }));
    setNote(
      answer.ok
        ? { ok: true, text: t('sentToTab', { key: keyLabels[lang][key][0] }) }
        : { ok: false, text: answer.error === 'no-panel-tab' ? t('noPanelTab') : answer.error },
    );
  };

  const capture = async () => {
    const answer = await service.call('captureInTab').catch((e: Error) => ({ ok: false as const, error: e.message }));
    if (!answer.ok)
      return setNote({ ok: false, text: answer.error === 'no-panel-tab' ? t('noPanelTab') : t('captureFailed', { error: answer.error }) });
    downloadText(captureFileName(answer.capture), JSON.stringify(answer.capture, null, 1));
    setNote({ ok: true, text: t('captureSaved') });
  };

  return (
    <section class="op-card" data-testid="profile-teach">
      <h2>{t('teachTitle')}</h2>
      <p class="op-hint">{t('teachHint')}</p>
      <ul class="op-list">
        {PROFILE_KEYS.filter((k) => !NOT_POINTABLE.has(k)).map((key) => (
          <li key={key}>
            <code>{key}</code> — {keyLabels[lang][key][0]}{' '}
            <button type="button" data-testid="health-fix" data-key={key} onClick={(e) => e.isTrusted && void showMe(key)}>
              {t('showMe')}
            </button>
          </li>
        ))}
      </ul>
      <p class="op-hint">{t('captureHint')}</p>
      <button type="button" data-testid="capture-save" onClick={(e) => e.isTrusted && void capture()}>
        {t('capture')}
      </button>
      {note && (
        <p class={note.ok ? 'op-status op-status--ok' : 'op-status op-status--error'} data-testid="profile-teach-status" role="status">
          {note.text}
        </p>
      )}
    </section>
  );
}
