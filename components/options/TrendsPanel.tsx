import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { db as sharedDb, type SidekickDb } from '../../lib/db/database';
import { trendsInput } from '../../lib/db/stats-queries';
import { phrase, resolveLanguage } from '../../lib/i18n/language';
import type { Language, Settings } from '../../lib/settings/schema';
import { loadSettings } from '../../lib/settings/store';
import { addDays, dayKey, isDayKey } from '../../lib/stats/day';
import { percentText, shortDay } from '../../lib/stats/format';
import { beforeAfter, trendsCsv, weeklyTagCounts, type RateWindow, type TrendsInput } from '../../lib/stats/trends';
import { Sparkline } from '../charts/Sparkline';
import { WeeklyChart } from '../charts/WeeklyChart';
import { SERIES_COLOURS } from '../charts/colours';
import { downloadText } from './download';
import { trendsStrings } from './trends-strings';
import { OptionsContext } from './useOptions';
import { WEEK_MS } from '../../lib/time/units';

export interface TrendsPanelProps {
  /** UI language; by default the options page's, else the operator's setting. */
  lang?: Language;
  /** The database to read; the extension's own by default. */
  database?: SidekickDb;
  now?: () => number;
}

const WEEKS = 12;
// Twice the table's span, so a fix shipped early in the table still has up to 12 weeks before it.
const LOAD_WEEKS = 2 * WEEKS;
const CHART_SERIES = 5;

function RateLine({ label, w, weeks, lang }: { label: string; w: RateWindow; weeks: number; lang: Language }) {
  const s = trendsStrings[lang];
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{w.perWeek === null ? s.noRate : phrase(s.rate, { rate: w.perWeek.toFixed(1), n: w.dialogues, weeks })}</td>
      <td>{w.share === null ? '—' : phrase(s.share, { share: percentText(w.share) })}</td>
    </tr>
  );
}

/**
 * The options page's trends: 12 weeks of tag counts as a chart and a table (downloadable as CSV), and
 * a tag's weekly rate before and after a fix shipped. Mount it as is; inside the options page it takes
 * the language and time zone from the page's settings context.
 */
export function TrendsPanel({ lang: langProp, database, now = Date.now }: TrendsPanelProps) {
  const ctx = useContext(OptionsContext);
  const [loadedSettings, setLoadedSettings] = useState<Settings | null>(null);
  const settings = ctx?.settings ?? loadedSettings;
  const [input, setInput] = useState<TrendsInput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [moment] = useState(() => now());
  const [tag, setTag] = useState('');
  const [fixDay, setFixDay] = useState('');

  useEffect(() => {
    if (!ctx) void loadSettings().then(setLoadedSettings);
  }, [ctx]);
  useEffect(() => {
    trendsInput(database ?? sharedDb(), moment - LOAD_WEEKS * WEEK_MS).then(setInput, (e: Error) => setError(e.message));
  }, [database, moment]);

  const lang = langProp ?? ctx?.lang ?? resolveLanguage(settings?.operator.language ?? 'auto');
  const s = trendsStrings[lang];
  const tz = settings?.operator.timeZone;
  const today = tz ? dayKey(moment, tz) : '';
  const table = useMemo(() => (input && tz ? weeklyTagCounts(input, moment, tz, WEEKS) : null), [input, tz, moment]);
  const chosenTag = tag || table?.rows[0]?.tag || '';
  const chosenDay = isDayKey(fixDay) ? fixDay : today ? addDays(today, -28) : '';
  const comparison = useMemo(
    () => (input && tz && chosenTag && chosenDay ? beforeAfter(input, chosenTag, chosenDay, tz, moment, WEEKS) : null),
    [input, tz, chosenTag, chosenDay, moment],
  );

  if (error)
    return (
      <section class="op-card">
        <p class="op-status op-status--error" role="alert">
          {phrase(s.loadFailed, { error })}
        </p>
      </section>
    );
  if (!table || !tz)
    return (
      <section class="op-card" aria-busy="true">
        <p class="op-hint">{s.loading}</p>
      </section>
    );

  const change =
    comparison && comparison.before.perWeek && comparison.after.perWeek !== null
      ? (comparison.after.perWeek - comparison.before.perWeek) / comparison.before.perWeek
      : null;

  return (
    <section class="op-card" data-testid="trends-panel">
      <h2>{s.heading}</h2>
      <p class="op-hint">{s.hint}</p>
      {table.rows.length === 0 ? (
        <p data-testid="trends-empty">{s.empty}</p>
      ) : (
        <>
          <WeeklyChart
            weeks={table.weeks}
            weekStarts={table.weekStarts}
            series={table.rows.slice(0, CHART_SERIES).map((r) => ({ name: r.tag, values: r.counts }))}
            lang={lang}
          />
          <div style={{ overflowX: 'auto' }}>
            <table class="op-table" data-testid="trends-table">
              <caption class="op-hint" style={{ textAlign: 'left' }}>
                {s.tableCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{s.tag}</th>
                  <th scope="col">{s.trend}</th>
                  {table.weekStarts.map((start, i) => (
                    <th scope="col" key={start} title={table.weeks[i]}>
                      {shortDay(start, lang)}
                    </th>
                  ))}
                  <th scope="col">{s.total}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r, k) => (
                  <tr key={r.tag} data-tag={r.tag}>
                    <th scope="row">{r.tag}</th>
                    <td>
                      <Sparkline values={r.counts} label={r.tag} lang={lang} colour={SERIES_COLOURS[k % SERIES_COLOURS.length]} />
                    </td>
                    {r.counts.map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                    <td>{r.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            data-testid="trends-export"
            // The byte-order mark makes Excel read non-Latin tag names as UTF-8.
            onClick={() => downloadText(`sidekick-tag-trends-${today}.csv`, '\uFEFF' + trendsCsv(table), 'text/csv;charset=utf-8')}
          >
            {s.export}
          </button>

          <h2>{s.beforeAfterHeading}</h2>
          <p class="op-hint">{s.beforeAfterHint}</p>
          <div class="op-row">
            <label class="op-field">
              <span>{s.pickTag}</span>
              <select
                data-testid="before-after-tag"
                value={chosenTag}
                onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}
              >
                {table.rows.map((r) => (
                  <option key={r.tag} value={r.tag}>
                    {r.tag}
                  </option>
                ))}
              </select>
            </label>
            <label class="op-field">
              <span>{s.fixDate}</span>
              <input
                type="date"
                data-testid="before-after-date"
                value={chosenDay}
                min={addDays(today, -7 * LOAD_WEEKS)}
                max={today}
                onChange={(e) => setFixDay((e.currentTarget as HTMLInputElement).value)}
              />
            </label>
          </div>
          {comparison && (
            <div data-testid="before-after">
              <table class="op-table">
                <tbody>
                  <RateLine label={s.before} w={comparison.before} weeks={comparison.weeksBefore} lang={lang} />
                  <RateLine label={s.after} w={comparison.after} weeks={comparison.weeksAfter} lang={lang} />
                </tbody>
              </table>
              {change !== null && (
                <p data-testid="before-after-change">
                  {phrase(s.change, { change: `${change > 0 ? '+' : change < 0 ? '−' : ''}${percentText(Math.abs(change))}` })}
                </p>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
