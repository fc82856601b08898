import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelpCall } from '../../../components/help-call/HelpCall';
import { helpCallFeature } from '../../../components/help-call/feature';
import { spikeStore } from '../../../components/help-call/spike';
import { createFeatureHost, type FeatureHost } from '../../../entrypoints/carrotquest.content/host';
import { defaultSettings } from '../../../lib/settings/defaults';
import { panelHtml } from '../carrotquest/page';
import { channel } from '../fake-channel';
import { dialogue, mount } from '../replies-ui/harness';

const NOW = Date.parse('2024-03-13T09:00:00Z'); // Wednesday, 12:00 in Moscow, inside the default shift
const MIN = 60_000;

function settingsWith(queueAlert: Partial<ReturnType<typeof defaultSettings>['queueAlert']> = {}, slack = {}) {
  const s = defaultSettings();
  return { ...s, queueAlert: { ...s.queueAlert, ...queueAlert }, slack: { ...s.slack, ...slack } };
}

describe('the call for hands', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('copies the team’s words with the count and opens #workspace, then stays away for the rest of the spike', async () => {
    const settings = settingsWith({}, { teamId: 'T0TEAM', channelId: 'C0TECH' });
    settings.queueAlert.channelId = 'C0WORK';
    const { store, actions } = mount(<HelpCall />, dialogue([]), { settings, lang: 'ru' });
    await act(() => spikeStore(store).setState({ spike: { since: NOW - 6 * MIN, done: false, count: 25 } }));
    const button = screen.getByTestId('help-call');
    expect(button.closest('[role="status"]')!.textContent).toMatch(/Без ответа 25/);
    fireEvent.click(button);
    await waitFor(() => expect(actions.openLink).toHaveBeenCalledWith('slack://channel?team=T0TEAM&id=C0WORK'));
    expect(actions.copy).toHaveBeenCalledWith('@here нужна помощь на карроте — 25 без ответа');
    expect(screen.queryByTestId('help-call')).toBeNull();
    expect(spikeStore(store).getState().spike.done).toBe(true);
  });

  it('waits for the set minutes, and says when no channel is set (the text is then only copied)', async () => {
    const { store, actions } = mount(<HelpCall />, dialogue([]), { settings: settingsWith(), lang: 'en' });
    await act(() => spikeStore(store).setState({ spike: { since: NOW - 4 * MIN, done: false, count: 25 } }));
    expect(screen.queryByTestId('help-call')).toBeNull();
    await act(() => spikeStore(store).setState({ spike: { since: NOW - 5 * MIN, done: false, count: 25 } }));
    const button = screen.getByTestId('help-call');
    expect(button.title).toMatch(/No #workspace channel/);
    fireEvent.click(button);
    await waitFor(() => expect(actions.copy).toHaveBeenCalledWith('@here нужна помощь на карроте — 25 unanswered'));
    expect(actions.openLink).not.toHaveBeenCalled();
  });

  it('can be dismissed for this spike', async () => {
    const { store } = mount(<HelpCall />, dialogue([]), { settings: settingsWith({ minutes: 0 }), lang: 'en' });
    await act(() => spikeStore(store).setState({ spike: { since: NOW, done: false, count: 11 } }));
    fireEvent.click(screen.getByTestId('help-call-dismiss'));
    expect(screen.queryByTestId('help-call')).toBeNull();
  });
});

describe('the call for hands on the page', () => {
  let host: FeatureHost | undefined;
  afterEach(() => {
    host?.stop();
    host = undefined;
  });

  const page = (counter: string) => {
    document.body.innerHTML = `<div class="conversation-list__filters"><button data-filter="unanswered">${counter}</button></div>${panelHtml()}`;
    history.pushState(null, '', '/project/12345/conversations/1204567890123456001');
  };

  it('follows the panel’s counter: a spike starts at the threshold and ends below it; a text that is not a number is ignored', async () => {
    page('Неотвеченные 25');
    host = createFeatureHost({ settings: defaultSettings(), collapsed: false, features: [helpCallFeature], service: channel.service });
    host.start(document.body);
    const side = spikeStore(host.store);
    await waitFor(() => expect(side.getState().spike).toMatchObject({ count: 25, done: false }));
    expect(side.getState().spike.since).not.toBeNull();
    expect(host.store.getState().snapshot?.missing).not.toContain('queueCount');

    document.querySelector('[data-filter="unanswered"]')!.textContent = 'Неотвеченные';
    await waitFor(() => expect(host!.store.getState().snapshot?.missing).toContain('queueCount'));
    expect(side.getState().spike.count).toBe(25);

    document.querySelector('[data-filter="unanswered"]')!.textContent = 'Неотвеченные 3';
    await waitFor(() => expect(side.getState().spike).toEqual({ since: null, done: false, count: 3 }));
  });
});
