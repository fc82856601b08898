import { createProxyService, registerService, type ProxyServiceKey } from '@webext-core/proxy-service';
import type { ComputeService } from './implementation';

/**
 * Pure work the sidebar needs on a click (drafts, reply rendering, triage) runs in the background:
 * the libraries that do it stay out of the content script, which loads on every panel page.
 * Only the type of the implementation is imported here, so nothing of it reaches the page's bundle.
 */
export const COMPUTE_SERVICE = 'sidekick-compute' as ProxyServiceKey<ComputeService>;

export type RemoteCompute = ReturnType<typeof createProxyService<ComputeService>>;

let proxy: RemoteCompute | undefined;
export function compute(): RemoteCompute {
  return (proxy ??= createProxyService<ComputeService>(COMPUTE_SERVICE));
}

export function registerCompute(implementation: ComputeService) {
  return registerService(COMPUTE_SERVICE, implementation);
}
