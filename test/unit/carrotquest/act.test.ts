import { beforeEach, describe, expect, it } from 'vitest';
import { applyTag, insertReply, removeTag } from '../../../lib/carrotquest/act';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import { panelHtml } from './page';

const profile = resolveProfile();
const EXISTING = ['refund', 'billing', 'ssh-access'];

/** The panel's behaviour: typing shows existing tags; picking one adds a chip. */
function wireTagField() {
  const input = document.querySelector('.conversation-tags input') as HTMLInputElement;
  const dropdown = document.querySelector('.conversation-tags__dropdown')!;
  const list = document.querySelector('.conversation-tags__list')!;
  input.addEventListener('input', () => {
    dropdown.innerHTML = '';
    const q = input.value.toLowerCase();
    if (!q) return;
    for (const t of EXISTING.filter((x) => x.includes(q))) {
      const item = document.createElement('div');
      item.className = 'dropdown-item';
      item.textContent = t;
      item.addEventListener('click', () => {
        const chip = document.createElement('span');
        chip.className = 'conversation-tag';
        chip.innerHTML = '<span class="conversation-tag__name"></span>';
        chip.firstElementChild!.textContent = t;
        list.appendChild(chip);
        dropdown.innerHTML = '';
        input.value = '';
      });
      setTimeout(() => dropdown.appendChild(item), 5);
    }
  });
}

describe('applyTag', () => {
  beforeEach(() => {
    document.body.innerHTML = panelHtml({ tags: [] });
    wireTagField();
  });

  it('types the name and picks the existing option', async () => {
    const r = await applyTag('Refund', profile);
    expect(r).toEqual({ ok: true });
    expect([...document.querySelectorAll('.conversation-tag__name')].map((e) => e.textContent)).toEqual(['refund']);
    expect(document.querySelector('.user-tag__name')!.textContent).toBe('vip');
  });

  it('refuses a tag the panel does not offer and leaves the field empty', async () => {
    const r = await applyTag('brand-new-tag', profile, document, 200);
    expect(r).toMatchObject({ ok: false, reason: 'not-offered' });
    expect(document.querySelectorAll('.conversation-tag')).toHaveLength(0);
    expect((document.querySelector('.conversation-tags input') as HTMLInputElement).value).toBe('');
  });

  it('leaves what the operator had typed in the field when a tag is refused', async () => {
    const input = document.querySelector('.conversation-tags input') as HTMLInputElement;
    input.value = 'bil';
    const r = await applyTag('brand-new-tag', profile, document, 200);
    expect(r).toMatchObject({ ok: false, reason: 'not-offered' });
    expect(input.value).toBe('bil');
  });

  it('does not apply twice', async () => {
    await applyTag('billing', profile);
    expect(await applyTag('billing', profile)).toEqual({ ok: true, note: 'already-applied' });
    expect(document.querySelectorAll('.conversation-tag')).toHaveLength(1);
  });

  it('says when there is no tag field', async () => {
    document.querySelector('.conversation-tags input')!.remove();
    expect(await applyTag('refund', profile)).toMatchObject({ ok: false, reason: 'no-input' });
  });
});

describe('insertReply', () => {
  it('inserts into a textarea at the cursor and fires input', () => {
    document.body.innerHTML = panelHtml();
    const area = document.querySelector('.conversation-reply textarea') as HTMLTextAreaElement;
    area.value = 'Hello . Bye';
    area.setSelectionRange(6, 6);
    let inputs = 0;
    area.addEventListener('input', () => inputs++);
    expect(insertReply('there', profile)).toEqual({ ok: true });
    expect(area.value).toBe('Hello there. Bye');
    expect(inputs).toBeGreaterThan(0);
  });

  it('inserts into a contenteditable reply box', () => {
    document.body.innerHTML = panelHtml({ composer: 'contenteditable' });
    const box = document.querySelector('[contenteditable]') as HTMLElement;
    expect(insertReply('Мы получили ваш запрос', profile)).toEqual({ ok: true });
    expect(box.textContent).toContain('Мы получили ваш запрос');
  });

  it('reports a missing reply box so the caller can copy instead', () => {
    document.body.innerHTML = panelHtml();
    document.querySelector('.conversation-reply')!.remove();
    expect(insertReply('text', profile)).toEqual({ ok: false, reason: 'no-composer' });
  });
});

describe('removeTag', () => {
  it('removes a tag with the control in its chip, and says when the page offers none', async () => {
    document.body.innerHTML = panelHtml({ tags: ['billing', 'refund'] });
    // The panel's own chip control.
    for (const b of Array.from(document.querySelectorAll('.conversation-tag button'))) {
      b.addEventListener('click', () => b.closest('.conversation-tag')!.remove());
    }
    expect(await removeTag('Refund', profile)).toEqual({ ok: true });
    expect(Array.from(document.querySelectorAll('.conversation-tag__name')).map((e) => e.textContent)).toEqual(['billing']);

    document.body.innerHTML = panelHtml({ tags: ['billing'] }).replace('<button>×</button>', '');
    expect(await removeTag('billing', profile)).toEqual({ ok: false, reason: 'no-input' });
    expect(await removeTag('absent', profile)).toEqual({ ok: false, reason: 'no-input' });
  });

  it('says so when the control does not remove the tag', async () => {
    document.body.innerHTML = panelHtml({ tags: ['billing'] });
    expect(await removeTag('billing', profile, document, 100)).toEqual({ ok: false, reason: 'not-applied', detail: 'billing' });
  });
});
