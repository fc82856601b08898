import type { ResolvedProfile } from '../../lib/carrotquest/profile';
import type { ProfileKey } from '../../lib/carrotquest/profile-keys';
import type { PageTools } from '../../lib/carrotquest/page-tools';
import { NOT_POINTABLE } from '../../lib/carrotquest/teach';
import { phrase } from '../../lib/i18n/language';
import type { Language } from '../../lib/settings/schema';
import { keyLabels } from './key-labels';
import { refusalStrings, teachStrings } from './strings';

/**
 * One teaching of one key, drawn into the sidebar's teach slot with plain DOM: the instruction while the
 * operator points, then the selector (editable), how many elements it matches now, and Save. It is part of
 * the page tools, which load only when the operator asks, so the content script carries none of it.
 */

export interface TeachSessionOptions {
  key: ProfileKey;
  lang: Language;
  /** The profile in force now (it changes when a save lands). */
  profile(): ResolvedProfile;
  /** The sidebar's shadow root (the pick overlay goes there) and the teach section's slot in it. */
  layer: ShadowRoot;
  slot: HTMLElement;
  hostName: string;
  save(key: ProfileKey, selector: string): Promise<{ ok: true } | { ok: false; error: string } | undefined>;
  signal: AbortSignal;
}

/** Refusals that say the operator pointed at the wrong place: pointing goes on. Others end the attempt. */
const POINT_AGAIN = new Set<string>([
  'page',
  'sidebar',
  'frame',
  'outside',
  'not-in-root',
  'not-in-message',
  'not-in-tagList',
  'no-selector',
  'same-message',
]);

export function countWarning(count: number, expectOne: boolean): 'zero' | 'many' | null {
  if (count === 0) return 'zero';
  if (expectOne && count > 1) return 'many';
  return null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export async function runTeachSession(tools: PageTools, o: TeachSessionOptions): Promise<void> {
  const t = (k: keyof (typeof teachStrings)['en'], v?: Record<string, string | number>) => phrase(teachStrings[o.lang][k], v);
  const label = keyLabels[o.lang][o.key][0];
  const box = el('div', { class: 'sk-teach__box' });
  const status = el('p', { class: 'sk-teach__msg', 'data-testid': 'picker-message', role: 'status' });
  status.hidden = true;
  o.slot.replaceChildren(box, status);

  const say = (kind: 'ok' | 'error' | 'info', text: string) => {
    status.hidden = false;
    status.className = `sk-teach__msg sk-teach__msg--${kind}`;
    status.dataset.kind = kind;
    status.textContent = text;
  };

  if (NOT_POINTABLE.has(o.key)) return say('error', t('notPointable'));

  const prompt = (text: string) =>
    box.replaceChildren(el('p', { class: 'sk-teach__prompt', 'data-testid': 'picker-prompt', role: 'status' }, text));
  const pick = (text: string) => {
    prompt(text);
    return tools.pick({
      layer: o.layer,
      hostName: o.hostName,
      prompt: text,
      signal: o.signal,
      onRefused: (r) => say('error', refusalStrings[o.lang][r]),
    });
  };
  const cancelled = () => {
    box.replaceChildren();
    say('info', t('cancelled'));
  };

  for (;;) {
    const first = await pick(o.key === 'messageFromCustomer' ? t('pointCustomer') : t('point', { key: label }));
    if (!first || o.signal.aborted) return cancelled();
    let result;
    if (o.key === 'messageFromCustomer') {
      const second = await pick(t('pointOperator'));
      if (!second || o.signal.aborted) return cancelled();
      result = tools.teachFromCustomer(first, second, o.profile(), o.hostName);
    } else result = tools.teach(first, o.key, o.profile(), o.hostName);
    if (result.ok) return review(result.selector, result.count, result.expectOne);
    say('error', refusalStrings[o.lang][result.reason]);
    if (!POINT_AGAIN.has(result.reason)) return void box.replaceChildren();
  }

  function review(selector: string, initialCount: number, expectOne: boolean) {
    status.hidden = true;
    delete status.dataset.kind;
    let count = initialCount;
    let confirming = false;
    const input = el('input', { type: 'text', spellcheck: 'false', 'data-testid': 'picker-selector' });
    input.value = selector;
    const countLine = el('p', { class: 'sk-teach__count', 'data-testid': 'picker-count' });
    const save = el('button', { type: 'button', class: 'sk-btn sk-btn--primary', 'data-testid': 'picker-save' });
    const cancel = el('button', { type: 'button', class: 'sk-btn', 'data-testid': 'picker-cancel' }, t('cancel'));
    const fieldLabel = el('label');
    fieldLabel.append(el('span', {}, t('selector', { key: label })), input);
    const row = el('div', { class: 'sk-row' });
    row.append(save, cancel);
    box.replaceChildren(fieldLabel, countLine, row);

    const show = () => {
      countLine.dataset.count = String(count);
      countLine.textContent = count < 0 ? t('countInvalid') : t('count', { n: count });
      countLine.className = countWarning(count, expectOne) || count < 0 ? 'sk-teach__count sk-teach__count--warn' : 'sk-teach__count';
      save.textContent = confirming ? t('saveAnyway') : t('save');
      save.disabled = count < 0 || !input.value.trim();
    };
    show();

    input.addEventListener('input', () => {
      count = input.value.trim() ? tools.count(o.key, input.value.trim(), o.profile()) : -1;
      confirming = false;
      status.hidden = true;
      delete status.dataset.kind;
      show();
    });
    cancel.addEventListener('click', () => cancelled());
    save.addEventListener('click', (e) => {
      void (async () => {
        if (!e.isTrusted) return;
        const warning = countWarning(count, expectOne);
        if (warning && !confirming) {
          confirming = true;
          show();
          return say('error', t(warning, { key: label, n: count }));
        }
        save.disabled = true;
        const answer = await o.save(o.key, input.value.trim());
        if (answer?.ok) {
          box.replaceChildren();
          say('ok', t('saved', { key: label }));
        } else {
          show();
          say('error', t('saveFailed', { error: answer && !answer.ok ? answer.error : 'no answer' }));
        }
      })();
    });
    o.signal.addEventListener('abort', () => box.replaceChildren(), { once: true });
  }
}

/** Saves a capture of the page as a download and says so in the slot. */
export function downloadCapture(
  tools: PageTools,
  o: { lang: Language; profile: ResolvedProfile; version: string; hostName: string; slot: HTMLElement },
) {
  const t = (k: keyof (typeof teachStrings)['en'], v?: Record<string, string | number>) => phrase(teachStrings[o.lang][k], v);
  const status = el('p', { class: 'sk-teach__msg', 'data-testid': 'picker-message', role: 'status' });
  try {
    const capture = tools.capture(o.profile, o.version, o.hostName);
    const text = JSON.stringify(capture, null, 1);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = tools.fileName(capture);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.dataset.kind = 'ok';
    status.className = 'sk-teach__msg sk-teach__msg--ok';
    status.textContent = t('captureSaved', { size: `${Math.ceil(text.length / 1024)} kB` });
  } catch (e) {
    status.dataset.kind = 'error';
    status.className = 'sk-teach__msg sk-teach__msg--error';
    status.textContent = t('captureFailed', { error: e instanceof Error ? e.message : String(e) });
  }
  o.slot.replaceChildren(status);
}
