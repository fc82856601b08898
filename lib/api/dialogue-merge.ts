import type { ProfileKey } from '../carrotquest/profile-keys';
import type { CustomerInfo, DialogueMessage, DialogueSnapshot } from '../carrotquest/snapshot';

/**
 * The open dialogue as the API has it (`GET /conversations/{id}` and its newest parts), merged with what
 * the page shows. Where the profile found a part of the page, the page wins (it is what the operator
 * sees, and it is fresh); where it did not, the API fills the gap, and the health line says the API
 * covers it. Pure: data in, data out.
 */
export interface ApiDialogue {
  id: string;
  tags: string[];
  assignee: string | null;
  customer: CustomerInfo;
  /** Customer and operator messages, oldest first. */
  messages: DialogueMessage[];
}

export type Source = 'page' | 'api' | 'none';

export interface DialogueSources {
  messages: Source;
  tags: Source;
  assignee: Source;
  customer: Source;
}

const MESSAGE_KEYS: ProfileKey[] = ['root', 'message', 'messageText', 'messageFromCustomer'];
const TAG_KEYS: ProfileKey[] = ['tagList', 'tag'];
const CUSTOMER_KEYS: ProfileKey[] = ['customerName', 'customerEmail', 'customerId'];
/** The tag field: with the API on, tags are applied through it (entrypoints/carrotquest.content/page-actions.ts). */
const TAG_ACT_KEYS: ProfileKey[] = ['tagInput', 'tagOption'];

export function mergeDialogue(
  page: DialogueSnapshot,
  api: ApiDialogue | null,
): { snapshot: DialogueSnapshot; sources: DialogueSources; covered: ProfileKey[] } {
  const missing = new Set(page.missing);
  const lacks = (keys: ProfileKey[]) => keys.some((k) => missing.has(k));
  const pageSource = (found: boolean): Source => (found ? 'page' : 'none');
  if (!api || api.id !== page.id) {
    return {
      snapshot: page,
      sources: {
        messages: pageSource(page.messages.length > 0),
        tags: pageSource(!lacks(TAG_KEYS)),
        assignee: pageSource(!!page.assignee),
        customer: pageSource(!!(page.customer.name || page.customer.email)),
      },
      covered: [],
    };
  }
  const useApiMessages = page.messages.length === 0 || lacks(MESSAGE_KEYS);
  const useApiTags = lacks(TAG_KEYS);
  const useApiAssignee = !page.assignee && !!api.assignee;
  const customer: CustomerInfo = {
    name: page.customer.name || api.customer.name,
    email: page.customer.email || api.customer.email,
    id: page.customer.id || api.customer.id,
  };
  const usedApiCustomer = (!page.customer.name && !!api.customer.name) || (!page.customer.email && !!api.customer.email);
  const covered: ProfileKey[] = [
    ...(useApiMessages ? MESSAGE_KEYS.filter((k) => missing.has(k)) : []),
    ...(useApiTags ? TAG_KEYS.filter((k) => missing.has(k)) : []),
    ...TAG_ACT_KEYS.filter((k) => missing.has(k)),
    ...(useApiAssignee && missing.has('assignee') ? (['assignee'] as ProfileKey[]) : []),
    ...(usedApiCustomer ? CUSTOMER_KEYS.filter((k) => missing.has(k)) : []),
  ];
  return {
    snapshot: {
      ...page,
      // What the API covers disables nothing: the health line names it apart (`covered`).
      missing: page.missing.filter((k) => !covered.includes(k)),
      messages: useApiMessages ? api.messages : page.messages,
      tags: useApiTags ? api.tags : page.tags,
      assignee: useApiAssignee ? api.assignee! : page.assignee,
      customer,
    },
    sources: {
      messages: useApiMessages ? (api.messages.length ? 'api' : 'none') : 'page',
      tags: useApiTags ? 'api' : 'page',
      assignee: useApiAssignee ? 'api' : pageSource(!!page.assignee),
      customer: usedApiCustomer ? 'api' : pageSource(!!(page.customer.name || page.customer.email)),
    },
    covered,
  };
}
