/**
 * Stands in for `@webext-core/isolated-element` in the content script's build (wxt.config.ts): WXT's shadow root
 * UI makes the sidebar's host with it. The same element, shadow root, document-like `html`/`head`/`body` and
 * event isolation, without the library's generator helper or its Unicode table for checking the host's name
 * (`createElement` and `attachShadow` refuse a bad name themselves).
 */
export interface IsolatedElementOptions {
  name: string;
  mode?: ShadowRootMode;
  css?: { url: string } | { textContent: string };
  isolateEvents?: boolean | string[];
}

export async function createIsolatedElement({ name, mode = 'closed', css, isolateEvents = false }: IsolatedElementOptions) {
  const parentElement = document.createElement(name);
  const shadow = parentElement.attachShadow({ mode });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  if (css) {
    const style = document.createElement('style');
    style.textContent = 'url' in css ? await fetch(css.url).then((res) => res.text()) : css.textContent;
    head.append(style);
  }
  html.append(head, body);
  shadow.append(html);
  if (isolateEvents) {
    for (const type of Array.isArray(isolateEvents) ? isolateEvents : ['keydown', 'keyup', 'keypress']) {
      body.addEventListener(type, (e) => e.stopPropagation());
    }
  }
  return { parentElement, shadow, isolatedElement: body };
}
