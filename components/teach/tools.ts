import type { PageCapture } from '../../lib/carrotquest/capture';
import type { ProfileKey } from '../../lib/carrotquest/profile-keys';
import { browser } from 'wxt/browser';
import type { Service } from '../../lib/channel/protocol';
import type { Language } from '../../lib/settings/schema';

/** What the injected page tools offer the sidebar and the background (entrypoints/page-tools.ts). */
export interface PageToolsApi {
  /** Pick mode for `key`, then the selector, its count and Save, drawn in the sidebar's teach slot. */
  teach(key: ProfileKey): Promise<void>;
  /** Downloads a sanitized capture of the page and says so in the teach slot. */
  downloadCapture(): Promise<void>;
  /** A sanitized capture of the page, for the options page. */
  capture(): Promise<PageCapture>;
  /** The health line's list of the missing parts, each with "Show me" (`health-list.ts`). */
  healthList(missing: readonly ProfileKey[], lang: Language): HTMLUListElement;
}

export const PAGE_TOOLS_GLOBAL = '__sidekickPageTools';

/**
 * Runs `use` with the page tools (pick mode, the selector generator, the capture, the teaching UI), which are
 * imported into this tab's content-script world on first use: the content script does not carry them.
 * A failure stays out of the panel's console.
 */
export function withPageTools(_service: Service, use: (tools: PageToolsApi) => Promise<void>) {
  void loadPageTools()
    .then(use)
    .catch(() => {});
}

/**
 * The page tools, imported on first use as a web-accessible module into this content script's own world:
 * the panel's host needs no host permission for it (the background's scripting.executeScript would).
 */
export async function loadPageTools(): Promise<PageToolsApi> {
  const world = globalThis as unknown as Record<string, PageToolsApi | undefined>;
  if (!world[PAGE_TOOLS_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL('/page-tools.js'));
  const tools = world[PAGE_TOOLS_GLOBAL];
  if (!tools) throw new Error('the page tools did not load');
  return tools;
}
