import { useEffect, useState } from 'preact/hooks';
import { estimate, topTags } from '../../lib/api/history-import';
import type { HistoryProgress } from '../../lib/api/status';
import { service } from '../../lib/channel/client';
import { useOptions } from '../options/useOptions';
import { apiT, describeApiError, formatDuration } from './strings';

const POLL_MS = 500;

/** Options → Tags: "Learn from CarrotQuest history", its progress, cancel, resume and summary. */
export function ApiHistory() {
  const { lang, settings } = useOptions();
  const t = (k: Parameters<typeof apiT>[1], v?: Record<string, string | number>) => apiT(lang, k, v);
  const [p, setP] = useState<HistoryProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const tick = () =>
      void service.call('apiHistoryState').then(
        (next) => alive && setP(next),
        () => {},
      );
    tick();
    const timer = setInterval(tick, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const start = (resume: boolean) =>
    void service.call('apiHistoryStart', { resume }).then(
      (next) => {
        setError(null);
        setP(next);
      },
      (err) => setError(String((err as Error).message ?? err)),
    );

  const running = p?.status === 'running';
  const e = p ? estimate(p, Date.now()) : null;
  const canResume = !!p && (p.status === 'stopped' || p.status === 'cancelled') && !!p.cursor;
  return (
    <section class="op-card">
      <h2>{t('history')}</h2>
      <p class="op-hint">{t('historyHint', { days: settings.api.historyDays })}</p>
      <div class="op-row">
        <button type="button" data-testid="api-history" disabled={running} onClick={() => start(false)}>
          {t('historyStart')}
        </button>
        {canResume && (
          <button type="button" data-testid="api-history-resume" onClick={() => start(true)}>
            {t('historyResume')}
          </button>
        )}
        {running && (
          <button type="button" data-testid="api-history-cancel" onClick={() => void service.call('apiHistoryCancel')}>
            {t('historyCancel')}
          </button>
        )}
      </div>
      {p && p.status !== 'done' && (
        <div data-testid="api-progress" data-status={p.status} data-read={p.read} data-learned={p.learned}>
          <progress max={100} value={Math.round((e?.fraction ?? 0) * 100)} />
          <span>
            {t('progress', { read: p.read, tagged: p.tagged, learned: p.learned, pct: Math.round((e?.fraction ?? 0) * 100) })}
            {running && ' · ' + (e?.leftMs != null ? t('left', { time: formatDuration(e.leftMs, lang) }) : t('leftUnknown'))}
          </span>
          {p.status === 'stopped' && (
            <p class="op-status op-status--error" role="alert">
              {t('stopped', { read: p.read, reason: p.error ? describeApiError(lang, p.error) : '' })}
            </p>
          )}
          {p.status === 'cancelled' && <p class="op-status">{t('cancelled', { read: p.read })}</p>}
        </div>
      )}
      {p?.status === 'done' && (
        <div
          data-testid="api-history-done"
          data-read={p.read}
          data-tagged={p.tagged}
          data-learned={p.learned}
          class="op-status op-status--ok"
          role="status"
        >
          <p>
            {t('done', { read: p.read, share: p.read ? Math.round((p.tagged / p.read) * 100) : 0 })} {t('learned', { n: p.learned })}
          </p>
          <p>
            {t('topTags')}:{' '}
            {topTags(p.tagCounts)
              .map((x) => `${x.tag} (${x.count})`)
              .join(', ')}
          </p>
        </div>
      )}
      {error && (
        <p class="op-status op-status--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
