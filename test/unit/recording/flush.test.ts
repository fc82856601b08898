// The recording feature sends what is pending when the operator switches dialogues or the page ends:
// a reply or a tag in the last second before either is stored, never dropped with the throttle's timer.
import { waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingFeature } from '../../../components/recording/feature';
import { createFeatureHost, type FeatureHost } from '../../../entrypoints/carrotquest.content/host';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { defaultSettings } from '../../../lib/settings/defaults';
import { panelHtml } from '../carrotquest/page';
import { channel } from '../fake-channel';

const FIRST = '1204567890123456001';
const SECOND = '1204567890123456002';

function go(id: string) {
  history.pushState(null, '', `/project/12345/conversations/${id}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** What the panel shows for the second dialogue: another customer, other messages, no tags. */
const secondPage = () =>
  panelHtml({ tags: [], notes: [] }).replace('Dmitry Kovalev', 'Lucas Martin').replace('give me my money back', 'the tracker is down');

function addMessage(text: string) {
  document
    .querySelector('.conversation-view')!
    .insertAdjacentHTML(
      'beforeend',
      `<div class="conversation-part conversation-part--user"><div class="conversation-part__text">${text}</div></div>`,
    );
}

const recorded = () => channel.callsOf('recordSnapshot') as DialogueSnapshot[];
const lastText = (s: DialogueSnapshot) => s.messages.at(-1)?.text;

let host: FeatureHost | undefined;
beforeEach(async () => {
  channel.database.mockImplementation(async (method) =>
    method === 'recordSnapshot' ? { record: null, escalation: null, newCustomerMessagesSinceEscalation: 0 } : undefined,
  );
  document.body.innerHTML = panelHtml();
  history.replaceState(null, '', `/project/12345/conversations/${FIRST}`);
  host = createFeatureHost({ settings: defaultSettings(), collapsed: false, features: [recordingFeature], service: channel.service });
  host.start(document.body);
  await waitFor(() => expect(recorded()).toHaveLength(1));
});
afterEach(() => {
  host?.stop();
  host = undefined;
});

describe('recording flushes what is pending', () => {
  it('stores the last state of a dialogue changed less than a second before the switch, before the next dialogue', async () => {
    addMessage('one more thing before you go');
    await waitFor(() =>
      expect(host!.store.getState().snapshot && lastText(host!.store.getState().snapshot!)).toBe('one more thing before you go'),
    );
    // Within the throttle's second: nothing sent yet for that change.
    expect(recorded()).toHaveLength(1);
    go(SECOND);
    document.body.innerHTML = secondPage();
    await waitFor(() => expect(recorded().map((s) => s.id)).toEqual([FIRST, FIRST, SECOND]));
    expect(lastText(recorded()[1]!)).toBe('one more thing before you go');
    expect(recorded()[2]!.customer.name).toBe('Lucas Martin');
  });

  it('stores what is pending when the page ends', async () => {
    addMessage('sent just before the page ended');
    await waitFor(() => expect(lastText(host!.store.getState().snapshot!)).toBe('sent just before the page ended'));
    expect(recorded()).toHaveLength(1);
    host!.stop();
    expect(recorded()).toHaveLength(2);
    expect(lastText(recorded()[1]!)).toBe('sent just before the page ended');
  });

  it('stores what is pending when the tab is closed or navigated away', async () => {
    addMessage('and the tab closes');
    await waitFor(() => expect(lastText(host!.store.getState().snapshot!)).toBe('and the tab closes'));
    window.dispatchEvent(new Event('pagehide'));
    expect(recorded()).toHaveLength(2);
    expect(lastText(recorded()[1]!)).toBe('and the tab closes');
    // Nothing twice: the page ending afterwards has nothing left to send.
    host!.stop();
    expect(recorded()).toHaveLength(2);
  });

  it('still spaces out the writes while messages stream in', async () => {
    for (let i = 0; i < 5; i++) {
      addMessage(`stream ${i}`);
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(recorded()).toHaveLength(1);
    await waitFor(() => expect(recorded()).toHaveLength(2), { timeout: 2000 });
    expect(lastText(recorded()[1]!)).toBe('stream 4');
  });
});
