import { browser } from 'wxt/browser';

/**
 * A tag the operator asked for on a dialogue they had left, kept while the panel goes back to it: when
 * going back reloads the page, the new page applies it on arrival.
 */
export interface PendingTag {
  dialogueId: string;
  name: string;
  /** Ms since epoch after which it is stale and dropped. */
  until: number;
}

const PENDING_KEY = 'ui.pendingTag';
export const PENDING_TAG_MS = 60_000;

export async function rememberPendingTag(pending: PendingTag): Promise<void> {
  await browser.storage.local.set({ [PENDING_KEY]: pending });
}

export async function forgetPendingTag(): Promise<void> {
  await browser.storage.local.remove(PENDING_KEY);
}

/** The pending tag for `dialogueId`, taken out of storage; null when there is none for it or it is stale. */
export async function takePendingTag(dialogueId: string | null, now = Date.now()): Promise<PendingTag | null> {
  const pending = (await browser.storage.local.get(PENDING_KEY))[PENDING_KEY] as PendingTag | undefined;
  if (!pending || pending.dialogueId !== dialogueId) return null;
  await forgetPendingTag();
  return pending.until > now ? pending : null;
}
