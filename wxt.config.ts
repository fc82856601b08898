import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias, InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { API_HOST_PERMISSIONS } from './lib/api/hosts';

/**
 * The popup's head script (entrypoints/popup-early.ts) is built on its own, as a classic script that runs
 * while the page is parsed. It is added to the page after Vite has bundled it, since Vite would try to
 * bundle a script tag in the source as a module.
 */
function popupEarlyScript(): Plugin {
  return {
    name: 'sidekick:popup-early-script',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.path.endsWith('/popup/index.html')
          ? { html, tags: [{ tag: 'script', attrs: { src: '/popup-early.js' }, injectTo: 'head-prepend' }] }
          : html,
    },
  };
}

/**
 * The content script and the page tools it imports run without webextension-polyfill (about 2.5 kB gzipped):
 * what they call (storage, runtime.getURL, runtime.sendMessage) already answers with promises in Chrome MV3
 * and Firefox, and the one thing the polyfill adds, a promise returned by an onMessage listener, is not used
 * there (`lib/channel/page-client.ts` answers through sendResponse). The module's alias of `wxt/browser` is
 * taken out of their build, so `wxt/browser` is WXT's own `globalThis.browser ?? globalThis.chrome`.
 * Extension pages and the background keep the polyfill.
 */
function withoutPolyfill(entrypoints: readonly Entrypoint[], config: InlineConfig) {
  const pageWorld = entrypoints.every(
    (e) => e.type === 'content-script' || (e.type === 'unlisted-script' && (e.name === 'page-tools' || e.name === 'escalation-panels')),
  );
  if (!pageWorld) return;
  // Cyrillic phrases as UTF-8 rather than \uXXXX escapes (content scripts must be UTF-8 anyway).
  config.esbuild = { ...(config.esbuild || {}), charset: 'utf8' };
  // Terser packs the page world about 1.5 kB (gzipped) smaller than esbuild's minifier, within the 40 kB goal;
  // the output stays UTF-8 (`ascii_only` off) like esbuild's above.
  config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { ascii_only: false } } };
  const alias = config.resolve?.alias;
  const kept: Alias[] = Array.isArray(alias)
    ? (alias as Alias[]).filter((a) => a.find !== 'wxt/browser')
    : Object.entries((alias ?? {}) as Record<string, string>)
        .filter(([find]) => find !== 'wxt/browser')
        .map(([find, replacement]) => ({ find, replacement }));
  // WXT's UI auto-mount waits for its anchor with @1natsu/wait-element; a small equivalent takes its place
  // (lib/carrotquest/wait-element.ts), leaving out its cache and option-merging dependencies.
  const here = path.dirname(fileURLToPath(import.meta.url));
  config.resolve = {
    ...config.resolve,
    alias: [
      ...kept,
      { find: /^@1natsu\/wait-element$/, replacement: path.join(here, 'lib/carrotquest/wait-element.ts') },
      { find: /^@1natsu\/wait-element\/detectors$/, replacement: path.join(here, 'lib/carrotquest/wait-element-detectors.ts') },
      // The sidebar's shadow host without the library's helpers and name table (lib/carrotquest/isolated-element.ts).
      { find: /^@webext-core\/isolated-element$/, replacement: path.join(here, 'lib/carrotquest/isolated-element.ts') },
      // The sidebar's mount: an open shadow root appended to body, without WXT's positioning and auto-mount
      // (lib/carrotquest/shadow-root-ui.ts).
      { find: /^wxt\/utils\/content-script-ui\/shadow-root$/, replacement: path.join(here, 'lib/carrotquest/shadow-root-ui.ts') },
    ],
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), popupEarlyScript()] }),
  hooks: { 'vite:build:extendConfig': withoutPolyfill },
  manifest: ({ browser }) => ({
    name: 'Sidekick for CarrotQuest',
    description: "A sidebar for the open CarrotQuest dialogue: the team's tags, replies, triage and escalation.",
    default_locale: 'en',
    // storage: settings and UI prefs; clipboardWrite: drafts and replies that could not be inserted;
    // alarms: retention and team-settings refresh; scripting: the sidebar on a team's own panel address
    // (registered at run time) and the page picker, injected only when asked for. Host access only for
    // CarrotQuest's own API hosts (API mode, called from the background only): the content script's
    // matches already let it run on the panel, which needs no host permission of its own.
    // test/e2e/manifest.test.mjs holds the built manifest to this.
    permissions: ['storage', 'clipboardWrite', 'alarms', 'unlimitedStorage', 'scripting'],
    host_permissions: [...API_HOST_PERMISSIONS],
    // Asked for only when the operator sets a team settings URL, a Slack webhook or a team panel address,
    // for that origin alone.
    optional_host_permissions: ['https://*/*'],
    // The sidebar's stylesheet is read into its shadow root by the content script, which counts as the page:
    // on a team's own panel address (registered at run time) it must be reachable too. Its address changes
    // every session (use_dynamic_url), so no site can probe for the extension through it.
    web_accessible_resources: [
      {
        resources: ['content-scripts/carrotquest.css', 'page-tools.js', 'escalation-panels.js'],
        matches: ['https://*/*'],
        use_dynamic_url: true,
      },
    ],
    commands: {
      'open-replies': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the reply picker in the sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected: the data stays in the operator's browser.
            // 140 (desktop) and 142 (Android) are the first to know data_collection_permissions, which the add-on
            // store asks every new add-on to declare.
            gecko: { id: 'sidekick@carrotquest-tools', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
