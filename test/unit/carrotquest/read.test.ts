import { beforeEach, describe, expect, it } from 'vitest';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import { readDialogue } from '../../../lib/carrotquest/read';
import { dialogueLink } from '../../../lib/carrotquest/panel-address';
import { DIALOGUE_URL, panelHtml } from './page';

const profile = resolveProfile();

describe('readDialogue', () => {
  beforeEach(() => {
    document.body.innerHTML = panelHtml();
  });

  it('reads the dialogue, customer, notes and the dialogue tags (not the customer tags)', () => {
    const snap = readDialogue(document, DIALOGUE_URL, profile, 1);
    expect(snap.id).toBe('1204567890123456001');
    expect(snap.link).toBe(DIALOGUE_URL);
    expect(snap.customer).toEqual({ name: 'Dmitry Kovalev', email: 'd@example.com', id: '1187340021555000401' });
    expect(snap.notes).toEqual(['Asked about refunds before']);
    expect(snap.tags).toEqual(['billing']);
    expect(snap.operator).toBe('Анна Смирнова');
    expect(snap.assignee).toBe('Анна Смирнова');
    expect(snap.messages).toHaveLength(2);
    expect(snap.messages[0]).toMatchObject({ fromCustomer: true, author: 'Dmitry', time: '2026-11-26T06:12:00.000Z' });
    expect(snap.messages[0]?.text).toContain('<script>alert(1)</script>');
    expect(snap.messages[1]?.fromCustomer).toBe(false);
    expect(snap.missing).toEqual([]);
  });

  it('marks a message with an image or file, and never reports attachments missing from a dialogue without any', () => {
    expect(readDialogue(document, DIALOGUE_URL, profile).messages.some((m) => 'attachment' in m)).toBe(false);
    expect(readDialogue(document, DIALOGUE_URL, profile).missing).not.toContain('messageAttachment');
    const file = document.createElement('a');
    file.className = 'conversation-part__attachment';
    file.textContent = 'error.png';
    document.querySelector('.conversation-part')!.append(file);
    const snap = readDialogue(document, DIALOGUE_URL, profile);
    expect(snap.messages[0]).toMatchObject({ fromCustomer: true, attachment: true });
    expect(snap.messages[1]?.attachment).toBeUndefined();
    expect(snap.matched).toContain('messageAttachment');
  });

  it('says whether the id in the dialogue markup is the address id, and does not miss a page that shows none', () => {
    const root = document.querySelector('.conversation-view')!;
    expect(readDialogue(document, DIALOGUE_URL, profile).pageIdAgrees).toBeUndefined();
    expect(readDialogue(document, DIALOGUE_URL, profile).missing).not.toContain('dialogueId');
    root.setAttribute('data-conversation-id', '1204567890123456001');
    const same = readDialogue(document, DIALOGUE_URL, profile);
    expect(same.pageIdAgrees).toBe(true);
    expect(same.matched).toContain('dialogueId');
    root.setAttribute('data-conversation-id', '1204567890123456002');
    expect(readDialogue(document, DIALOGUE_URL, profile).pageIdAgrees).toBe(false);
    // An id that only starts with the address id is another id.
    root.setAttribute('data-conversation-id', '12045678901234560019');
    expect(readDialogue(document, DIALOGUE_URL, profile).pageIdAgrees).toBe(false);
    // A label inside the dialogue, with the id as one word of its text, found through a profile override.
    root.removeAttribute('data-conversation-id');
    const label = document.createElement('span');
    label.className = 'conversation-header__number';
    label.textContent = 'Диалог #1204567890123456001';
    root.prepend(label);
    const custom = resolveProfile({ root: '.conversation-view', dialogueId: '.conversation-header__number' });
    expect(readDialogue(document, DIALOGUE_URL, custom).pageIdAgrees).toBe(true);
    // The conversation list outside the open dialogue carries other ids: it is never looked at.
    label.remove();
    const list = document.createElement('a');
    list.setAttribute('data-conversation-id', '1204567890123456009');
    document.body.prepend(list);
    expect(readDialogue(document, DIALOGUE_URL, profile).pageIdAgrees).toBeUndefined();
  });

  it('takes notes found empty as no notes, and a missing notes block as missing', () => {
    document.body.innerHTML = panelHtml({ notes: [] });
    const empty = readDialogue(document, DIALOGUE_URL, profile, 1);
    expect(empty.notes).toEqual([]);
    expect(empty.missing).not.toContain('customerNotes');
    document.querySelector('.user-card__notes')!.remove();
    expect(readDialogue(document, DIALOGUE_URL, profile, 1).missing).toContain('customerNotes');
  });

  it('names the keys it could not match', () => {
    document.querySelector('.user-card__email')!.remove();
    document.querySelector('.conversation-reply')!.remove();
    const snap = readDialogue(document, DIALOGUE_URL, profile);
    expect(snap.missing).toEqual(expect.arrayContaining(['customerEmail', 'composer']));
    expect(snap.customer.email).toBeUndefined();
  });

  it('has no id and no link when the URL has no dialogue', () => {
    const snap = readDialogue(document, 'https://app.carrotquest.io/project/12345/conversations', profile);
    expect(snap.id).toBeNull();
    expect(snap.link).toBeNull();
  });

  it('uses an override profile and survives an invalid selector in it', () => {
    document.body.innerHTML = `<div data-qa="chat"><div data-qa="msg" data-from="client"><p data-qa="body">Hi</p></div></div>`;
    const custom = resolveProfile({
      dialogueUrl: '#/dialog/(\\d+)',
      root: ['div[[[', '[data-qa="chat"]'],
      message: '[data-qa="msg"]',
      messageFromCustomer: '[data-from="client"]',
      messageText: '[data-qa="body"]',
    });
    const snap = readDialogue(document, 'https://app.carrotquest.io/inbox#/dialog/42', custom);
    expect(snap.id).toBe('42');
    expect(snap.messages).toEqual([{ fromCustomer: true, text: 'Hi', time: undefined, author: undefined }]);
    expect(snap.missing).toContain('customerName');
  });

  it('reads only the newest messages of a huge dialogue and caps a huge message', () => {
    const root = document.querySelector('.conversation-view')!;
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 5000; i++) {
      const el = document.createElement('div');
      el.className = 'conversation-part conversation-part--user';
      el.innerHTML = `<div class="conversation-part__text">message ${i}</div>`;
      frag.appendChild(el);
    }
    const big = document.createElement('div');
    big.className = 'conversation-part conversation-part--user';
    big.innerHTML = `<div class="conversation-part__text"></div>`;
    big.firstElementChild!.textContent = 'x'.repeat(1_000_000);
    frag.appendChild(big);
    root.appendChild(frag);
    const snap = readDialogue(document, DIALOGUE_URL, profile);
    expect(snap.messages.length).toBe(300);
    expect(snap.messages.at(-2)!.text).toBe('message 4999');
    expect(snap.messages.at(-1)!.text.length).toBeLessThanOrEqual(20_000);
  });
});

describe('dialogueLink', () => {
  it('cuts the address after the id', () => {
    expect(dialogueLink(DIALOGUE_URL + '/details?x=1#y', '1204567890123456001')).toBe(DIALOGUE_URL);
    expect(dialogueLink('https://app.carrotquest.io/inbox#/dialog/42?x', '42')).toBe('https://app.carrotquest.io/inbox#/dialog/42');
  });
});
