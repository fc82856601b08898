import { describe, expect, it } from 'vitest';
import { BUILT_IN_REPLIES } from '../../../lib/replies/library';
import { pickText } from '../../../lib/replies/language';
import { replyValuesFor } from '../../../lib/replies/values';
import { fillReply, renderReply } from '../../../lib/replies/variables';
import { defaultSettings } from '../../../lib/settings/defaults';

const reply = (id: string) => BUILT_IN_REPLIES.find((r) => r.id === id)!;
const snapshot = { customer: { name: 'Дмитрий Соколов' }, link: 'https://app.carrotquest.io/x/1', operator: 'Anna' };

describe('replyValuesFor', () => {
  it('fills the end-of-day reply for Friday evening in Moscow', () => {
    const values = replyValuesFor({ snapshot, settings: defaultSettings(), now: new Date('2024-03-15T14:35:00Z'), lang: 'ru' });
    const r = renderReply(pickText(reply('end-of-day'), 'ru'), values);
    expect(r.missing).toEqual([]);
    expect(r.text).toContain('Продолжим в понедельник после 9:00');
  });

  it('leaves the SSH key missing until the team key is set, and never invents one', () => {
    const settings = defaultSettings();
    const values = replyValuesFor({ snapshot, settings, now: new Date('2024-03-13T09:00:00Z'), lang: 'en' });
    expect(renderReply(pickText(reply('ssh-key'), 'en'), values).missing).toEqual(['sshKey']);
    settings.operator.sshPublicKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl support-team';
    const withKey = replyValuesFor({ snapshot, settings, now: new Date('2024-03-13T09:00:00Z'), lang: 'en' });
    const filled = fillReply(pickText(reply('ssh-key'), 'en'), withKey, {});
    expect(filled.ok && filled.text.endsWith('support-team')).toBe(true);
  });

  it('asks the operator for the estimate and triples it', () => {
    const values = replyValuesFor({ snapshot, settings: defaultSettings(), now: new Date(), lang: 'ru' });
    const template = pickText(reply('estimate'), 'ru');
    expect(fillReply(template, values, {})).toEqual({ ok: false, missing: ['estimate'] });
    const r = fillReply(template, values, { estimate: '2 часа' });
    expect(r.ok && r.text).toContain('Ориентировочный срок решения — 6 часов.');
  });

  it('greets by first name', () => {
    const values = replyValuesFor({ snapshot, settings: defaultSettings(), now: new Date(), lang: 'ru' });
    expect(renderReply(pickText(reply('ack'), 'ru'), values).text.startsWith('Дмитрий, спасибо')).toBe(true);
  });
});
