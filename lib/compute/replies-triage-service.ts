import { registerService, type ProxyServiceKey } from '@webext-core/proxy-service';
import type { RepliesTriageService } from './replies-triage';

/**
 * The key the sidebar's replies and complexity sections call the background by. This file imports
 * the service's type only, so the content script can share the key without loading the service.
 */
export const REPLIES_TRIAGE_KEY = 'sidekick-replies-triage' as ProxyServiceKey<RepliesTriageService>;

/**
 * Registers the service in the background, synchronously with its other listeners. Pass
 * `withLearnedComplexity(repliesTriageCompute, () => <the learned complexity state>)` so the rating uses
 * the operator's corrections.
 */
export function registerRepliesTriage(implementation: RepliesTriageService) {
  return registerService(REPLIES_TRIAGE_KEY, implementation);
}
