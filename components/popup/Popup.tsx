import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { SidekickDb } from '../../lib/db/database';
import { readRecentDailyFast } from '../../lib/db/daily-read';
import {
  numbersFromDaily,
  popupLists,
  readRecentDaily,
  type PopupLists,
  type PopupNumbers,
  type RecentDaily,
} from '../../lib/db/stats-queries';
import { phrase, resolveLanguage } from '../../lib/i18n/language';
import type { Language, Settings } from '../../lib/settings/schema';
import { readStoredSettings } from '../../lib/settings/stored';
import { PopupWriteStatus } from '../write-status/PopupWriteStatus';
import { percentText } from '../../lib/stats/format';
import { CoverageChart } from '../charts/CoverageChart';
import { AccessNotice, browserAccessApis, type AccessApis } from './AccessNotice';
import { CoverageTiles } from './CoverageTiles';
import { LongHeldList } from './LongHeldList';
import { popupStrings } from './strings';
import { TopTags } from './TopTags';
import { UntaggedList } from './UntaggedList';
import { readServerChoice, serverInUse, serverRecent, serverUntagged, type ServerChoice } from './server-coverage';
import { ServerSource } from './ServerSource';

/** What the popup hands to the sections other features add, once settings are loaded. */
export interface PopupSectionContext {
  lang: Language;
  settings: Settings;
  /** The database the popup was given (tests); sections open the extension's own otherwise. */
  database?: SidekickDb;
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
  /** The reads the entry module started before this code loaded, and the time they were started for. */
  early?: { recent: Promise<RecentDaily>; settings: Promise<Settings>; at: number; server?: Promise<ServerChoice> };
  /** The browser's permission calls and private-window check (AccessNotice); the browser's own by default. */
  access?: AccessApis;
}

type State =
  | { status: 'loading'; lang: Language }
  | { status: 'ready'; lang: Language; settings: Settings; numbers: PopupNumbers; lists: Lists; server: ServerChoice; inUse: boolean }
  | { status: 'failed'; lang: Language; error: string }
  /** A private window whose page cannot open the stored data (Firefox keeps it from private contexts). */
  | { status: 'private'; lang: Language };

/** The lists arrive after the numbers, in a second read. */
type Lists = { status: 'loading' } | { status: 'ready'; data: PopupLists } | { status: 'failed'; error: string } | { status: 'private' };

function SectionSkeleton({ heading, testId }: { heading: string; testId: string }) {
  return (
    <section class="pp-section" aria-busy="true" data-testid={testId}>
      <h2>{heading}</h2>
      <div class="pp-skeleton">&nbsp;</div>
      <div class="pp-skeleton">&nbsp;</div>
    </section>
  );
}

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

const NO_ORIGINS: readonly string[] = [];

/** Resolves after the next frame is painted (a task queued from an animation frame runs after it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * The popup: my tag coverage at a glance. It draws a skeleton at once, then reads settings and the
 * coverage numbers (the small per-day summary, from its session copy or IndexedDB, read while the
 * settings load) and draws them with the chart; the lists (popupLists: the rows of the last two weeks)
 * follow in a second read started after that paint, with skeletons of their own until then, and
 * suggestions for untagged dialogues arrive after that.
 */
