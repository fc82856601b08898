import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { db as sharedDb, type SidekickDb } from '../../lib/db/database';
import { popupData, type PopupData } from '../../lib/db/stats-queries';
import { phrase, resolveLanguage } from '../../lib/i18n/language';
import type { Language, Settings } from '../../lib/settings/schema';
import { loadSettings } from '../../lib/settings/store';
import { percentText } from '../../lib/stats/format';
import { CoverageChart } from '../charts/CoverageChart';
import { CoverageTiles } from './CoverageTiles';
import { LongHeldList } from './LongHeldList';
import { popupStrings } from './strings';
import { TopTags } from './TopTags';
import { UntaggedList } from './UntaggedList';

/** What the popup hands to the sections other features add, once settings are loaded. */
export interface PopupSectionContext {
  lang: Language;
  settings: Settings;
  database: SidekickDb;
  now: () => number;
}

export interface PopupProps {
  /** The database to read; the extension's own by default (tests pass a seeded one). */
  database?: SidekickDb;
  /** The clock; Date.now by default. */
  now?: () => number;
  /**
   * Sections other features add at the end of the popup (the #work-done summary goes here). They render
   * once the numbers are loaded; a function gets the popup's language, settings, database and clock.
   */
  extraSections?: ComponentChildren | ((ctx: PopupSectionContext) => ComponentChildren);
}

type State =
  | { status: 'loading'; lang: Language }
  | { status: 'ready'; lang: Language; settings: Settings; data: PopupData }
  | { status: 'failed'; lang: Language; error: string };

function Skeleton({ lang }: { lang: Language }) {
  const s = popupStrings[lang];
  return (
    <div aria-busy="true" aria-live="polite">
      <div class="pp-tiles">
        {[s.today, s.d7, s.d30].map((label) => (
          <div class="pp-tile pp-tile--loading" key={label}>
            <div class="pp-tile-label">{label}</div>
            <div class="pp-tile-percent pp-skeleton">&nbsp;</div>
            <div class="pp-tile-count pp-skeleton">&nbsp;</div>
          </div>
        ))}
      </div>
      <p class="pp-muted">{s.loading}</p>
    </div>
  );
}

/**
 * The popup: my tag coverage at a glance. It draws a skeleton at once, then reads settings and runs
 * one read transaction (popupData) and draws the numbers; suggestions for untagged dialogues arrive after.
 */
export function Popup({ database, now = Date.now, extraSections }: PopupProps) {
  const [state, setState] = useState<State>(() => ({ status: 'loading', lang: resolveLanguage('auto') }));

  useEffect(() => {
    let alive = true;
    void (async () => {
      let lang = resolveLanguage('auto');
      try {
        const settings = await loadSettings();
        lang = resolveLanguage(settings.operator.language);
        const data = await popupData(database ?? sharedDb(), now(), settings);
        if (alive) setState({ status: 'ready', lang, settings, data });
      } catch (e) {
        if (alive) setState({ status: 'failed', lang, error: (e as Error).message });
      }
    })();
    return () => {
      alive = false;
    };
  }, [database]);

  useEffect(() => {
    // The benchmark measures opening to numbers on screen by this mark.
    if (state.status === 'ready') performance.mark('sidekick:popup-ready');
  }, [state.status]);

  const s = popupStrings[state.lang];
  return (
    <main class="pp" lang={state.lang}>
      <header class="pp-header">
        <h1>{s.coverageHeading}</h1>
      </header>
      {state.status === 'loading' && <Skeleton lang={state.lang} />}
      {state.status === 'failed' && (
        <p class="pp-error" role="alert" data-testid="popup-error">
          {phrase(s.loadFailed, { error: state.error })}
        </p>
      )}
      {state.status === 'ready' && (
        <Loaded
          lang={state.lang}
          settings={state.settings}
          data={state.data}
          extra={typeof extraSections === 'function' ? extraSections({ lang: state.lang, settings: state.settings, database: database ?? sharedDb(), now }) : extraSections}
        />
      )}
    </main>
  );
}

function Loaded({ lang, settings, data, extra }: { lang: Language; settings: Settings; data: PopupData; extra?: ComponentChildren }) {
  const s = popupStrings[lang];
  const { targets } = settings;
  return (
    <>
      <CoverageTiles coverage={data.coverage} targets={targets} lang={lang} />
      {data.empty ? (
        <section class="pp-section pp-empty" data-testid="popup-empty">
          <h2>{s.emptyTitle}</h2>
          <p>{phrase(s.emptyBody, { floor: percentText(targets.floor), goal: percentText(targets.goal) })}</p>
        </section>
      ) : (
        <>
          <section class="pp-section">
            <h2>{s.chartHeading}</h2>
            <CoverageChart points={data.daily14} targets={targets} lang={lang} />
          </section>
          <UntaggedList today={data.untaggedToday} yesterday={data.untaggedYesterday} lang={lang} />
        </>
      )}
      <LongHeldList mine={data.longHeldMine} others={data.longHeldOthers} thresholdHours={targets.longHeldHours} lang={lang} />
      {!data.empty && <TopTags tags={data.topTags} lang={lang} />}
      {extra}
    </>
  );
}
