import { queryAllFirst, queryFirst, type ResolvedProfile } from './profile';

export type ActResult = { ok: true; note?: 'already-applied' } | { ok: false; reason: ActFailure; detail?: string };
export type ActFailure = 'no-input' | 'not-offered' | 'not-applied' | 'no-composer' | 'not-inserted';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Resolves when `check` returns a value, or with null after `timeoutMs`; watches the DOM instead of polling. */
function waitFor<T>(doc: Document, check: () => T | null, timeoutMs: number): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const done = (v: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(v);
    };
    const observer = new MutationObserver(() => {
      const v = check();
      if (v) done(v);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => done(check()), timeoutMs);
  });
}

/** Sets a form field's value the way a typing user does, so Angular/React-style listeners see it. */
function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.focus();
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  input.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: value.slice(-1) || 'Unidentified' }));
}

function press(el: Element) {
  const opts = { bubbles: true, cancelable: true, composed: true, view: el.ownerDocument.defaultView };
  el.dispatchEvent(new MouseEvent('mousedown', opts));
  el.dispatchEvent(new MouseEvent('mouseup', opts));
  (el as HTMLElement).click();
}

export function currentTags(doc: Document, profile: ResolvedProfile): string[] {
  const list = queryFirst(doc, profile.tagList);
  return list ? queryAllFirst(list, profile.tag).map((el) => norm(el.textContent)) : [];
}

/**
 * Applies an existing tag through the panel's own tag field: types the name and picks the option whose
 * text is exactly that name. A name the drop-down does not offer is refused, never created.
 */
export async function applyTag(name: string, profile: ResolvedProfile, doc: Document = document, timeoutMs = 2000): Promise<ActResult> {
  const wanted = norm(name);
  if (!wanted) return { ok: false, reason: 'not-offered' };
  if (currentTags(doc, profile).includes(wanted)) return { ok: true, note: 'already-applied' };
  const input = queryFirst(doc, profile.tagInput) as HTMLInputElement | null;
  if (!input || !('value' in input)) return { ok: false, reason: 'no-input' };

  // A refused tag leaves the field as the operator had it, half-typed words included.
  const before = input.value;
  const hadFocus = doc.activeElement === input;
  typeInto(input, name);
  const option = await waitFor(
    doc,
    () => queryAllFirst(doc, profile.tagOption).find((el) => norm(el.textContent) === wanted) ?? null,
    timeoutMs,
  );
  if (!option) {
    typeInto(input, before);
    if (!hadFocus) input.blur();
    return { ok: false, reason: 'not-offered', detail: name };
  }
  press(option);
  const applied = await waitFor(doc, () => (currentTags(doc, profile).includes(wanted) ? true : null), timeoutMs);
  return applied ? { ok: true } : { ok: false, reason: 'not-applied', detail: name };
}

/**
 * Removes an applied tag through the panel's own control: the button in the tag's chip (the chip is the tag's
 * ancestor just inside `tagList`, or the tag itself). `no-input` when the page shows no such control.
 */
export async function removeTag(name: string, profile: ResolvedProfile, doc: Document = document, timeoutMs = 2000): Promise<ActResult> {
  const wanted = norm(name);
  const list = queryFirst(doc, profile.tagList);
  let chip = list ? queryAllFirst(list, profile.tag).find((el) => norm(el.textContent) === wanted) : undefined;
  while (chip && chip.parentElement !== list && !chip.querySelector('button')) chip = chip.parentElement ?? undefined;
  const control = chip?.querySelector('button');
  if (!control) return { ok: false, reason: 'no-input' };
  press(control);
  const gone = await waitFor(doc, () => (currentTags(doc, profile).includes(wanted) ? null : true), timeoutMs);
  return gone ? { ok: true } : { ok: false, reason: 'not-applied', detail: name };
}

/** The composer's last caret, remembered because clicking the sidebar moves the document's selection away. */
let lastRange: Range | null = null;

export function trackComposerSelection(getProfile: () => ResolvedProfile, doc: Document = document, signal?: AbortSignal) {
  const onChange = () => {
    const composer = queryFirst(doc, getProfile().composer);
    const sel = doc.getSelection();
    if (composer && sel && sel.rangeCount && composer.contains(sel.anchorNode)) lastRange = sel.getRangeAt(0).cloneRange();
  };
  doc.addEventListener('selectionchange', onChange, { signal });
}

function composerText(el: Element): string {
  return 'value' in el ? String((el as HTMLTextAreaElement).value) : (el.textContent ?? '');
}

/**
 * Inserts text at the cursor of the reply box (textarea or contenteditable) and fires the events an
 * editor framework listens to. It never sends. Resolves not-inserted when the text did not land, so the
 * caller can copy it to the clipboard instead.
 */
/** Opens the panel's own control that assigns the dialogue (profile key `assignControl`); false when it is not there. */
export function openAssignControl(profile: ResolvedProfile, doc: Document = document): boolean {
  const control = queryFirst(doc, profile.assignControl);
  if (control) press(control);
  return !!control;
}

export function insertReply(text: string, profile: ResolvedProfile, doc: Document = document): ActResult {
  const composer = queryFirst(doc, profile.composer) as HTMLElement | null;
  if (!composer) return { ok: false, reason: 'no-composer' };
  const before = composerText(composer);
  composer.focus();

  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    // execCommand keeps the editor's undo history and fires native input events; setRangeText is the fallback.
    let done: boolean;
    try {
      done = doc.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
    if (!done || composer.value === before) {
      const start = composer.selectionStart ?? composer.value.length;
      const end = composer.selectionEnd ?? start;
      composer.setRangeText(text, start, end, 'end');
      composer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    }
  } else {
    const sel = doc.getSelection();
    if (sel) {
      sel.removeAllRanges();
      if (lastRange && composer.contains(lastRange.startContainer)) sel.addRange(lastRange);
      else {
        const r = doc.createRange();
        r.selectNodeContents(composer);
        r.collapse(false);
        sel.addRange(r);
      }
    }
    let done: boolean;
    try {
      done = doc.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
    if (!done || composerText(composer) === before) {
      const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
      const node = doc.createTextNode(text);
      if (range) {
        range.deleteContents();
        range.insertNode(node);
        range.setStartAfter(node);
      } else composer.appendChild(node);
      composer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    }
  }
  const after = composerText(composer);
  const probe = text.trim().slice(0, 40).replace(/\s+/g, ' ');
  const landed = after.replace(/\s+/g, ' ').includes(probe);
  return landed ? { ok: true } : { ok: false, reason: 'not-inserted' };
}
