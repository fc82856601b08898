import { queryFirst, type ResolvedProfile } from './profile';

/** What the operator has typed in the panel's reply box, and where the caret is in it. */
export interface Draft {
  text: string;
  caret: number;
}

/** The reply box's text and caret (a textarea's selection, or the caret's offset in a contenteditable). */
export function readDraft(composer: Element, doc: Document = document): Draft {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    return { text: composer.value, caret: composer.selectionEnd ?? composer.value.length };
  }
  const text = composer.textContent ?? '';
  const sel = doc.getSelection();
  if (!sel || !sel.rangeCount || !composer.contains(sel.focusNode)) return { text, caret: text.length };
  const before = doc.createRange();
  before.selectNodeContents(composer);
  try {
    before.setEnd(sel.focusNode!, sel.focusOffset);
  } catch {
    return { text, caret: text.length };
  }
  return { text, caret: before.toString().length };
}

/**
 * Calls `onDraft` whenever the operator types in the panel's reply box (the page's own input events,
 * listened to on the document so a reply box the panel re-renders is still heard). Only reads.
 */
export function watchDraft(
  getProfile: () => ResolvedProfile,
  onDraft: (draft: Draft) => void,
  doc: Document = document,
  signal?: AbortSignal,
) {
  const onInput = (e: Event) => {
    const composer = queryFirst(doc, getProfile().composer);
    if (!composer || !(e.target instanceof Node) || !composer.contains(e.target)) return;
    onDraft(readDraft(composer, doc));
  };
  doc.addEventListener('input', onInput, { capture: true, signal });
}
