import { browser } from 'wxt/browser';
import type { DialogueMessage } from '../carrotquest/snapshot';
import { createApiClient, type ApiClient } from '../api/client';
import { matchAdmin, maskKey, readCredentials, readPanel, writeCredentials, writePanel, type ApiCredentials } from '../api/credentials';
import { appInfo } from '../api/endpoints';
import { ApiError, toErrorData, type ApiErrorData } from '../api/errors';
import { newProgress, runHistoryImport, type HistoryProgress, type LearnItem } from '../api/history-import';
import { apiOriginFor, appIdFromPanelUrl } from '../api/hosts';
import { createLimiter, type Limiter } from '../api/limiter';
import type { ApiStatus, SyncInfo, TeamView } from '../api/status';
import { syncConversations, syncUntagged } from '../api/coverage-sync';
import { SERVER_COVERAGE_KEY, serverCoverage } from '../api/server-coverage';
import { apiCopyStore, clearApiCopy, copiedConversations, copiedRepliedBy } from '../db/api-copy';
import { db as defaultDb, type SidekickDb } from '../db/database';
import { teamRows } from '../stats/team';
import { redactSecrets } from '../secrets/detect';
import type { Settings } from '../settings/schema';
import { assignThroughApi, createDialogueReader, tagThroughApi } from './api-dialogue';
import type { DialogueSnapshot } from '../carrotquest/snapshot';
import type { Language } from '../settings/schema';

export const HISTORY_KEY = 'api.history';

