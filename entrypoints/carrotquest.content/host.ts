import { trackComposerSelection } from '../../lib/carrotquest/act';
import { clampWidth } from '../../lib/carrotquest/layout';
import { goToAddress } from '../../lib/carrotquest/navigate';
import { resolveProfile, type ResolvedProfile } from '../../lib/carrotquest/profile';
import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import { watchDialogue } from '../../lib/carrotquest/watch';
import { onTabMessage, pageService as backgroundService } from '../../lib/channel/page-client';
import { readWriteError } from '../../lib/db/write-error';
import type { Service } from '../../lib/channel/protocol';
import { phrase, resolveLanguage } from '../../lib/i18n/language';
import type { Settings } from '../../lib/settings/schema';
import type { FeatureContext, SidebarFeature, SnapshotChange } from '../../components/sidebar/feature';
import { errorMessage } from '../../components/shared/latest';
import { createSidebarStore, type SidebarStore } from '../../components/sidebar/store';
import { strings } from '../../components/sidebar/strings';
import { createPageActions } from './page-actions';

/** What changes the sidebar, compared cheaply so a mutation that changed nothing we show costs nothing. */
function signature(s: DialogueSnapshot): string {
  const last = s.messages.at(-1);
  return [
    s.id,
    s.tags.join('\u0001'),
    s.messages.length,
    last?.text.length,
    last?.text.slice(0, 64),
    s.notes.join('\u0001'),
    s.customer.name,
    s.customer.email,
    s.customer.id,
    s.assignee,
    s.operator,
    s.missing.join(','),
    s.queueCount,
  ].join('\u0002');
}

/**
 * The popup asks this tab to open a dialogue of this panel in place (it brings the tab forward itself);
 * an address of another site is not followed.
 */
function listenForOpenDialogue(win: Window, signal: AbortSignal) {
  const stop = onTabMessage('openDialogue', (link) => {
    try {
      if (new URL(link).origin !== win.location.origin) return false;
    } catch {
      return false;
    }
    goToAddress(link, win);
    return true;
  });
  signal.addEventListener('abort', stop, { once: true });
}

/** A signal aborted when any of `signals` is (AbortSignal.any, which not every supported browser has). */
function linked(...signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) controller.abort();
    else s.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

const errorText = (e: unknown) => errorMessage(e, 'unknown error');

export interface HostOptions {
  settings: Settings;
  collapsed: boolean;
  /** The sidebar's width and folded sections as the operator left them. */
  width?: number;
  folded?: Record<string, boolean>;
  /** The sidebar's features, in the order their sections show (entrypoints/carrotquest.content/features.ts). */
  features: readonly SidebarFeature[];
  service?: Service;
  doc?: Document;
}

export interface FeatureHost {
  store: SidebarStore;
  /** Starts reading the page and every feature; `container` is the sidebar's shadow root. */
  start(container: ParentNode & Node): void;
  /** Ends every feature (their signals abort) and gives the page its space back. */
  stop(): void;
  applySettings(settings: Settings): void;
}

/**
 * Runs the sidebar on one page: reads the open dialogue, keeps the store, and runs each feature with
 * the snapshot stream, the store, the channel to the background and an abort signal. A feature that
 * throws is stopped alone: its section shows the error, the health line names it, the others go on.
 */
