import { afterEach, describe, expect, it } from 'vitest';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
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
    ({ stop } = watchDialogue(() => profile, (s) => seen.push(s)));
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
    ({ stop } = watchDialogue(() => profile, (s) => ids.push(s.id)));
    history.pushState(null, '', '/project/12345/conversations/777000');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(ids).toContain('777000');
  });

  it('stops on abort', async () => {
    document.body.innerHTML = panelHtml();
    let count = 0;
    const ac = new AbortController();
    watchDialogue(() => profile, () => count++, { signal: ac.signal });
    ac.abort();
    document.body.appendChild(document.createElement('div'));
    await nextFrame();
    expect(count).toBe(0);
  });
});