/** The panel's address reduced to what links need (no filters, no dialogue), for links to the copy's conversations. */
function panelOrigin(url: string, appId: string): string {
  try {
    const u = new URL(url);
    return /^\/panel\//.test(u.pathname) ? `${u.origin}/panel/${appId}/conversations` : `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

interface Deps {
  settings: () => Promise<Settings>;
  /** Trains the tag model on a page of history (texts already redacted). */
  /** Trains the tag model on a page of history (texts already redacted), without saving it yet. */
  learnTags(items: { messages: DialogueMessage[]; tags: string[] }[]): Promise<unknown>;
  /** Saves the tag model: the history import's checkpoints, together with its cursor. */
  saveTags?(): Promise<unknown>;
  fetch?: typeof fetch;
  db?: () => SidekickDb;
  now?: () => number;
}

/**
 * API mode in the background: the one place that holds the key in memory and calls CarrotQuest.
 * One limiter for every call, so the 2-in-flight and per-minute budget hold across features.
 */
export function createApiService(deps: Deps) {
  let limiter: Limiter | null = null;
  /** The operator picks still being written, in order. */
  let operatorWrites: Promise<void> = Promise.resolve();
  let lastStatus: { channels: number | null; operators: { id: string; name: string }[]; error: ApiErrorData | null } = {
    channels: null,
    operators: [],
    error: null,
  };
  let history: { abort: AbortController; done: Promise<HistoryProgress> } | null = null;
  /** The running import's progress after every page (the stored one moves at checkpoints only). */
  let live: HistoryProgress | null = null;
  const database = deps.db ?? defaultDb;
  const now = deps.now ?? Date.now;
  /** The sync running now (one at a time: the popup, the alarm and the Team tab share it). */
  let syncing: Promise<SyncInfo> | null = null;
  let syncError: ApiErrorData | null = null;

  async function limiterFor(): Promise<Limiter> {
    const budget = (await deps.settings()).api.requestsPerMinute;
    limiter ??= createLimiter({ perMinute: budget });
    limiter.setBudget(budget);
    return limiter;
  }

  async function clientFor(key: string, origin: string): Promise<ApiClient> {
    return createApiClient({ origin, key, fetch: deps.fetch, limiter: await limiterFor() });
  }

  /** The client for the stored key and the panel last seen; an error that says which is missing. */
  async function current(): Promise<{ client: ApiClient; appId: string; credentials: ApiCredentials }> {
    const [credentials, panel] = await Promise.all([readCredentials(), readPanel()]);
    if (!credentials?.connectedAt) throw new ApiError('not-configured', 'no API key connected');
    if (!panel) throw new ApiError('not-configured', 'the panel has not been opened yet, so the app is not known');
    return { client: await clientFor(credentials.key, panel.origin), appId: panel.appId, credentials };
  }

  const dialogues = createDialogueReader(() => current());

  /** My coverage from the copy, written where the popup reads it; removed when no admin is picked. */
  async function writeServerCoverage(): Promise<void> {
    const [c, panel, s] = await Promise.all([readCredentials(), readPanel(), deps.settings()]);
    const state = await apiCopyStore(database()).state();
    if (!c?.connectedAt || !c.adminId || !panel || !state?.syncedAt || state.appId !== panel.appId) {
      await browser.storage.local.remove(SERVER_COVERAGE_KEY);
      return;
    }
    const mine = await copiedRepliedBy(database(), panel.appId, c.adminId);
    const summary = serverCoverage(mine, {
      appId: panel.appId,
      adminId: c.adminId,
      adminName: c.adminName,
      tz: s.operator.timeZone,
      now: now(),
      state,
      panelUrl: panel.panelUrl ?? `https://carrotquest.io/panel/${panel.appId}/conversations`,
    });
    await browser.storage.local.set({ [SERVER_COVERAGE_KEY]: summary });
  }

  async function syncInfo(): Promise<SyncInfo> {
    const panel = await readPanel();
    const state = await apiCopyStore(database()).state();
    const mine = !!panel && state?.appId === panel.appId;
    return {
      syncedAt: mine ? (state?.syncedAt ?? null) : null,
      running: !!syncing,
      conversations: mine ? await database().apiConversations.where('appId').equals(panel.appId).count() : 0,
      error: syncError,
    };
  }

  /** Brings the copy up to date (incremental), then my coverage; a failure is kept and said, never thrown. */
  function sync(): Promise<SyncInfo> {
    syncing ??= (async () => {
      try {
        const { client, appId } = await current();
        const store = apiCopyStore(database());
        await syncConversations(client, store, { appId, now: now() });
        await syncUntagged(client, store, { appId, now: now() });
        syncError = null;
      } catch (err) {
        syncError = toErrorData(err);
      }
      try {
        await writeServerCoverage();
      } catch (err) {
        syncError ??= toErrorData(err);
      }
      syncing = null;
      return syncInfo();
    })();
    return syncing;
  }

  async function status(): Promise<ApiStatus> {
    const [c, panel] = await Promise.all([readCredentials(), readPanel()]);
    const suggested = matchAdmin(lastStatus.operators, panel?.operatorName || (await deps.settings()).operator.name);
    return {
      connected: !!c?.connectedAt,
      maskedKey: c ? maskKey(c.key) : '',
      origin: panel?.origin ?? null,
      appId: panel?.appId ?? null,
      channels: lastStatus.channels,
      operators: lastStatus.operators,
      adminId: c?.adminId ?? '',
      adminName: c?.adminName ?? '',
      suggestedAdminId: suggested?.id ?? null,
      error: lastStatus.error,
    };
  }

  async function saveHistory(p: HistoryProgress) {
    await browser.storage.local.set({ [HISTORY_KEY]: p });
  }

  async function learn(items: LearnItem[]) {
    // Secrets a customer pasted are removed before anything reaches a model.
    await deps.learnTags(
      items.map((i) => ({
        tags: i.tags,
        messages: i.parts.map((p) => ({ fromCustomer: p.fromCustomer, text: redactSecrets(p.text) })),
      })),
    );
  }

  function startHistory(from: HistoryProgress) {
    const abort = new AbortController();
    const done = (async () => {
      try {
        const { client } = await current();
        return await runHistoryImport(from, {
          client,
          learn,
          checkpoint: deps.saveTags && (async () => void (await deps.saveTags?.())),
          save: saveHistory,
          onProgress: (p) => {
            if (history?.abort === abort) live = p;
          },
          signal: abort.signal,
        });
      } catch (err) {
        const stopped: HistoryProgress = { ...from, status: 'stopped', error: toErrorData(err) };
        await saveHistory(stopped);
        return stopped;
      } finally {
        if (history?.abort === abort) {
          history = null;
          live = null;
        }
      }
    })();
    history = { abort, done };
    return done;
  }

  return {
    /** Every snapshot says where the panel is: the API host and app follow it. */
    async panelSeen(url: string, operatorName: string | undefined) {
      const appId = appIdFromPanelUrl(url);
      if (!appId) return;
      const origin = apiOriginFor(url);
      const before = await readPanel();
      const panelUrl = panelOrigin(url, appId);
      if (
        before &&
        before.appId === appId &&
        before.origin === origin &&
        before.panelUrl === panelUrl &&
        before.operatorName === (operatorName ?? before.operatorName)
      )
        return;
      await writePanel({ origin, appId, panelUrl, operatorName: operatorName || before?.operatorName || '', seenAt: Date.now() });
    },

    status,

    /** Saves the key when it works: lists the app's channels and their operators. */
    async connect({ key }: { key: string }): Promise<ApiStatus> {
      const trimmed = key.trim();
      const panel = await readPanel();
      if (!trimmed) {
        lastStatus = { channels: null, operators: [], error: { kind: 'not-configured', message: 'no key given', detail: {} } };
        return status();
      }
      if (!panel) {
        lastStatus = {
          channels: null,
          operators: [],
          error: { kind: 'not-configured', message: 'open the CarrotQuest panel once, so the app is known', detail: {} },
        };
        return status();
      }
      try {
        const info = await appInfo(await clientFor(trimmed, panel.origin), panel.appId);
        const before = await readCredentials();
        const operators = info.operators.map((o) => ({ id: o.id, name: o.name }));
        const matched = matchAdmin(operators, panel.operatorName || (await deps.settings()).operator.name);
        const keep = before?.adminId && operators.some((o) => o.id === before.adminId) ? before : null;
        const admin = keep ? { id: keep.adminId, name: keep.adminName } : matched;
        await writeCredentials({ key: trimmed, adminId: admin?.id ?? '', adminName: admin?.name ?? '', connectedAt: Date.now() });
        lastStatus = { channels: info.channels.length, operators, error: null };
        // The copy the popup's and the Team tab's numbers come from starts filling at once.
        void sync();
      } catch (err) {
        lastStatus = { channels: null, operators: [], error: toErrorData(err) };
      }
      return status();
    },

    async setOperator({ adminId }: { adminId: string }): Promise<ApiStatus> {
      // Picks made in a row are written one after another, so the last pick is the one kept.
      const write = operatorWrites.then(async () => {
        const c = await readCredentials();
        if (!c) return;
        const admin = lastStatus.operators.find((o) => o.id === adminId);
        await writeCredentials({ ...c, adminId, adminName: admin?.name ?? (adminId === c.adminId ? c.adminName : '') });
        // The popup's numbers from the server are someone else's now: counted again from the copy.
        await writeServerCoverage().catch(() => {});
      });
      operatorWrites = write.catch(() => {});
      await write;
      return status();
    },

    async disconnect(): Promise<ApiStatus> {
      history?.abort.abort();
      await writeCredentials(null);
      await clearApiCopy(database()).catch(() => {});
      await browser.storage.local.remove(SERVER_COVERAGE_KEY);
      syncError = null;
      lastStatus = { channels: null, operators: [], error: null };
      return status();
    },

    async historyState(): Promise<HistoryProgress | null> {
      if (history && live) return live;
      return ((await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as HistoryProgress | undefined) ?? null;
    },

    /** Starts a new import, or resumes the saved one (`resume`) from its cursor. Answers at once. */
    async historyStart({ resume }: { resume: boolean }): Promise<HistoryProgress> {
      if (history) return (await this.historyState())!;
      const saved = await this.historyState();
      let from: HistoryProgress;
      if (resume && saved && saved.status !== 'done' && saved.cursor) from = saved;
      else {
        const [panel, s] = await Promise.all([readPanel(), deps.settings()]);
        from = newProgress(panel?.appId ?? '', s.api.historyDays, Date.now());
      }
      const first: HistoryProgress = { ...from, status: 'running', error: undefined };
      await saveHistory(first);
      void startHistory(first);
      return first;
    },

    historyCancel() {
      history?.abort.abort();
    },

    /** After a browser restart: an import that was running goes on from its saved cursor. */
    async resumeInterrupted() {
      const saved = await this.historyState();
      if (saved?.status === 'running' && !history) void startHistory(saved);
    },

    /** Starts a sync (or joins the running one); `wait`: answer when it ends, else at once. */
    async syncNow({ wait }: { wait: boolean }): Promise<SyncInfo> {
      const [c, panel] = await Promise.all([readCredentials(), readPanel()]);
      if (!c?.connectedAt || !panel) return syncInfo();
      const running = sync();
      return wait ? running : syncInfo();
    },

    syncInfo,

    /** The team view from the copy; with `sync`, the copy is brought up to date first. */
    async teamView({ sync: first }: { sync: boolean }): Promise<TeamView> {
      const info = first ? await this.syncNow({ wait: true }) : await syncInfo();
      const [panel, s, c] = await Promise.all([readPanel(), deps.settings(), readCredentials()]);
      const connected = !!c?.connectedAt && !!panel;
      if (!panel) return { ...info, connected, rows: [] };
      if (!lastStatus.operators.length) {
        // The operators the channels list (there is no "list admins" call); the copy's own repliers otherwise.
        try {
          const { client, appId } = await current();
          const app = await appInfo(client, appId);
          lastStatus = { ...lastStatus, channels: app.channels.length, operators: app.operators.map((o) => ({ id: o.id, name: o.name })) };
        } catch {
          /* rows for those who replied, by id */
        }
      }
      const conversations = await copiedConversations(database(), panel.appId);
      const rows = teamRows(conversations, lastStatus.operators, {
        now: now(),
        tz: s.operator.timeZone,
        targets: s.targets,
        longHeldHours: s.targets.longHeldHours,
      });
      return { ...info, connected, rows };
    },

    dialogue: (input: { snapshot: DialogueSnapshot; lang: Language; refresh: boolean }) => dialogues.view(input),
    tag: (input: { dialogueId: string; tag: string; action: 'add' | 'remove'; lang: Language }) => tagThroughApi(current, input),
    assign: (input: { dialogueId: string; name: string; lang: Language }) => assignThroughApi(current, input),

    current,
  };
}

export type ApiService = ReturnType<typeof createApiService>;
