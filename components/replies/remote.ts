import { createProxyService } from '@webext-core/proxy-service';
import type { repliesTriageCompute } from '../../lib/compute/replies-triage';
import { REPLIES_TRIAGE_KEY } from '../../lib/compute/replies-triage-service';

export type RemoteRepliesTriage = ReturnType<typeof createProxyService<typeof repliesTriageCompute>>;

let proxy: RemoteRepliesTriage | undefined;

/** The replies and complexity work, done in the background: every method answers a Promise. */
export const remoteRepliesTriage = (): RemoteRepliesTriage => (proxy ??= createProxyService<typeof repliesTriageCompute>(REPLIES_TRIAGE_KEY));
