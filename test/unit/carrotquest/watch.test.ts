import { afterEach, describe, expect, it } from 'vitest';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import type { PageState } from '../../../lib/carrotquest/transition';
import { watchDialogue } from '../../../lib/carrotquest/watch';
import { panelHtml } from './page';

const profile = resolveProfile();
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('watchDialogue', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('reads at once on the first change and coalesces a burst into one more read per frame', async () => {
    document.body.innerHTML = panelHtml();
    const seen: DialogueSnapshot[] = [];
    ({ stop } = watchDialogue(
      () => profile,
      (s) => seen.push(s),
    ));
    const root = document.querySelector('.conversation-view')!;
    for (let i = 0; i < 50; i++) {
      const el = document.createElement('div');
      el.className = 'conversation-part conversation-part--user';
      el.innerHTML = `<div class="conversation-part__text">m${i}</div>`;
      root.appendChild(el);
      await Promise.resolve();
    }
    expect(seen.length).toBe(1);
    await nextFrame();
    await nextFrame();
    expect(seen.length).toBe(2);
    expect(seen.at(-1)!.messages.at(-1)!.text).toBe('m49');
  });

  it('reads when the URL changes through history', async () => {
    document.body.innerHTML = panelHtml();
    const ids: (string | null)[] = [];
    ({ stop } = watchDialogue(
      () => profile,
      (s) => ids.push(s.id),
    ));
    history.pushState(null, '', '/project/12345/conversations/777000');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(ids).toContain('777000');
  });

  it('holds a new address until the page shows its content, saying it is loading, then passes it', async () => {
    document.body.innerHTML = panelHtml();
    history.replaceState(null, '', '/project/12345/conversations/1204567890123456001');
    const seen: DialogueSnapshot[] = [];
    const states: PageState[] = [];
    let watcher: ReturnType<typeof watchDialogue>;
    ({ stop } = watcher = watchDialogue(
      () => profile,
      (s) => seen.push(s),
      { onPageState: (s) => states.push(s) },
    ));
    watcher.readNow();
    expect(seen.map((s) => s.id)).toEqual(['1204567890123456001']);
    // The router changes the address first: the page still shows the first dialogue.
    history.pushState(null, '', '/project/12345/conversations/1204567890123456002');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await nextFrame();
    expect(seen.map((s) => s.id)).toEqual(['1204567890123456001']);
    expect(states).toEqual([{ state: 'loading', id: '1204567890123456002' }]);
    // Then the content.
    document.body.innerHTML = panelHtml({ tags: [], notes: [] })
      .replace('Dmitry Kovalev', 'Lucas Martin')
      .replace('give me my money back', 'the tracker is down');
    await nextFrame();
    await nextFrame();
    const b = seen.filter((s) => s.id === '1204567890123456002');
    expect(b.length).toBeGreaterThan(0);
    expect(b.every((s) => s.customer.name === 'Lucas Martin' && s.tags.length === 0)).toBe(true);
    expect(states.at(-1)).toEqual({ state: 'ready' });
  });

  it('reads the content that follows a held address change at once, not a frame later', async () => {
    document.body.innerHTML = panelHtml();
    history.replaceState(null, '', '/project/12345/conversations/1204567890123456001');
    const ids: (string | null)[] = [];
    let watcher: ReturnType<typeof watchDialogue>;
    ({ stop } = watcher = watchDialogue(
      () => profile,
      (s) => ids.push(s.id),
    ));
    watcher.readNow();
    history.pushState(null, '', '/project/12345/conversations/1204567890123456002');
    window.dispatchEvent(new PopStateEvent('popstate'));
    // The router renders in the same task; the mutation is read in the microtask after it.
    document.body.innerHTML = panelHtml({ tags: [] })
      .replace('Dmitry Kovalev', 'Lucas Martin')
      .replace('give me my money back', 'the tracker is down');
    await Promise.resolve();
    await Promise.resolve();
    expect(ids).toEqual(['1204567890123456001', '1204567890123456002']);
  });

  it('calls a page that never shows the new dialogue stuck', async () => {
    document.body.innerHTML = panelHtml();
    history.replaceState(null, '', '/project/12345/conversations/1204567890123456001');
    const ids: (string | null)[] = [];
    const states: PageState[] = [];
    let watcher: ReturnType<typeof watchDialogue>;
    ({ stop } = watcher = watchDialogue(
      () => profile,
      (s) => ids.push(s.id),
      { onPageState: (s) => states.push(s), transitionTimeoutMs: 30 },
    ));
    watcher.readNow();
    history.pushState(null, '', '/project/12345/conversations/1204567890123456002');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((r) => setTimeout(r, 80));
    expect(ids).toEqual(['1204567890123456001']);
    expect(states).toEqual([
      { state: 'loading', id: '1204567890123456002' },
      { state: 'stuck', id: '1204567890123456002', reason: 'not-loaded' },
    ]);
  });

  it('stops on abort', async () => {
    document.body.innerHTML = panelHtml();
    let count = 0;
    const ac = new AbortController();
    watchDialogue(
      () => profile,
      () => count++,
      { signal: ac.signal },
    );
    ac.abort();
    document.body.appendChild(document.createElement('div'));
    await nextFrame();
    expect(count).toBe(0);
  });
});
