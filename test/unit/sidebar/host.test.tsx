import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeatureContext, SidebarFeature, SnapshotChange } from '../../../components/sidebar/feature';
import { healthFeature } from '../../../components/health/feature';
import { recordingFeature } from '../../../components/recording/feature';
import { tagsFeature } from '../../../components/tags/feature';
import { App } from '../../../entrypoints/carrotquest.content/App';
import { createFeatureHost, type FeatureHost } from '../../../entrypoints/carrotquest.content/host';
import { defaultSettings } from '../../../lib/settings/defaults';
import { panelHtml } from '../carrotquest/page';
import { channel } from '../fake-channel';

const FIRST = '1204567890123456001';
const SECOND = '1204567890123456002';

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Each dialogue's own page: the watcher passes on a new address only once the page shows that dialogue. */
const pageOf = (id: string) =>
  id === FIRST
    ? panelHtml()
    : panelHtml({ tags: [], notes: [] }).replace('Dmitry Kovalev', `Customer ${id}`).replace('give me my money back', `question ${id}`);

/** Opens a dialogue as the panel does: the address, then its content. */
function open(id: string) {
  history.pushState(null, '', `/project/12345/conversations/${id}`);
  for (const el of Array.from(document.body.children)) if (el.matches('nav, .conversation-view, .user-card')) el.remove();
  document.body.insertAdjacentHTML('afterbegin', pageOf(id));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** A feature that records what the host gives it. */
function probe(id: string, extra: Partial<SidebarFeature> = {}) {
  const seen: SnapshotChange[] = [];
  let ctx: FeatureContext | undefined;
  const feature: SidebarFeature = {
    id,
    label: { en: `Probe ${id}`, ru: `Проба ${id}` },
    start(c) {
      ctx = c;
      c.onSnapshot((change) => void seen.push(change));
    },
    ...extra,
  };
  return { feature, seen, ctx: () => ctx! };
}

let host: FeatureHost | undefined;
function startHost(features: SidebarFeature[]) {
  host = createFeatureHost({ settings: defaultSettings(), collapsed: false, features, service: channel.service });
  host.start(document.body);
  return host;
}

beforeEach(() => {
  document.body.innerHTML = '';
  open(FIRST);
});
afterEach(() => {
  host?.stop();
  host = undefined;
  vi.useRealTimers();
});

describe('the feature host', () => {
  it('starts each feature with the store, the channel and a live signal, and streams the open dialogue to it', () => {
    const a = probe('a');
    const h = startHost([a.feature]);
    const ctx = a.ctx();
    expect(ctx.store).toBe(h.store);
    expect(ctx.service).toBe(channel.service);
    expect(ctx.signal.aborted).toBe(false);
    expect(a.seen).toHaveLength(1);
    expect(a.seen[0]).toMatchObject({ switched: true, previous: null, snapshot: { id: FIRST } });
    expect(h.store.getState().snapshot?.id).toBe(FIRST);
    // The page narrows by the sidebar's width while the sidebar lives.
    expect(document.querySelector('style[data-sidekick="layout"]')).not.toBeNull();
  });

  it('tells a feature when another dialogue opens, and drops what was derived from the previous one', () => {
    const a = probe('a');
    const h = startHost([a.feature]);
    h.store.setState({ suggest: { confident: true, suggestions: [] }, toast: { kind: 'ok', text: 'done' } });
    open(SECOND);
    expect(a.seen.at(-1)).toMatchObject({ switched: true, previous: { id: FIRST }, snapshot: { id: SECOND } });
    expect(h.store.getState()).toMatchObject({ suggest: null, toast: null, stored: null });
  });

  it('ends every feature when the page ends: signals abort, no more snapshots, the page gets its space back', () => {
    const a = probe('a');
    const h = startHost([a.feature]);
    const dialogueSignal = a.ctx().dialogueSignal();
    h.stop();
    expect(a.ctx().signal.aborted).toBe(true);
    expect(dialogueSignal.aborted).toBe(true);
    open(SECOND);
    expect(a.seen).toHaveLength(1);
    expect(document.querySelector('style[data-sidekick="layout"]')).toBeNull();
  });

  it('aborts work about a dialogue when the operator navigates to another, not when the same dialogue changes', async () => {
    const a = probe('a');
    startHost([a.feature]);
    const first = a.ctx().dialogueSignal();
    // A new message in the same dialogue is no navigation.
    document
      .querySelector('.conversation-view')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="conversation-part conversation-part--user"><div class="conversation-part__text">one more thing</div></div>',
      );
    await nextFrame();
    expect(a.seen.at(-1)).toMatchObject({ switched: false, snapshot: { id: FIRST } });
    expect(first.aborted).toBe(false);
    const late = vi.fn();
    a.ctx().after(20, late, first);
    open(SECOND);
    expect(first.aborted).toBe(true);
    expect(a.ctx().dialogueSignal().aborted).toBe(false);
    expect(a.ctx().signal.aborted).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
    expect(late).not.toHaveBeenCalled();
  });

  it('stops a feature that throws when it starts, and runs the others', () => {
    const broken = probe('broken', {
      start() {
        throw new Error('selector blew up');
      },
    });
    const ok = probe('ok');
    const h = startHost([broken.feature, ok.feature]);
    expect(h.store.getState().failed).toEqual({ broken: { label: broken.feature.label, message: 'selector blew up' } });
    expect(ok.seen).toHaveLength(1);
    open(SECOND);
    expect(ok.seen).toHaveLength(2);
  });

  it('stops a feature whose snapshot listener throws, or whose later work fails, and keeps the others going', async () => {
    let calls = 0;
    let throwingCtx: FeatureContext | undefined;
    const throwing = probe('throwing', {
      start(c) {
        throwingCtx = c;
        c.onSnapshot(() => {
          calls++;
          if (calls === 2) throw new Error('bad read');
        });
      },
    });
    const rejecting = probe('rejecting', {
      start(c) {
        c.after(0, async () => {
          throw new Error('async failure');
        });
      },
    });
    const ok = probe('ok');
    const h = startHost([throwing.feature, rejecting.feature, ok.feature]);
    open(SECOND);
    await nextFrame();
    open(FIRST);
    await nextFrame();
    // The throwing feature heard no more after its failure; the others heard every switch.
    expect(calls).toBe(2);
    expect(ok.seen).toHaveLength(3);
    expect(throwingCtx!.signal.aborted).toBe(true);
    expect(ok.ctx().signal.aborted).toBe(false);
    await waitFor(() => expect(Object.keys(h.store.getState().failed).sort()).toEqual(['rejecting', 'throwing']));
    expect(h.store.getState().failed.throwing!.message).toBe('bad read');
    expect(h.store.getState().failed.rejecting!.message).toBe('async failure');
  });

  it('shows a failed feature in its section and names it in the health line, while the other sections render', async () => {
    const exploding: SidebarFeature = {
      id: 'exploding',
      label: { en: 'Exploding', ru: 'Взрывная' },
      Section() {
        throw new Error('render failed');
      },
    };
    const h = startHost([recordingFeature, tagsFeature, exploding, healthFeature]);
    render(<App store={h.store} features={[recordingFeature, tagsFeature, exploding, healthFeature]} />);
    const error = await screen.findByTestId('feature-error');
    expect(error.dataset.feature).toBe('exploding');
    expect(error.textContent).toContain('render failed');
    await waitFor(() => expect(screen.getByTestId('health').dataset.failed).toBe('exploding'));
    expect(screen.getByTestId('health').textContent).toMatch(/Exploding/);
    expect(screen.getByTestId('tags')).toBeTruthy();
    expect(screen.getByTestId('dialogue-id').textContent).toBe(FIRST);
  });

  it('ends the other work of a feature whose section failed to render', async () => {
    const a = probe('a', {
      Section() {
        throw new Error('render failed');
      },
    });
    const h = startHost([a.feature]);
    render(<App store={h.store} features={[a.feature]} />);
    await screen.findByTestId('feature-error');
    expect(a.ctx().signal.aborted).toBe(true);
  });
});

