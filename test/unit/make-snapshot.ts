import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';

let n = 0;

/**
 * A snapshot as the sidebar reads it from the panel: a new dialogue id for each call unless `over` names one,
 * the link and address that carry it, a customer asking for a refund and the operator's first answer;
 * `over` replaces any part.
 */
export function makeSnapshot(over: Partial<DialogueSnapshot> = {}): DialogueSnapshot {
  const id = over.id ?? `12000000000000${String(n++).padStart(5, '0')}`;
  return {
    id,
    link: `https://app.carrotquest.io/project/1/conversations/${id}`,
    url: `https://app.carrotquest.io/project/1/conversations/${id}`,
    customer: { name: 'Ivan' },
    notes: [],
    messages: [
      { fromCustomer: true, text: 'I want a refund for the licence' },
      { fromCustomer: false, text: 'Looking', author: 'Anna' },
    ],
    tags: [],
    operator: 'Anna',
    matched: ['root'],
    missing: [],
    readAt: 1,
    ...over,
  };
}
