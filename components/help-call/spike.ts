import { NO_SPIKE, type QueueSpike } from '../../lib/triage/queue-alert';
import { sideStore } from '../shared/useStore';

/** The counter's spike, page-wide (the queue is not the open dialogue's), with a tick when the call falls due. */
export const spikeStore = sideStore<{ spike: QueueSpike; tick: number }>(() => ({ spike: NO_SPIKE, tick: 0 }));
