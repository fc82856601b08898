import { browser } from 'wxt/browser';
import { SIDEBAR_HOST } from '../../lib/carrotquest/mount-guard';
import { createPageTools } from '../../lib/carrotquest/page-tools';
import { resolveProfile, type ResolvedProfile } from '../../lib/carrotquest/profile';
import { pageService as service } from '../../lib/channel/page-client';
import { resolveLanguage } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';
import { onStoredSettingsChanged, readStoredSettings } from '../../lib/settings/stored';
import { healthList } from './health-list';
import { downloadCapture, runTeachSession } from './session';
import type { PageToolsApi } from './tools';

/**
 * The page tools as the sidebar and the background call them, in the panel tab's extension world. They read
 * the profile and the language from stored settings, as the content script does, and follow their changes.
 */
export function createPageToolsApi(doc: Document = document): PageToolsApi {
  const tools = createPageTools(doc);
  let current: { profile: ResolvedProfile; lang: Language } | null = null;
  const load = async () => {
    const settings = await readStoredSettings();
    current = { profile: resolveProfile(settings.carrotquest.selectors), lang: resolveLanguage(settings.operator.language) };
    return current;
  };
  onStoredSettingsChanged((settings) => {
    current = { profile: resolveProfile(settings.carrotquest.selectors), lang: resolveLanguage(settings.operator.language) };
  });
  const sidebar = () => {
    const layer = doc.querySelector(SIDEBAR_HOST)?.shadowRoot;
    const slot = layer?.querySelector<HTMLElement>('[data-testid="teach"] > div');
    if (!layer || !slot) throw new Error('the sidebar is not on the page');
    return { layer, slot };
  };
  const version = () => browser.runtime.getManifest().version;
  let attempt: AbortController | null = null;

  const api: PageToolsApi = {
    healthList: (missing, lang) => healthList(doc, missing, lang, (key) => void api.teach(key).catch(() => {})),
    async teach(key) {
      attempt?.abort();
      const mine = (attempt = new AbortController());
      const { lang } = current ?? (await load());
      const { layer, slot } = sidebar();
      await runTeachSession(tools, {
        key,
        lang,
        profile: () => current!.profile,
        layer,
        slot,
        hostName: SIDEBAR_HOST,
        save: (k, selector) => service.call('saveSelector', { key: k, selector }),
        signal: mine.signal,
      });
    },
    async downloadCapture() {
      const { lang, profile } = current ?? (await load());
      downloadCapture(tools, { lang, profile, version: version(), hostName: SIDEBAR_HOST, slot: sidebar().slot });
    },
    async capture() {
      const { profile } = current ?? (await load());
      return tools.capture(profile, version(), SIDEBAR_HOST);
    },
  };
  return api;
}
