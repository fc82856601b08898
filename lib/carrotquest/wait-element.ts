/**
 * What WXT's content-script UI needs of `@1natsu/wait-element` (its auto-mount waits for an anchor to appear
 * or go), without that library's promise cache and option merging (with `many-keys-map` and `defu`, about
 * 1.2 kB gzipped in the page's bundle). `wxt.config.ts` puts this module in its place in the page's world.
 * The sidebar mounts once on `body` and does not auto-mount; this keeps the behaviour WXT relies on.
 */
export interface Detected<T> {
  isDetected: boolean;
  result?: T;
}
export type Detector = (element: Element | null) => Detected<Element | null> | Promise<Detected<Element | null>>;

export const isExist: Detector = (element) => (element !== null ? { isDetected: true, result: element } : { isDetected: false });
export const isNotExist: Detector = (element) => (element === null ? { isDetected: true, result: null } : { isDetected: false });

export interface WaitOptions {
  target?: Node;
  detector?: Detector;
  customMatcher?: (selector: string) => Element | null;
  signal?: AbortSignal;
  observeConfigs?: MutationObserverInit;
}

/** Resolves with what `detector` finds for `selector` (or `customMatcher`), now or after a change of the page. */
export function waitElement(selector: string, options: WaitOptions = {}): Promise<Element | null | undefined> {
  const {
    target = document,
    detector = isExist,
    customMatcher,
    signal,
    observeConfigs = { childList: true, subtree: true, attributes: true },
  } = options;
  const find = () => (customMatcher ? customMatcher(selector) : ((target as ParentNode).querySelector?.(selector) ?? null));
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let done = false;
    const observer = new MutationObserver(() => void check());
    const finish = (run: () => void) => {
      if (done) return;
      done = true;
      observer.disconnect();
      signal?.removeEventListener('abort', onAbort);
      run();
    };
    const onAbort = () => finish(() => reject(signal?.reason));
    const check = async () => {
      const found = await detector(find());
      if (found.isDetected) finish(() => resolve(found.result));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    observer.observe(target, observeConfigs);
    void check();
  });
}