export function createFeatureHost({
  settings: initial,
  collapsed,
  width,
  folded,
  features,
  service = backgroundService,
  doc = document,
}: HostOptions): FeatureHost {
  let settings = initial;
  let profile: ResolvedProfile = resolveProfile(settings.carrotquest.selectors);
  let container: (ParentNode & Node) | undefined;
  let lastSig = '';
  const page = new AbortController();
  let dialogue = new AbortController();
  const listeners: { feature: SidebarFeature; signal: AbortSignal; listener: (change: SnapshotChange) => void | Promise<void> }[] = [];
  const stops = new Map<string, AbortController>();

  const lang = () => resolveLanguage(settings.operator.language);

  /** Messaging fails when the extension was updated under this page; say so instead of throwing. */
  async function quietly<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (e) {
      const msg = errorText(e);
      const writeError = readWriteError(e);
      if (writeError) store.setState({ writeError });
      else if (/context invalidated|Receiving end does not exist/i.test(msg)) {
        store.setState({ toast: { kind: 'error', text: phrase(strings[lang()].extensionReloaded) } });
      } else console.debug('[sidekick]', msg);
      return undefined;
    }
  }

  const actions = createPageActions({ store: () => store, profile: () => profile, lang, container: () => container, quietly });
  const store: SidebarStore = createSidebarStore(actions, {
    lang: lang(),
    collapsed,
    settings,
    service,
    ...(width !== undefined ? { width: clampWidth(width) } : {}),
    ...(folded ? { folded } : {}),
  });
  // A section that failed to render stops its feature's other work too.
  store.subscribe((s, before) => {
    if (s.failed !== before.failed) for (const id of Object.keys(s.failed)) stops.get(id)?.abort();
  });

  function fail(feature: SidebarFeature, error: unknown) {
    stops.get(feature.id)?.abort();
    if (store.getState().failed[feature.id]) return;
    console.debug(`[sidekick] feature "${feature.id}" failed`, error);
    store.setState((s) => ({ failed: { ...s.failed, [feature.id]: { label: feature.label, message: errorText(error) } } }));
  }

  /** Runs a feature's code; what it throws, now or later, stops that feature alone. */
  function guarded(feature: SidebarFeature, run: () => void | Promise<void>) {
    try {
      const result = run();
      if (result && typeof (result as Promise<void>).then === 'function') (result as Promise<void>).catch((e: unknown) => fail(feature, e));
    } catch (e) {
      fail(feature, e);
    }
  }

  function startFeature(feature: SidebarFeature) {
    const own = new AbortController();
    stops.set(feature.id, own);
    const signal = linked(page.signal, own.signal);
    const ctx: FeatureContext = {
      store,
      service,
      profile: () => profile,
      signal,
      dialogueSignal: () => linked(signal, dialogue.signal),
      onSnapshot(listener) {
        if (signal.aborted) return;
        const entry = { feature, signal, listener };
        listeners.push(entry);
        signal.addEventListener(
          'abort',
          () => {
            const at = listeners.indexOf(entry);
            if (at >= 0) listeners.splice(at, 1);
          },
          { once: true },
        );
      },
      quietly,
      after(ms, run, until = signal) {
        if (until.aborted) return () => {};
        const timer = setTimeout(() => guarded(feature, run), ms);
        const cancel = () => clearTimeout(timer);
        until.addEventListener('abort', cancel, { once: true });
        return cancel;
      },
    };
    if (feature.start) guarded(feature, () => feature.start!(ctx));
  }

  function onSnapshot(snapshot: DialogueSnapshot) {
    const sig = signature(snapshot);
    if (sig === lastSig) return;
    lastSig = sig;
    const previous = store.getState().snapshot;
    const switched = previous?.id !== snapshot.id;
    let left = null;
    if (switched) {
      left = store.getState().stored;
      // Nothing from the previous dialogue may linger: drop everything derived from it in the same update.
      actions.clearToasts();
      store.setState({ snapshot, stored: null, suggest: null });
      dialogue.abort();
      dialogue = new AbortController();
    } else {
      store.setState({ snapshot });
    }
    const change: SnapshotChange = { snapshot, previous, switched, left };
    for (const { feature, signal, listener } of [...listeners]) {
      if (!signal.aborted) guarded(feature, () => listener(change));
    }
  }

  let watcher: { readNow: () => void; stop: () => void } | undefined;
  return {
    store,
    start(c) {
      container = c;
      actions.reserve(page.signal);
      trackComposerSelection(() => profile, doc, page.signal);
      for (const feature of features) startFeature(feature);
      listenForOpenDialogue(doc.defaultView ?? window, page.signal);
      watcher = watchDialogue(() => profile, onSnapshot, {
        doc,
        signal: page.signal,
        onPageState: (state) => store.setState({ page: state }),
      });
      watcher.readNow();
    },
    stop() {
      page.abort();
      dialogue.abort();
      actions.releaseSpace();
    },
    applySettings(next) {
      settings = next;
      profile = resolveProfile(next.carrotquest.selectors);
      lastSig = '';
      store.setState({ settings: next, lang: lang() });
      watcher?.readNow();
    },
  };
}
