import { PROFILE_KEYS, type ProfileKey } from './profile-keys';
import { dialogueIdFromUrl, type ResolvedProfile } from './profile';
import { countFor } from './teach';

/**
 * A sanitized capture of the panel page's structure: what a selector can see, and nothing a customer or an
 * operator wrote. A developer turns one into a test fixture (test/fixtures/captures/); an operator sends one
 * when the panel changed and the sidebar cannot find a part.
 *
 * Kept: element names; `class`, `id`, `data-*`, `aria-*`, `role`, `name`, `type`, `contenteditable`,
 * `datetime` and the framework's directive attributes, with values that look like emails, phones, URLs,
 * names or ids scrubbed. Dropped: scripts, styles, frames, images, media, input values, every other attribute.
 * Text: each character becomes a placeholder of its script (Cyrillic `ж`, Latin `x`, digit `0`, anything
 * else `.`), spaces kept, so the capture keeps the shape of the page but none of its words.
 */

export const CAPTURE_FORMAT = 'sidekick-page-capture';
export const CAPTURE_FORMAT_VERSION = 1;
/** A long list (a 5,000-message dialogue, a long conversation list) keeps this many children at each end. */
export const LIST_KEEP = 50;
/** A text longer than this keeps a placeholder of this length (a pasted 1 MB log says nothing more). */
export const TEXT_CAP = 1000;
/** A hard bound on elements written, whatever the page. */
export const ELEMENT_CAP = 20_000;

const DROPPED = new Set([
  'script',
  'style',
  'link',
  'meta',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'canvas',
  'noscript',
  'template',
  'track',
  'map',
  'base',
  'head',
  'title',
]);
/** Kept as an empty element: their insides are drawing, not structure. */
const EMPTIED = new Set(['svg', 'math']);
const VOID = new Set(['br', 'hr', 'input', 'wbr', 'col', 'area']);
const DIRECTIVES = new Set([
  'translate',
  'ng-model',
  'ng-click',
  'ui-sref',
  'ui-sref-active',
  'formcontrolname',
  'ng-if',
  'ng-repeat',
  'ng-class',
  'ng-show',
  'ng-hide',
]);
const KEPT = new Set(['class', 'id', 'role', 'name', 'type', 'contenteditable', 'datetime', 'dir', 'for', 'tabindex']);

const keepAttr = (name: string) =>
  KEPT.has(name) || name.startsWith('data-') || name.startsWith('aria-') || DIRECTIVES.has(name) || /^_ng(?:content|host)-/.test(name);