export function Popup({ database, now = Date.now, extraSections, early, access }: PopupProps) {
  const [state, setState] = useState<State>(() => ({ status: 'loading', lang: resolveLanguage('auto') }));
  /** Bumped when API mode's stored numbers or the chosen source change (components/popup/ServerSource). */
  const [serverVersion, setServerVersion] = useState(0);

  // Started in the layout phase, not after the first paint: when the early reads are already done, the
  // numbers replace the skeleton before it is ever painted.
  // Firefox gives a private window's pages no way into the stored data: what cannot be read there is said, not an error.
  const inPrivate = (access ?? browserAccessApis).inPrivateWindow();
  useLayoutEffect(() => {
    let alive = true;
    void (async () => {
      let lang = resolveLanguage('auto');
      let ready: Extract<State, { status: 'ready' }>;
      try {
        const t = early?.at ?? now();
        // The summary's read needs no settings: it runs while they load.
        // Without the database library, so the numbers need not wait for it to load.
        const first = serverVersion === 0 ? early : undefined;
        const recent = first?.recent ?? (database ? readRecentDaily(database, t) : readRecentDailyFast(t));
        recent.catch(() => {});
        // API mode: my coverage counted from the background's copy of the server's conversations.
        const server = first?.server ?? readServerChoice();
        const settings = await (first?.settings ?? readStoredSettings());
        lang = resolveLanguage(settings.operator.language);
        const choice = await server;
        const fromServer = serverInUse(choice, settings.operator.timeZone);
        const numbers = numbersFromDaily(fromServer ? serverRecent(fromServer) : await recent, t, settings);
        if (!alive) return;
        ready = { status: 'ready', lang, settings, numbers, lists: { status: 'loading' }, server: choice, inUse: !!fromServer };
        setState(ready);
        // The lists' read starts once the numbers are painted, so it cannot delay them.
        await afterPaint();
        if (!alive) return;
        try {
          const db = database ?? (await import('../../lib/db/database')).db();
          const data = await popupLists(db, t, settings);
          const untagged = fromServer ? serverUntagged(fromServer, t) : null;
          const lists = untagged ? { ...data, untaggedToday: untagged.today, untaggedYesterday: untagged.yesterday } : data;
          if (alive) setState({ ...ready, lists: { status: 'ready', data: lists } });
        } catch (e) {
          if (alive) setState({ ...ready, lists: inPrivate ? { status: 'private' } : { status: 'failed', error: (e as Error).message } });
        }
      } catch (e) {
        if (alive) setState(inPrivate ? { status: 'private', lang } : { status: 'failed', lang, error: (e as Error).message });
      }
    })();
    return () => {
      alive = false;
    };
  }, [database, serverVersion]);

  useLayoutEffect(() => {
    // The benchmark measures opening to numbers on screen by this mark, set in the animation frame that
    // paints the tiles and the chart (whether or not the lists have arrived).
    if (state.status !== 'ready') return;
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => performance.mark('sidekick:popup-ready'));
    else performance.mark('sidekick:popup-ready');
  }, [state.status]);

  const s = popupStrings[state.lang];
  return (
    <main class="pp" lang={state.lang}>
      <header class="pp-header">
        <h1>{s.coverageHeading}</h1>
      </header>
      <PopupWriteStatus lang={state.lang} />
      <AccessNotice
        lang={state.lang}
        teamOrigins={state.status === 'ready' ? state.settings.carrotquest.panelHosts : NO_ORIGINS}
        apis={access}
      />
      {state.status === 'loading' && <Skeleton lang={state.lang} />}
      {state.status === 'private' && (
        <p class="pp-muted" data-testid="popup-private-numbers">
          {s.privateNumbers}
        </p>
      )}
      {state.status === 'failed' && (
        <p class="pp-error" role="alert" data-testid="popup-error">
          {phrase(s.loadFailed, { error: state.error })}
        </p>
      )}
      {state.status === 'ready' && (
        <Loaded
          source={
            <ServerSource choice={state.server} inUse={state.inUse} lang={state.lang} onChange={() => setServerVersion((n) => n + 1)} />
          }
          lang={state.lang}
          settings={state.settings}
          numbers={state.numbers}
          lists={state.lists}
          extra={
            typeof extraSections === 'function'
              ? extraSections({ lang: state.lang, settings: state.settings, database, now })
              : extraSections
          }
        />
      )}
    </main>
  );
}

function Loaded({
  lang,
  settings,
  numbers,
  lists,
  extra,
  source,
}: {
  source?: ComponentChildren;
  lang: Language;
  settings: Settings;
  numbers: PopupNumbers;
  lists: Lists;
  extra?: ComponentChildren;
}) {
  const s = popupStrings[lang];
  const { targets } = settings;
  const heldHeading = phrase(s.longHeldHeading, { hours: targets.longHeldHours });
  return (
    <>
      <CoverageTiles coverage={numbers.coverage} targets={targets} lang={lang} />
      {source}
      {numbers.empty ? (
        <section class="pp-section pp-empty" data-testid="popup-empty">
          <h2>{s.emptyTitle}</h2>
          <p>{phrase(s.emptyBody, { floor: percentText(targets.floor), goal: percentText(targets.goal) })}</p>
        </section>
      ) : (
        <section class="pp-section">
          <h2>{s.chartHeading}</h2>
          <CoverageChart points={numbers.daily14} targets={targets} lang={lang} />
        </section>
      )}
      {lists.status === 'loading' && (
        <>
          {!numbers.empty && <SectionSkeleton heading={s.untaggedHeading} testId="untagged-list-loading" />}
          <SectionSkeleton heading={heldHeading} testId="long-held-list-loading" />
          {!numbers.empty && <SectionSkeleton heading={s.topTagsHeading} testId="top-tags-loading" />}
        </>
      )}
      {lists.status === 'private' && (
        <p class="pp-muted" data-testid="popup-private-lists">
          {s.privateLists}
        </p>
      )}
      {lists.status === 'failed' && (
        <p class="pp-error" role="alert" data-testid="popup-lists-error">
          {phrase(s.loadFailed, { error: lists.error })}
        </p>
      )}
      {lists.status === 'ready' && (
        <>
          {!numbers.empty && <UntaggedList today={lists.data.untaggedToday} yesterday={lists.data.untaggedYesterday} lang={lang} />}
          <LongHeldList
            mine={lists.data.longHeldMine}
            others={lists.data.longHeldOthers}
            thresholdHours={targets.longHeldHours}
            lang={lang}
          />
          {!numbers.empty && <TopTags tags={lists.data.topTags} lang={lang} />}
        </>
      )}
      {extra}
    </>
  );
}
