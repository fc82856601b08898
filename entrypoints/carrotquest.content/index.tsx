import '../../components/sidebar/sidebar.css';
import '../../components/escalation/escalation.css';
import '../../components/replies/replies.css';
import '../../components/triage/triage.css';
import '../../components/teach/teach.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { removeStaleHosts, SIDEBAR_HOST } from '../../lib/carrotquest/mount-guard';
import { PANEL_MATCHES } from '../../lib/carrotquest/panel-address';
import { onStoredSettingsChanged, readStoredSettings } from '../../lib/settings/stored';
import { App } from './App';
import { SIDEBAR_FEATURES } from './features';
import { createFeatureHost } from './host';
import { FOLDED_KEY, UI_KEY, WIDTH_KEY } from './page-actions';

export const HOST_NAME = SIDEBAR_HOST;

export default defineContentScript({
  matches: [...PANEL_MATCHES],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    try {
      removeStaleHosts(HOST_NAME);
      const [settings, ui] = await Promise.all([readStoredSettings(), browser.storage.local.get([UI_KEY, WIDTH_KEY, FOLDED_KEY])]);
      if (ctx.isInvalid) return;
      const folded = ui[FOLDED_KEY];
      const host = createFeatureHost({
        settings,
        collapsed: ui[UI_KEY] === true,
        width: typeof ui[WIDTH_KEY] === 'number' ? ui[WIDTH_KEY] : undefined,
        folded: folded && typeof folded === 'object' ? (folded as Record<string, boolean>) : undefined,
        features: SIDEBAR_FEATURES,
      });
      const unlisten = onStoredSettingsChanged((next) => host.applySettings(next));
      const sidebar = await createShadowRootUi(ctx, {
        name: HOST_NAME,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'open',
        // Keys typed in the sidebar (reply search) must not reach the panel's own shortcuts.
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount(container, shadow) {
          render(<App store={host.store} features={SIDEBAR_FEATURES} />, container);
          host.start(shadow);
        },
        onRemove(container) {
          host.stop();
          unlisten();
          if (container) render(null, container);
        },
      });
      sidebar.mount();
      ctx.onInvalidated(() => sidebar.remove());
    } catch (e) {
      // Never let a failure of ours surface as an uncaught error in the panel's console.
      console.debug('[sidekick] failed to start', e);
    }
  },
});