/** Each character replaced by the placeholder of its script; whitespace kept. */
export function placeholderText(text: string, cap = TEXT_CAP): string {
  const cut = text.length > cap ? text.slice(0, cap) : text;
  let out = '';
  for (const ch of cut) {
    if (/\s/.test(ch)) out += ch;
    else if (/[\u0400-\u04FF]/.test(ch)) out += 'ж';
    else if (/[A-Za-z]/.test(ch)) out += 'x';
    else if (/\d/.test(ch)) out += '0';
    else if (/[\p{L}]/u.test(ch)) out += 'ь';
    else out += '.';
  }
  return out;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const URLISH = /^(?:[a-z][a-z0-9+.-]*:|\/\/|www\.)|\/[^\s]*\//i;
const PHONE = /\+?\d[\d\s().-]{6,}\d/;
/** A value a selector might use as is: lower-case words, dots, dashes, colons; no person's name, no data. */
const TOKENISH = /^[a-z0-9_.:$-]{1,60}$/i;
const TITLE_WORD = /^[A-ZА-ЯЁ][a-zа-яё]+$/;

/** An attribute value with anything personal taken out; shapes (lengths, scripts) kept. */
export function scrubValue(name: string, value: string): string {
  if (name === 'class')
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((c) => (TOKENISH.test(c) && !TITLE_WORD.test(c) ? c.replace(/\d{4,}/g, (d) => '0'.repeat(d.length)) : placeholderText(c, 60)))
      .join(' ');
  if (!value) return value;
  if (EMAIL.test(value)) return 'x@x.x';
  if (URLISH.test(value)) return 'https://x.x/';
  if (PHONE.test(value) && value.replace(/\D/g, '').length >= 7 && !/[a-z]/i.test(value)) return placeholderText(value, 60);
  if (name === 'datetime') return value.replace(/\d/g, '0');
  if (DIRECTIVES.has(name) && value.length <= 200)
    return value
      .replace(/\d{3,}/g, (d) => '0'.repeat(d.length))
      .replace(/(['"])(?:(?!\1).)*\1/g, (q) => q[0] + placeholderText(q.slice(1, -1), 60) + q[0]);
  if (TOKENISH.test(value) && !TITLE_WORD.test(value)) return value.replace(/\d{3,}/g, (d) => '0'.repeat(d.length));
  return placeholderText(value, 200);
}

/** The address with every id and every query or hash value replaced; the path's shape kept. */
export function urlShape(href: string): string {
  try {
    const url = new URL(href);
    const path = url.pathname.replace(/\d/g, '0');
    const query = [...url.searchParams.keys()].map((k) => `${encodeURIComponent(k)}=x`).join('&');
    const hash = url.hash.replace(/\d/g, '0').replace(/=[^&]*/g, '=x');
    return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ''}${hash}`;
  } catch {
    return '';
  }
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const safeName = (n: string) => /^[a-z][a-z0-9-]*$/i.test(n);

export interface CaptureOptions {
  /** Elements never captured: the extension's own (the sidebar host). */
  skip?: (el: Element) => boolean;
}

export interface CaptureStats {
  elements: number;
  /** Children left out of long lists. */
  cut: number;
  textsCapped: number;
  /** True when the element cap stopped the walk. */
  truncated: boolean;
}

/** The sanitized markup of `root`'s subtree (the body), as HTML text. */
export function sanitizeTree(root: Element, { skip }: CaptureOptions = {}): { html: string; stats: CaptureStats } {
  const stats: CaptureStats = { elements: 0, cut: 0, textsCapped: 0, truncated: false };
  const parts: string[] = [];

  const walk = (node: Node): void => {
    if (stats.elements >= ELEMENT_CAP) {
      stats.truncated = true;
      return;
    }
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (!text) return;
      if (text.length > TEXT_CAP) stats.textsCapped++;
      parts.push(escapeText(placeholderText(text)));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (DROPPED.has(tag) || !safeName(tag) || skip?.(el)) return;
    stats.elements++;
    let open = `<${tag}`;
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (!keepAttr(name) || !/^[a-z_][a-z0-9_.:-]*$/i.test(name)) continue;
      open += attr.value === '' ? ` ${name}` : ` ${name}="${escapeAttr(scrubValue(name, attr.value))}"`;
    }
    parts.push(open + '>');
    if (VOID.has(tag)) return;
    if (!EMPTIED.has(tag) && tag !== 'textarea' && tag !== 'select') {
      const children = Array.from(el.childNodes);
      const elementCount = el.childElementCount;
      if (elementCount > LIST_KEEP * 2) {
        // A long list keeps the structure of its first and last items: enough to learn from, bounded in size.
        const elems = children.filter((c) => c.nodeType === 1);
        const keep = new Set([...elems.slice(0, LIST_KEEP), ...elems.slice(-LIST_KEEP)]);
        let cutHere = 0;
        let marked = false;
        for (const c of children) {
          if (c.nodeType !== 1 || keep.has(c)) walk(c);
          else {
            cutHere++;
            if (!marked) {
              parts.push('<!--sidekick-cut-->');
              marked = true;
            }
          }
        }
        stats.cut += cutHere;
      } else for (const c of children) walk(c);
    }
    parts.push(`</${tag}>`);
  };
  walk(root);
  return { html: parts.join(''), stats };
}

export type MatchReport = Partial<Record<ProfileKey, number>>;

/** How many elements each profile key matches on `doc` now (the first fallback that matches anything). */
export function matchReport(doc: Document, href: string, profile: ResolvedProfile): MatchReport {
  const report: MatchReport = {};
  for (const key of PROFILE_KEYS) {
    if (key === 'dialogueUrl') {
      report[key] = dialogueIdFromUrl(href, profile.dialogueUrl) ? 1 : 0;
      continue;
    }
    let n = 0;
    for (const s of profile[key]) {
      n = countFor(doc, key, s, profile);
      if (n > 0) break;
    }
    report[key] = Math.max(0, n);
  }
  return report;
}

export interface PageCapture {
  format: typeof CAPTURE_FORMAT;
  formatVersion: number;
  extensionVersion: string;
  url: string;
  capturedAt: string;
  /** Profile keys and how many elements each matched when the capture was made. */
  profileMatches: MatchReport;
  stats: CaptureStats;
  html: string;
}

/** One capture of the page: its sanitized structure, the address's shape, the version and the match report. */
export function capturePage(
  doc: Document,
  href: string,
  profile: ResolvedProfile,
  extensionVersion: string,
  options: CaptureOptions = {},
): PageCapture {
  const { html, stats } = sanitizeTree(doc.body, options);
  return {
    format: CAPTURE_FORMAT,
    formatVersion: CAPTURE_FORMAT_VERSION,
    extensionVersion,
    url: urlShape(href),
    capturedAt: new Date().toISOString().slice(0, 10),
    profileMatches: matchReport(doc, href, profile),
    stats,
    html,
  };
}

/** The file name a capture is saved under. */
export function captureFileName(capture: PageCapture): string {
  let host = 'panel';
  try {
    host = new URL(capture.url).hostname.replace(/[^a-z0-9.-]/gi, '_');
  } catch {
    /* keep the default */
  }
  return `sidekick-capture-${host}-${capture.capturedAt}.json`;
}
