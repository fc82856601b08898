// A write the background cannot make (the quota, a closed database) is said in the sidebar, and the
// dialogue's state is sent again until it is stored: nothing the operator did is dropped.
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingFeature, RETRY_WRITE_MS } from '../../../components/recording/feature';
import { writeStatusFeature } from '../../../components/write-status/feature';
import { App } from '../../../entrypoints/carrotquest.content/App';
import { createFeatureHost, type FeatureHost } from '../../../entrypoints/carrotquest.content/host';
import { writeError } from '../../../lib/db/write-error';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { defaultSettings } from '../../../lib/settings/defaults';
import { panelHtml } from '../carrotquest/page';
import { channel } from '../fake-channel';

const FIRST = '1204567890123456001';
const LINE = "Not saved: the browser has no room left for Sidekick's data.";
const recorded = () => channel.callsOf('recordSnapshot') as DialogueSnapshot[];

let host: FeatureHost | undefined;
let diskFull = true;
beforeEach(() => {
  diskFull = true;
  channel.database.mockImplementation(async (method) => {
    if (method !== 'recordSnapshot') return undefined;
    if (diskFull) throw writeError('quota', LINE);
    return { record: null, escalation: null, newCustomerMessagesSinceEscalation: 0 };
  });
  document.body.innerHTML = panelHtml();
  history.replaceState(null, '', `/project/12345/conversations/${FIRST}`);
});
afterEach(() => {
  host?.stop();
  host = undefined;
});

describe('a write the background cannot make', () => {
  it('is said above the sidebar, kept, sent again until stored, and the line goes when it is', async () => {
    const features = [writeStatusFeature, recordingFeature];
    host = createFeatureHost({ settings: defaultSettings(), collapsed: false, features, service: channel.service });
    const container = document.createElement('div');
    document.body.append(container);
    render(<App store={host.store} features={features} />, { container });
    host.start(document.body);

    const line = await screen.findByTestId('write-error');
    expect(line.dataset.kind).toBe('quota');
    expect(line.textContent).toBe(LINE);
    expect(line.getAttribute('role')).toBe('alert');
    const tries = recorded().length;
    expect(tries).toBeGreaterThanOrEqual(1);

    // Room again: the kept snapshot goes on the next try, and the line goes away.
    diskFull = false;
    await waitFor(() => expect(recorded().length).toBeGreaterThan(tries), { timeout: RETRY_WRITE_MS + 2000 });
    expect(recorded().at(-1)!.id).toBe(FIRST);
    await waitFor(() => expect(screen.queryByTestId('write-error')).toBeNull());
  }, 15_000);
});
