import type { ApiClient } from '../api/client';
import type { ApiCredentials } from '../api/credentials';
import { mergeDialogue, type ApiDialogue, type DialogueSources } from '../api/dialogue-merge';
import { addTag, appInfo, assignConversation, conversation, conversationParts, removeTag } from '../api/endpoints';
import { ApiError, toErrorData, type ApiErrorData } from '../api/errors';
import type { DialogueSnapshot } from '../carrotquest/snapshot';
import type { ProfileKey } from '../carrotquest/profile-keys';
import { phrase } from '../i18n/language';
import type { Language } from '../settings/schema';
import type { DialogueState } from '../service-types';
import { keyNames, strings } from './api-strings';

/** How many of the newest parts the sidebar reads of the open dialogue. */
const SIDEBAR_PARTS = 100;
/** Dialogues whose API reading is kept, so page changes merge without a new request. */
const CACHE_SIZE = 20;

export type Current = () => Promise<{ client: ApiClient; appId: string; credentials: ApiCredentials }>;

/**
 * The sidebar's view of the open dialogue in API mode: the page's reading merged with the API's, and the
 * operator's sentences about it, made here so the content script carries neither the merge nor the phrases.
 * `off`: API mode is not set up, and the page alone is the source.
 */
export type ApiDialogueView =
  | { off: true }
  | {
      off: false;
      snapshot: DialogueSnapshot;
      sources: DialogueSources;
      covered: ProfileKey[];
      line: string;
      coveredLine: string;
      error: boolean;
      stored?: DialogueState | null;
    };

async function fetchDialogue(current: Current, id: string): Promise<ApiDialogue> {
  const { client } = await current();
  const [c, parts] = await Promise.all([
    conversation(client, id),
    conversationParts(client, id, { customerOnly: false, maxCustomer: SIDEBAR_PARTS, maxScanned: SIDEBAR_PARTS }),
  ]);
  return {
    id: c.id,
    tags: c.tags,
    assignee: c.assignee?.name ?? null,
    customer: { name: c.userName, email: c.userEmail },
    messages: parts.map((p) => ({
      fromCustomer: p.fromCustomer,
      text: p.text,
      time: p.created ? new Date(p.created * 1000).toISOString() : undefined,
      author: p.author,
      ...(p.attachment && { attachment: true }),
    })),
  };
}

export function createDialogueReader(current: Current) {
  const cache = new Map<string, Promise<ApiDialogue>>();
  return {
    async view({ snapshot, lang, refresh }: { snapshot: DialogueSnapshot; lang: Language; refresh: boolean }): Promise<ApiDialogueView> {
      const id = snapshot.id;
      if (!id) return { off: true };
      const t = (k: keyof (typeof strings)['en'], v?: Record<string, string>) => phrase(strings[lang][k], v);
      let pending = refresh ? undefined : cache.get(id);
      if (!pending) {
        pending = fetchDialogue(current, id);
        cache.set(id, pending);
        while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
        pending.catch(() => cache.delete(id));
      }
      try {
        const merged = mergeDialogue(snapshot, await pending);
        const line = `${t('source')}: ${(['messages', 'tags', 'assignee', 'customer'] as const).map((k) => `${t(k)}: ${t(merged.sources[k])}`).join(' · ')}`;
        const names = [...new Set(merged.covered.map((k) => keyNames[lang][k] ?? k))];
        return { off: false, ...merged, line, coveredLine: names.length ? t('covered', { list: names.join(', ') }) : '', error: false };
      } catch (err) {
        const data = toErrorData(err);
        if (data.kind === 'not-configured') return { off: true };
        return {
          off: false,
          snapshot,
          sources: { messages: 'page', tags: 'page', assignee: 'page', customer: 'page' },
          covered: [],
          line: t('failed', { reason: data.message }),
          coveredLine: '',
          error: true,
        };
      }
    },
    forget(id: string) {
      cache.delete(id);
    },
  };
}

export type ApiTagAnswer =
  { ok: true; outcome: 'added' | 'already' | 'removed' | 'absent'; text: string } | { ok: false; error: ApiErrorData; text: string };

/** Adds or removes a dialogue tag through the API, as the operator picked in options; answers the toast's text. */
export async function tagThroughApi(
  current: Current,
  input: { dialogueId: string; tag: string; action: 'add' | 'remove'; lang: Language },
): Promise<ApiTagAnswer> {
  const t = (k: keyof (typeof strings)['en'], v?: Record<string, string>) => phrase(strings[input.lang][k], v);
  try {
    const { client, credentials } = await current();
    const outcome =
      input.action === 'add'
        ? await addTag(client, input.dialogueId, input.tag, credentials.adminId)
        : await removeTag(client, input.dialogueId, input.tag, credentials.adminId);
    return { ok: true, outcome, text: t(input.action === 'add' ? 'appliedApi' : 'removedApi', { name: input.tag }) };
  } catch (err) {
    const error = toErrorData(err instanceof Error ? err : new ApiError('network', String(err)));
    return { ok: false, error, text: t('apiTagFailed', { name: input.tag, reason: error.message }) };
  }
}

/** `off`: API mode is not set up, and the page's own assign control is the way. */
export type ApiAssignAnswer = { ok: true; text: string } | { ok: false; off: boolean; text: string };

const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Hands the dialogue to a teammate by name (the settings keep names): the operator of that name among the app's
 * channels' operators (the API has no list of admins), then `POST /conversations/{id}/assign`.
 */
export async function assignThroughApi(
  current: Current,
  input: { dialogueId: string; name: string; lang: Language },
): Promise<ApiAssignAnswer> {
  const t = (k: keyof (typeof strings)['en'], v?: Record<string, string>) => phrase(strings[input.lang][k], v);
  try {
    const { client, appId, credentials } = await current();
    const admin = (await appInfo(client, appId)).operators.find((o) => sameName(o.name, input.name));
    if (!admin) return { ok: false, off: false, text: t('assignNoOperator', { name: input.name }) };
    await assignConversation(client, input.dialogueId, admin.id, credentials.adminId);
    return { ok: true, text: t('assignedApi', { name: admin.name }) };
  } catch (err) {
    const error = toErrorData(err instanceof Error ? err : new ApiError('network', String(err)));
    if (error.kind === 'not-configured') return { ok: false, off: true, text: '' };
    return { ok: false, off: false, text: t('apiAssignFailed', { name: input.name, reason: error.message }) };
  }
}
