import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../lib/background/handlers';
import { createBackgroundService } from '../../../lib/background/service-impl';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import type { Sender } from '../../../lib/channel/registry';
import { db } from '../../../lib/db/database';
import { callThrough, CONTENT_SCRIPT } from '../fake-channel';
import { makeSnapshot } from '../make-snapshot';

/** The sidebar in a tab of a private window. */
const PRIVATE_TAB: Sender = { ...CONTENT_SCRIPT, tab: { id: 9, incognito: true } };

function background() {
  const service = createBackgroundService();
  const handlers = backgroundHandlers(service);
  return { service, call: callThrough(handlers, PRIVATE_TAB) };
}

const snapshot = (over: Partial<DialogueSnapshot> = {}) => makeSnapshot({ tags: ['refund'], ...over });

describe('a private window', () => {
  it('gets the state the sidebar needs from memory, and nothing reaches the database', async () => {
    const { call } = background();
    const snap = snapshot();
    const state = await call('recordSnapshot', snap, PRIVATE_TAB);
    expect(state.record?.id).toBe(snap.id);
    expect(state.record?.tags).toEqual(['refund']);
    expect(await db().dialogues.get(snap.id!)).toBeUndefined();
    expect(await db().tagEvents.where('dialogueId').equals(snap.id!).count()).toBe(0);
    expect(await db().daily.count()).toBe(0);

    const saved = await call('recordEscalation', { dialogueId: snap.id!, summary: 'Refund asked', customerMessageCount: 1 }, PRIVATE_TAB);
    const updated = await call('updateEscalation', { id: saved.id!, jiraKey: 'SUPPORT-7' }, PRIVATE_TAB);
    expect(updated).toMatchObject({ id: saved.id, jiraKey: 'SUPPORT-7' });
    expect((await call('recordSnapshot', snap, PRIVATE_TAB)).escalation?.jiraKey).toBe('SUPPORT-7');
    expect(await db().escalations.count()).toBe(0);
    await call('setComplexity', { dialogueId: snap.id!, level: 'critical', text: 'all down' }, PRIVATE_TAB);
    expect(await db().feedback.count()).toBe(0);

    // A normal window does not see what the private one recorded.
    expect((await call('recordSnapshot', snap, CONTENT_SCRIPT)).escalation).toBeNull();
  });

  it('forgets everything once the last private window closes', async () => {
    const { call, service } = background();
    const snap = snapshot();
    await call('recordSnapshot', snap, PRIVATE_TAB);
    await call('recordEscalation', { dialogueId: snap.id!, summary: 'x', customerMessageCount: 1 }, PRIVATE_TAB);
    service.forgetPrivateWindows();
    const again = await call('recordSnapshot', { ...snap, tags: [] }, PRIVATE_TAB);
    expect(again.escalation).toBeNull();
    expect(again.record?.tags).toEqual([]);
  });
});
