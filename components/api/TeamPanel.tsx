import { useEffect, useState } from 'preact/hooks';
import type { TeamView } from '../../lib/api/status';
import { service } from '../../lib/channel/client';
import type { Coverage, CoverageLevel } from '../../lib/stats/coverage';
import { sortTeamRows, teamCsv, type TagCount, type TeamSortKey } from '../../lib/stats/team';
import { downloadText } from '../options/download';
import { useOptions } from '../options/useOptions';
import { describeApiError } from './strings';
import { teamT } from './team-strings';

const pctOf = (c: Coverage) => (c.ratio === null ? null : Math.round(c.ratio * 100));
const tagsText = (tags: readonly TagCount[], none: string) => (tags.length ? tags.map((t) => `${t.tag} (${t.count})`).join(', ') : none);

/** Options → Team (for a lead): per operator, from this browser's copy of the server's conversations. */
export function TeamPanel() {
  const { lang, settings } = useOptions();
  const t = (k: Parameters<typeof teamT>[1], v?: Record<string, string | number>) => teamT(lang, k, v);
  const [view, setView] = useState<TeamView | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: TeamSortKey; desc: boolean }>({ key: 'd7', desc: false });

  const load = async (sync: boolean) => {
    if (sync) setBusy(true);
    try {
      setView(await service.call('apiTeamView', { sync }));
      setFailed(null);
    } catch (err) {
      setFailed(String((err as Error).message ?? err));
    } finally {
      if (sync) setBusy(false);
    }
  };
  useEffect(() => {
    void load(false);
  }, []);

  const rows = view ? sortTeamRows(view.rows, sort.key, sort.desc) : [];
  const pct = (n: number) => `${n}%`;
  const head = (key: TeamSortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'} scope="col">
      <button
        type="button"
        class="op-link"
        data-testid="team-sort"
        data-key={key}
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' }))}
      >
        {label}
        {sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const cell = (c: Coverage, level: CoverageLevel | null) => {
    const p = pctOf(c);
    return (
      <td data-level={level ?? 'none'} data-ratio={c.ratio ?? ''}>
        {p === null ? t('none') : `${pct(p)} (${c.tagged}/${c.total})`}
      </td>
    );
  };
  const when = view?.syncedAt ? new Date(view.syncedAt).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB') : '';
  const statusText = busy
    ? t('syncing')
    : failed
      ? failed
      : view && !view.connected
        ? t('notConnected')
        : view?.error
          ? t('failed', { reason: describeApiError(lang, view.error) })
          : view?.syncedAt
            ? t('synced', { when, n: view.conversations })
            : t('never');
  const isError = !busy && (!!failed || !!view?.error);
  return (
    <section class="op-card">
      <h2>{t('title')}</h2>
      <p class="op-hint">
        {t('hint', {
          floor: Math.round(settings.targets.floor * 100),
          goal: Math.round(settings.targets.goal * 100),
          hours: settings.targets.longHeldHours,
        })}
      </p>
      <div class="op-row">
        <button type="button" data-testid="team-sync" disabled={busy} onClick={() => void load(true)}>
          {t('sync')}
        </button>
        <button
          type="button"
          data-testid="team-export"
          disabled={!rows.length}
          onClick={() => downloadText('sidekick-team.csv', teamCsv(rows), 'text/csv')}
        >
          {t('csv')}
        </button>
      </div>
      <p
        class={isError ? 'op-status op-status--error' : 'op-hint'}
        data-testid="team-status"
        data-state={busy ? 'syncing' : isError ? 'error' : view?.syncedAt ? 'synced' : 'none'}
        role={isError ? 'alert' : 'status'}
      >
        {statusText}
      </p>
      {view?.syncedAt && !rows.length && <p class="op-hint">{t('empty')}</p>}
      {rows.length > 0 && (
        <table class="op-table" data-testid="team-table">
          <thead>
            <tr>
              {head('name', t('name'))}
              {head('d7', t('d7'))}
              {head('d30', t('d30'))}
              {head('untagged7', t('untagged7'))}
              {head('untagged30', t('untagged30'))}
              {head('longHeld', t('longHeld'))}
              <th scope="col">{t('topThis')}</th>
              <th scope="col">{t('topLast')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.adminId} data-testid="team-row" data-admin={r.adminId}>
                <th scope="row" data-testid="team-name">
                  {r.name}
                </th>
                {cell(r.d7, r.level7)}
                {cell(r.d30, r.level30)}
                <td data-testid="team-untagged-7">{r.untagged7}</td>
                <td data-testid="team-untagged-30">{r.untagged30}</td>
                <td data-testid="team-long-held">{r.longHeld}</td>
                <td>{tagsText(r.topThisWeek, t('none'))}</td>
                <td>{tagsText(r.topLastWeek, t('none'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
