import { describe, expect, it } from 'vitest';
import { BUILT_IN_REPLIES } from '../../../lib/replies/library';
import { editorRows, removeReply, sameReply, setReplyEnabled, unknownVariables, upsertReply } from '../../../lib/replies/team-overrides';
import type { Reply } from '../../../lib/settings/schema';

const refund = BUILT_IN_REPLIES.find((r) => r.id === 'refund')!;
const own: Reply = { id: 'order', title: { en: 'Order' }, text: { en: 'Order {orderId}' }, keywords: ['order'], enabled: true };

describe('team overrides', () => {
  it('lists built-in replies, marks edited ones, and adds team replies after them', () => {
    const edited = { ...refund, text: { ...refund.text, en: 'No refunds.' } };
    const rows = editorRows(BUILT_IN_REPLIES, [own, edited]);
    expect(rows).toHaveLength(BUILT_IN_REPLIES.length + 1);
    expect(rows.find((r) => r.reply.id === 'refund')).toMatchObject({ kind: 'edited', reply: edited, builtIn: refund });
    expect(rows.find((r) => r.reply.id === 'ack')?.kind).toBe('built-in');
    expect(rows.at(-1)).toMatchObject({ kind: 'team', reply: own });
  });

  it('saves an edited built-in reply under its id, and drops it when edited back', () => {
    const edited = { ...refund, text: { ...refund.text, en: 'No refunds.' } };
    const team = upsertReply(BUILT_IN_REPLIES, [own], edited);
    expect(team).toEqual([own, edited]);
    expect(upsertReply(BUILT_IN_REPLIES, team, { ...refund, keywords: [...refund.keywords] })).toEqual([own]);
  });

  it('replaces a renamed team reply in place', () => {
    const renamed = { ...own, id: 'order-status' };
    expect(upsertReply(BUILT_IN_REPLIES, [own], renamed, 'order')).toEqual([renamed]);
  });

  it('switches a built-in reply off by copying it in, and back on by dropping the copy', () => {
    const off = setReplyEnabled(BUILT_IN_REPLIES, [], 'refund', false);
    expect(off).toEqual([{ ...refund, enabled: false }]);
    expect(setReplyEnabled(BUILT_IN_REPLIES, off, 'refund', true)).toEqual([]);
    const editedOff = [{ ...refund, title: { en: 'Money back' }, enabled: false }];
    expect(setReplyEnabled(BUILT_IN_REPLIES, editedOff, 'refund', true)).toEqual([{ ...editedOff[0], enabled: true }]);
    expect(setReplyEnabled(BUILT_IN_REPLIES, [own], 'order', false)).toEqual([{ ...own, enabled: false }]);
  });

  it('restores a default by removing the override', () => {
    expect(removeReply([own, { ...refund, enabled: false }], 'refund')).toEqual([own]);
  });

  it('names variables the sidebar cannot fill, in both texts', () => {
    expect(unknownVariables({ text: { ru: '{customerFirstName|Привет} {orderId}', en: '{estimate} {campaign|x} {orderId}' } })).toEqual([
      'orderId',
      'campaign',
    ]);
    expect(unknownVariables(refund)).toEqual([]);
  });

  it('compares what customers read, treating absent and empty text alike', () => {
    expect(sameReply({ ...own, text: { en: 'Order {orderId}', ru: '' } }, own)).toBe(true);
    expect(sameReply({ ...own, enabled: false }, own)).toBe(false);
  });
});
