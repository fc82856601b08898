import { describe, expect, it } from 'vitest';
import { mergeDialogue, type ApiDialogue } from '../../../lib/api/dialogue-merge';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';

const ID = '1204567890123456001';
const page = (over: Partial<DialogueSnapshot> = {}): DialogueSnapshot => ({
  id: ID,
  link: null,
  url: `https://carrotquest.io/panel/1/conversations/${ID}`,
  customer: { name: 'Dmitry' },
  notes: [],
  messages: [{ fromCustomer: true, text: 'from the page' }],
  tags: ['page-tag'],
  matched: ['root'],
  missing: [],
  readAt: 1,
  ...over,
});
const api: ApiDialogue = {
  id: ID,
  tags: ['refund'],
  assignee: 'Анна',
  customer: { name: 'Дмитрий', email: 'd@example.com' },
  messages: [{ fromCustomer: true, text: 'from the API' }],
};

describe('the open dialogue from the API merged with the page', () => {
  it('keeps what the page shows where the profile found it', () => {
    const m = mergeDialogue(page({ assignee: 'Иван' }), api);
    expect(m.snapshot.tags).toEqual(['page-tag']);
    expect(m.snapshot.messages[0]?.text).toBe('from the page');
    expect(m.snapshot.assignee).toBe('Иван');
    expect(m.sources).toEqual({ messages: 'page', tags: 'page', assignee: 'page', customer: 'api' });
    expect(m.snapshot.customer).toEqual({ name: 'Dmitry', email: 'd@example.com', id: undefined });
    expect(m.covered).toEqual([]);
  });

  it('fills from the API what the profile could not find, and names the keys it covers', () => {
    const m = mergeDialogue(page({ tags: [], messages: [], missing: ['tagList', 'message', 'assignee'] }), api);
    expect(m.snapshot.tags).toEqual(['refund']);
    expect(m.snapshot.messages[0]?.text).toBe('from the API');
    expect(m.snapshot.assignee).toBe('Анна');
    expect(m.sources).toMatchObject({ messages: 'api', tags: 'api', assignee: 'api' });
    expect(m.covered).toEqual(['message', 'tagList', 'assignee']);
  });

  it('ignores an answer about another dialogue (a late one after a switch)', () => {
    const m = mergeDialogue(page({ missing: ['tagList'], tags: [] }), { ...api, id: '1' });
    expect(m.snapshot.tags).toEqual([]);
    expect(m.sources.tags).toBe('none');
  });
});
