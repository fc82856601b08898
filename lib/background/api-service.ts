import { browser } from 'wxt/browser';
import type { DialogueMessage } from '../carrotquest/snapshot';
import { createApiClient, type ApiClient } from '../api/client';
import { matchAdmin, maskKey, readCredentials, readPanel, writeCredentials, writePanel, type ApiCredentials } from '../api/credentials';
import { appInfo } from '../api/endpoints';
import { ApiError, toErrorData, type ApiErrorData } from '../api/errors';
import { newProgress, runHistoryImport, type HistoryProgress, type LearnItem } from '../api/history-import';
import { apiOriginFor, appIdFromPanelUrl } from '../api/hosts';
import { createLimiter, type Limiter } from '../api/limiter';
import type { ApiStatus } from '../api/status';
import { redactSecrets } from '../secrets/detect';
import type { Settings } from '../settings/schema';
import { createDialogueReader, tagThroughApi } from './api-dialogue';
import type { DialogueSnapshot } from '../carrotquest/snapshot';
import type { Language } from '../settings/schema';

export const HISTORY_KEY = 'api.history';

interface Deps {
  settings: () => Promise<Settings>;
  /** Trains the tag model on a page of history (texts already redacted). */
  learnTags(items: { messages: DialogueMessage[]; tags: string[] }[]): Promise<unknown>;
  fetch?: typeof fetch;
}

/**
 * API mode in the background: the one place that holds the key in memory and calls CarrotQuest.
 * One limiter for every call, so the 2-in-flight and per-minute budget hold across features.
 */
export function createApiService(deps: Deps) {
  let limiter: Limiter | null = null;
  let lastStatus: { channels: number | null; operators: { id: string; name: string }[]; error: ApiErrorData | null } = {
    channels: null,
    operators: [],
    error: null,
  };
  let history: { abort: AbortController; done: Promise<HistoryProgress> } | null = null;

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
        return await runHistoryImport(from, { client, learn, save: saveHistory, signal: abort.signal });
      } catch (err) {
        const stopped: HistoryProgress = { ...from, status: 'stopped', error: toErrorData(err) };
        await saveHistory(stopped);
        return stopped;
      } finally {
        if (history?.abort === abort) history = null;
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
      if (before && before.appId === appId && before.origin === origin && before.operatorName === (operatorName ?? before.operatorName))
        return;
      await writePanel({ origin, appId, operatorName: operatorName || before?.operatorName || '', seenAt: Date.now() });
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
      } catch (err) {
        lastStatus = { channels: null, operators: [], error: toErrorData(err) };
      }
      return status();
    },

    async setOperator({ adminId }: { adminId: string }): Promise<ApiStatus> {
      const c = await readCredentials();
      if (c) {
        const admin = lastStatus.operators.find((o) => o.id === adminId);
        await writeCredentials({ ...c, adminId, adminName: admin?.name ?? (adminId === c.adminId ? c.adminName : '') });
      }
      return status();
    },

    async disconnect(): Promise<ApiStatus> {
      history?.abort.abort();
      await writeCredentials(null);
      lastStatus = { channels: null, operators: [], error: null };
      return status();
    },

    async historyState(): Promise<HistoryProgress | null> {
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

    dialogue: (input: { snapshot: DialogueSnapshot; lang: Language; refresh: boolean }) => dialogues.view(input),
    tag: (input: { dialogueId: string; tag: string; action: 'add' | 'remove'; lang: Language }) => tagThroughApi(current, input),

    current,
  };
}

export type ApiService = ReturnType<typeof createApiService>;
