import { useEffect, useState } from 'preact/hooks';
import type { ApiStatus } from '../../lib/api/status';
import { service } from '../../lib/channel/client';
import { useOptions } from '../options/useOptions';
import { apiT, describeApiError } from './strings';

/** Options → CarrotQuest API: the key (masked once saved), "save and test", who I am, the budget. */
export function ApiConnect() {
  const { lang, settings, save } = useOptions();
  const t = (k: Parameters<typeof apiT>[1], v?: Record<string, string | number>) => apiT(lang, k, v);
  const [status, setStatus] = useState<ApiStatus | null>(null);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [budget, setBudget] = useState(String(settings.api.requestsPerMinute));
  const [tagsVia, setTagsVia] = useState(settings.api.tagsVia);

  useEffect(() => {
    void service.call('apiStatus').then(setStatus, () => {});
  }, []);

  const connect = async () => {
    setBusy(true);
    try {
      const next = await service.call('apiConnect', { key });
      setStatus(next);
      if (next.connected && !next.error) setKey('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="op-card">
      <h2>{t('title')}</h2>
      <p class="op-hint">{t('hint')}</p>
      <label>
        {t('key')}
        <input
          type="password"
          autocomplete="off"
          spellcheck={false}
          data-testid="api-key"
          value={key}
          placeholder={status?.maskedKey ? t('keySaved', { mask: status.maskedKey }) : t('keyPlaceholder')}
          onInput={(e) => setKey((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="op-row">
        <button type="button" data-testid="api-connect" disabled={busy || !key.trim()} onClick={() => void connect()}>
          {t('connect')}
        </button>
        {status?.connected && (
          <button type="button" onClick={() => void service.call('apiDisconnect').then(setStatus)}>
            {t('disconnect')}
          </button>
        )}
      </div>
      <p
        data-testid="api-status"
        data-state={busy ? 'testing' : status?.error ? 'error' : status?.connected ? 'connected' : 'none'}
        data-error={status?.error?.kind ?? ''}
        class={status?.error ? 'op-status op-status--error' : 'op-status'}
        role={status?.error ? 'alert' : 'status'}
      >
        {busy
          ? t('testing')
          : status?.error
            ? describeApiError(lang, status.error)
            : status?.connected && status.channels !== null
              ? t('connected', { app: status.appId ?? '', origin: status.origin ?? '', channels: status.channels })
              : status?.connected
                ? t('keySaved', { mask: status.maskedKey })
                : t('notConnected')}
      </p>
      {status?.connected && (
        <label>
          {t('operator')}
          <select
            data-testid="api-operator"
            value={status.adminId || status.suggestedAdminId || ''}
            onChange={(e) => void service.call('apiSetOperator', { adminId: (e.currentTarget as HTMLSelectElement).value }).then(setStatus)}
          >
            <option value="">{t('operatorNone')}</option>
            {status.adminId && !status.operators.some((o) => o.id === status.adminId) && (
              <option value={status.adminId}>{status.adminName || status.adminId}</option>
            )}
            {status.operators.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name || o.id}
              </option>
            ))}
          </select>
          <span class="op-hint">{t('operatorHint')}</span>
        </label>
      )}
      <div class="op-row">
        <label>
          {t('budget')}
          <input type="number" min={10} max={6000} value={budget} onInput={(e) => setBudget((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('tagsVia')}
          <select value={tagsVia} onChange={(e) => setTagsVia((e.currentTarget as HTMLSelectElement).value as 'fallback' | 'always')}>
            <option value="fallback">{t('tagsFallback')}</option>
            <option value="always">{t('tagsAlways')}</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => void save({ ...settings, api: { ...settings.api, requestsPerMinute: Number(budget), tagsVia } })}
        >
          {t('save')}
        </button>
      </div>
    </section>
  );
}
