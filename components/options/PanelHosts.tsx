import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern, parseTeamOrigin } from '../../lib/carrotquest/team-origin';
import { service } from '../../lib/channel/client';
import { phrase } from '../../lib/i18n/language';
import { originRefusals, panelStrings } from './panel-strings';
import { useOptions } from './useOptions';

/** Whether another setting (team settings URL, Slack webhook) still needs access to this host. */
function hostStillUsed(pattern: string, urls: string[]): boolean {
  return urls.some((u) => {
    try {
      return originPattern(new URL(u).origin) === pattern;
    } catch {
      return false;
    }
  });
}

/** A team's own panel addresses: each one origin, one optional permission, one run-time content script. */
export function PanelHosts() {
  const { lang, settings, save } = useOptions();
  const t = (k: keyof (typeof panelStrings)['en'], v?: Record<string, string | number>) => phrase(panelStrings[lang][k], v);
  const hosts = settings.carrotquest.panelHosts ?? [];
  const [text, setText] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [active, setActive] = useState<string[]>([]);

  const refresh = async () => setActive((await service.call('syncTeamPanels').catch(() => [])) ?? []);
  useEffect(() => {
    void refresh();
  }, [hosts.join()]);

  const onAdd = async (e: Event) => {
    e.preventDefault();
    const parsed = parseTeamOrigin(text);
    if (!parsed.ok) return setNote({ ok: false, text: originRefusals[lang][parsed.reason] });
    if (hosts.includes(parsed.origin)) return setNote({ ok: false, text: t('duplicate', { origin: parsed.origin }) });
    // Asked in the click itself: the browser grants optional access only during a user gesture.
    let granted: boolean;
    try {
      granted = await browser.permissions.request({ origins: [parsed.pattern] });
    } catch {
      granted = false;
    }
    if (!granted) return setNote({ ok: false, text: t('denied', { origin: parsed.origin }) });
    const result = await save({ ...settings, carrotquest: { ...settings.carrotquest, panelHosts: [...hosts, parsed.origin] } });
    if (!result.ok) return setNote({ ok: false, text: result.error });
    setText('');
    await refresh();
    setNote({ ok: true, text: t('added', { origin: parsed.origin }) });
  };

  const onRemove = async (origin: string) => {
    const rest = hosts.filter((h) => h !== origin);
    const result = await save({ ...settings, carrotquest: { ...settings.carrotquest, panelHosts: rest } });
    if (!result.ok) return setNote({ ok: false, text: result.error });
    const pattern = originPattern(origin);
    const stillNeeded =
      rest.some((h) => originPattern(h) === pattern) ||
      hostStillUsed(pattern, [settings.operator.teamSettingsUrl, settings.slack.webhookUrl]);
    if (!stillNeeded) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    await refresh();
    setNote({ ok: true, text: t('removed', { origin }) });
  };

  return (
    <section class="op-card" data-testid="panel-hosts">
      <h2>{t('hostsTitle')}</h2>
      <p class="op-hint">{t('hostsHint')}</p>
      <ul class="op-list">
        {hosts.map((h) => (
          <li key={h} data-testid="panel-host" data-origin={h} data-active={active.includes(originPattern(h)) ? 'true' : 'false'}>
            <code>{h}</code> <small>{active.includes(originPattern(h)) ? t('active') : t('inactive')}</small>{' '}
            <button type="button" data-testid="panel-host-remove" onClick={() => void onRemove(h)}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="op-row" onSubmit={onAdd}>
        <input
          type="text"
          data-testid="panel-host-input"
          placeholder={t('hostPlaceholder')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="op-primary" data-testid="panel-host-add">
          {t('add')}
        </button>
      </form>
      {note && (
        <p
          class={note.ok ? 'op-status op-status--ok' : 'op-status op-status--error'}
          data-testid={note.ok ? 'panel-host-saved' : 'panel-host-error'}
          role="status"
        >
          {note.text}
        </p>
      )}
    </section>
  );
}
