import { useEffect, useState } from 'preact/hooks';
import { copyText } from '../../lib/clipboard/copy-text';
import type { SidekickDb } from '../../lib/db/database';
import { workDoneRows } from '../../lib/db/work-done-queries';
import { workDoneSummary } from '../../lib/escalation/work-done';
import { isWorkDoneTime } from '../../lib/escalation/work-done-time';
import { phrase } from '../../lib/i18n/language';
import type { Language, Settings } from '../../lib/settings/schema';
import { addDays, dayKey, startOfDay } from '../../lib/stats/day';
import { workDoneStrings } from './work-done-strings';

export interface WorkDoneSectionProps {
  lang: Language;
  settings: Settings;
  /** The database to read; the extension's own by default (tests pass a seeded one). */
  database?: SidekickDb;
  /** The clock; Date.now by default. */
  now?: () => number;
}

type State =
  { status: 'idle' | 'loading' } | { status: 'ready'; text: string; copied: boolean | null } | { status: 'failed'; error: string };

/** Today's `#work-done` text, from what the background recorded, in the operator's own time zone. */
async function prepareSummary(database: SidekickDb, at: number, settings: Settings, lang: Language): Promise<string> {
  const timeZone = settings.operator.timeZone;
  const day = dayKey(at, timeZone);
  const rows = await workDoneRows(database, day, startOfDay(day, timeZone), startOfDay(addDays(day, 1), timeZone));
  return workDoneSummary({ ...rows, day, timeZone, lang });
}

/**
 * The end-of-day post: prepared by itself near the end of the operator's shift, on demand at any
 * other time, and shown read-only so what is pasted is what the numbers say.
 */
export function WorkDoneSection({ lang, settings, database, now = Date.now }: WorkDoneSectionProps) {
  const s = workDoneStrings[lang];
  const [state, setState] = useState<State>({ status: 'idle' });

  async function prepare() {
    setState({ status: 'loading' });
    try {
      const text = await prepareSummary(database ?? (await import('../../lib/db/database')).db(), now(), settings, lang);
      setState({ status: 'ready', text, copied: null });
    } catch (e) {
      setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  }

  useEffect(() => {
    if (isWorkDoneTime(new Date(now()), settings.operator.shifts, settings.operator.timeZone)) void prepare();
  }, [database, settings, lang]);

  async function copy(text: string) {
    const ok = await copyText(text);
    setState((cur) => (cur.status === 'ready' ? { ...cur, copied: ok } : cur));
  }

  return (
    <section class="pp-section" data-testid="work-done" aria-busy={state.status === 'loading'}>
      <h2>{s.heading}</h2>
      {state.status === 'ready' ? (
        <>
          <textarea
            readOnly
            data-testid="work-done-text"
            aria-label={s.label}
            rows={Math.min(14, state.text.split('\n').length + 1)}
            value={state.text}
          />
          <p style={{ display: 'flex', gap: '6px', margin: '4px 0 0' }}>
            <button type="button" data-testid="work-done-copy" onClick={() => copy(state.text)}>
              {s.copy}
            </button>
            <button type="button" data-testid="work-done-refresh" onClick={prepare}>
              {s.refresh}
            </button>
          </p>
          {state.copied !== null && (
            <p class="pp-hint" role="status" data-testid="work-done-copied">
              {state.copied ? s.copied : s.notCopied}
            </p>
          )}
        </>
      ) : (
        <>
          <p class="pp-hint">{s.hint}</p>
          <button type="button" data-testid="work-done-prepare" disabled={state.status === 'loading'} onClick={prepare}>
            {state.status === 'loading' ? s.preparing : s.prepare}
          </button>
        </>
      )}
      {state.status === 'failed' && (
        <p class="pp-error" role="alert" data-testid="work-done-error">
          {phrase(s.failed, { error: state.error })}
        </p>
      )}
    </section>
  );
}