describe('the recording and tags features through the channel', () => {
  it('records the open dialogue and suggests tags for it', async () => {
    channel.database.mockImplementation(async (method) => {
      if (method === 'recordSnapshot') return { record: null, escalation: null, newCustomerMessagesSinceEscalation: 0 };
      if (method === 'suggestTags') return { confident: true, suggestions: [{ name: 'refund', confidence: 0.9, why: ['money'] }] };
      throw new Error(`unexpected ${method}`);
    });
    const h = startHost([recordingFeature, tagsFeature]);
    await waitFor(() => expect(h.store.getState().suggest?.suggestions[0]?.name).toBe('refund'), { timeout: 5000 });
    expect(channel.callsOf('recordSnapshot')[0]).toMatchObject({ id: FIRST, tags: ['billing'] });
    expect(h.store.getState().stored).toEqual({ record: null, escalation: null, newCustomerMessagesSinceEscalation: 0 });
  });

  it('asks for suggestions as soon as a dialogue opens, and waits for a pause while messages stream in', async () => {
    channel.database.mockImplementation(async (method) => {
      if (method === 'suggestTags') return { confident: false, suggestions: [] };
      throw new Error(`unexpected ${method}`);
    });
    const asked = () => channel.callsOf('suggestTags').length;
    const soon = () => new Promise((r) => setTimeout(r, 1));
    startHost([tagsFeature]);
    await soon();
    expect(asked()).toBe(1);
    open(SECOND);
    await soon();
    expect(asked()).toBe(2);
    // A customer message arriving in the open dialogue: asked again only once the stream pauses.
    document
      .querySelector('.conversation-view')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="conversation-part conversation-part--user"><div class="conversation-part__text">and the postback too</div></div>',
      );
    await nextFrame();
    expect(asked()).toBe(2);
    await waitFor(() => expect(asked()).toBe(3));
  });
});
