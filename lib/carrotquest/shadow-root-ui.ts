import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIsolatedElement } from './isolated-element';

/**
 * Stands in for WXT's `createShadowRootUi` in the content script's build (wxt.config.ts), for the one way the
 * sidebar uses it: an open shadow root appended to `body` (`position: 'inline'`, the default anchor and append),
 * styled with the entry's own CSS (`cssInjectionMode: 'ui'`). WXT's version also positions overlays and modals,
 * resolves other anchors and auto-mounts by waiting for its anchor; none of that is used here.
 */
export interface ShadowRootUiOptions<T> {
  name: string;
  mode?: ShadowRootMode;
  isolateEvents?: boolean | string[];
  onMount(uiContainer: HTMLElement, shadow: ShadowRoot, shadowHost: HTMLElement): T;
  onRemove?(mounted: T | undefined): void;
  [other: string]: unknown;
}

/** `@property` and `@font-face` apply only at the document level, so they go there (as WXT does). */
const DOCUMENT_RULES = /(\s*@(property|font-face)[\s\S]*?{[\s\S]*?})/gm;

export async function createShadowRootUi<T>(ctx: ContentScriptContext, options: ShadowRootUiOptions<T>) {
  let css = ':host{all:initial !important;}';
  try {
    const url = browser.runtime.getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css` as '/');
    css += (await (await fetch(url)).text()).replaceAll(':root', ':host');
  } catch {
    // Unstyled rather than absent: the sidebar still works.
  }
  const documentCss = Array.from(css.matchAll(DOCUMENT_RULES), (m) => m[0]).join('');
  const {
    isolatedElement: uiContainer,
    parentElement: shadowHost,
    shadow,
  } = await createIsolatedElement({
    name: options.name,
    css: { textContent: css.replace(DOCUMENT_RULES, '') },
    mode: options.mode ?? 'open',
    isolateEvents: options.isolateEvents,
  });
  let documentStyle: HTMLStyleElement | null = null;
  let mounted: T | undefined;
  const mount = () => {
    document.body.append(shadowHost);
    if (documentCss && !documentStyle) {
      documentStyle = document.createElement('style');
      documentStyle.textContent = documentCss;
      (document.head ?? document.body).append(documentStyle);
    }
    mounted = options.onMount(uiContainer, shadow, shadowHost);
  };
  const remove = () => {
    options.onRemove?.(mounted);
    shadowHost.remove();
    documentStyle?.remove();
    documentStyle = null;
    uiContainer.replaceChildren();
    mounted = undefined;
  };
  ctx.onInvalidated(remove);
  return { shadow, shadowHost, uiContainer, mount, remove };
}
