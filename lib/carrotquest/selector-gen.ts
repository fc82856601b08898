/**
 * Writes a stable CSS selector for an element the operator pointed at.
 *
 * Stable means: it survives the panel's next release and the next dialogue. So it is built from what names
 * meaning (`data-*`, `aria-*` other than labels, `role`, `name`, the framework's directive attributes, then
 * class names that read as words) and never from what a build or a state produced (framework state classes,
 * `_ngcontent-*`/`_nghost-*`, hashed CSS-module classes, ids that look generated) or from the element's text.
 * Pure over the DOM it is given: it reads, never writes.
 */

/** The framework's directive attributes that name meaning (CONTEXT.md: the panel is AngularJS, newer parts Angular). */
const DIRECTIVE_ATTRS = ['translate', 'ng-model', 'ng-click', 'ui-sref', 'formcontrolname', 'ng-if', 'ng-repeat'];
const NAMED_ATTRS = ['role', 'name', 'type', 'contenteditable', 'datetime'];
/** Label attributes hold text a person reads, which changes with the language and the data. */
const TEXT_ATTRS = new Set([
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-valuetext',
  'aria-valuenow',
  'aria-placeholder',
  'data-placeholder',
]);
/** Attributes whose value is this element's state, not what it is. */
const STATE_ATTRS = new Set([
  'aria-selected',
  'aria-expanded',
  'aria-checked',
  'aria-pressed',
  'aria-hidden',
  'aria-busy',
  'aria-current',
  'aria-activedescendant',
  'aria-invalid',
  'aria-disabled',
  'aria-controls',
  'aria-owns',
]);

const STATE_CLASSES = new Set([
  'ng-scope',
  'ng-binding',
  'ng-isolate-scope',
  'ng-hide',
  'ng-show',
  'ng-pristine',
  'ng-dirty',
  'ng-valid',
  'ng-invalid',
  'ng-touched',
  'ng-untouched',
  'ng-star-inserted',
  'ng-animate',
  'ng-enter',
  'ng-leave',
  'ng-empty',
  'ng-not-empty',
  'ng-valid-required',
  'ng-invalid-required',
  'ng-submitted',
  'ng-pending',
  'ng-trigger',
  'active',
  'selected',
  'focused',
  'focus',
  'hover',
  'open',
  'opened',
  'closed',
  'disabled',
  'hidden',
  'visible',
  'show',
  'in',
  'fade',
  'collapsed',
  'expanded',
  'loading',
  'loaded',
  'current',
]);
const STATE_CLASS_PARTS =
  /(?:^|[-_])(?:active|selected|focused|hover|hovered|open|opened|disabled|hidden|visible|expanded|collapsed|loading|current|highlighted|checked|pressed)$/;

/** A class a build produced: CSS modules (`_msg_1x9z`, `Message_root__a8Fk2`), emotion (`css-1a2b3c`), styled-components, svelte, jsx. */
export function isHashedClass(cls: string): boolean {
  if (/^(?:css|sc|jsx|svelte|emotion|tw|styled)-[a-z0-9]+$/i.test(cls)) return true;
  if (/^[a-z]{1,3}-[A-Za-z0-9]{5,}$/.test(cls) && /\d/.test(cls)) return true;
  return cls
    .split(/[-_]+/)
    .some(
      (part) =>
        part.length >= 3 && /\d/.test(part) && /[a-z]/i.test(part) && !/^(?:h[1-6]|x[1-9]|[a-z]+[1-9]x|v\d|col\d+|mt\d|mb\d)$/i.test(part),
    );
}

export function isStateClass(cls: string): boolean {
  return STATE_CLASSES.has(cls) || /^ng-/.test(cls) || STATE_CLASS_PARTS.test(cls) || /^is-|^has-/.test(cls);
}

/** Ids and values a framework or the data produced: numbers, hashes, uuids, counters. */
export function looksGenerated(value: string): boolean {
  return (
    value.length > 40 ||
    /\d{3,}/.test(value) ||
    /[0-9a-f]{8,}/i.test(value) ||
    /^[:_]r[0-9a-z]+:?$/.test(value) ||
    /(?:^|[-_:])\d+(?:$|[-_:])/.test(value) ||
    (value.length > 5 && /\d/.test(value) && /[a-z]/i.test(value) && !/^[a-z]+(?:[-_][a-z]+)*\d?$/i.test(value)) ||
    /\s/.test(value) ||
    /@|https?:|\//.test(value)
  );
}

const isGeneratedAttrName = (name: string) =>
  /^_ng(?:content|host)-/.test(name) || /^data-v-[0-9a-f]+$/i.test(name) || /^ng-reflect-/.test(name);

export function cssEscape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (s: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`).replace(/^(\d)/, '\\3$1 ');
}

const attrValue = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

/** role and name say more than type; the bare attributes of data-* come after their valued forms. */
const namedRank = (token: string) => {
  const name = /^\[([^=\]]+)/.exec(token)?.[1] ?? '';
  const i = NAMED_ATTRS.indexOf(name);
  return i >= 0 ? i : NAMED_ATTRS.length;
};

/** The meaningful simple selectors of one element, best first (without its tag name). */
export function meaningfulTokens(el: Element): string[] {
  const best: string[] = [];
  const data: string[] = [];
  const rest: string[] = [];
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    if (isGeneratedAttrName(name) || TEXT_ATTRS.has(name) || STATE_ATTRS.has(name)) continue;
    if (name.startsWith('data-') || name.startsWith('aria-') || DIRECTIVE_ATTRS.includes(name)) {
      const target = /^data-(?:testid|test|qa|test-id|cy|role|section|kind|type|direction|author|from)$/.test(name) ? best : data;
      if (value && !looksGenerated(value)) {
        target.push(`[${name}=${attrValue(value)}]`);
        // The bare attribute names the kind when the value names the instance (a sender, a tag).
        rest.push(`[${name}]`);
      } else target.push(`[${name}]`);
    } else if (NAMED_ATTRS.includes(name)) {
      if (name === 'datetime') rest.push('[datetime]');
      else if (name === 'contenteditable') rest.push(value === 'false' ? '' : '[contenteditable]');
      else if (value && !looksGenerated(value)) rest.push(`[${name}=${attrValue(value)}]`);
    }
  }
  const classes = Array.from(el.classList)
    .filter((c) => !isStateClass(c) && !isHashedClass(c))
    .map((c) => `.${cssEscape(c)}`);
  const id = el.id && !looksGenerated(el.id) && !/\d/.test(el.id) ? [`#${cssEscape(el.id)}`] : [];
  const named = rest.filter(Boolean).sort((a, b) => namedRank(a) - namedRank(b));
  return [...best, ...data, ...named, ...classes, ...id];
}

const count = (scope: ParentNode, selector: string): number => {
  try {
    return scope.querySelectorAll(selector).length;
  } catch {
    return -1;
  }
};

const first = (scope: ParentNode, selector: string): Element | null => {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
};

/** Candidate simple selectors for an element: its tokens alone, then with the tag name, then the tag name alone. */
function simpleCandidates(el: Element): string[] {
  const tag = el.localName;
  const tokens = meaningfulTokens(el);
  const out: string[] = [];
  for (const t of tokens) out.push(t);
  for (const t of tokens) out.push(tag + t);
  for (const [i, first] of tokens.entries()) for (const second of tokens.slice(i + 1, 4)) out.push(first + second);
  out.push(tag);
  return [...new Set(out)];
}

/** Ancestors of `el` strictly inside `scope` (nearest first). */
function ancestorsWithin(el: Element, scope: ParentNode): Element[] {
  const out: Element[] = [];
  for (let a = el.parentElement; a && a !== scope && a.localName !== 'body' && a.localName !== 'html'; a = a.parentElement) out.push(a);
  return out;
}

/** The element's place among its parent's children of the same tag, for the rare path that needs it. */
function nthOfType(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return el.localName;
  const same = Array.from(parent.children).filter((c) => c.localName === el.localName);
  return same.length === 1 ? el.localName : `${el.localName}:nth-of-type(${same.indexOf(el) + 1})`;
}

/**
 * A selector that, queried in `scope`, finds `el` first and as the only match when it can.
 * Tries, in order: the element's own meaningful tokens; a meaningful ancestor plus those; and last a short
 * child path from the nearest meaningful ancestor (tag names and positions, never hashed classes).
 */
export function uniqueSelector(el: Element, scope: ParentNode): string | null {
  const own = simpleCandidates(el);
  const hits = (s: string) => count(scope, s) === 1 && first(scope, s) === el;
  for (const s of own) if (hits(s)) return s;
  const ancestors = ancestorsWithin(el, scope).slice(0, 8);
  for (const a of ancestors) {
    for (const at of meaningfulTokens(a).slice(0, 4)) {
      for (const s of own) {
        const sel = `${at} ${s}`;
        if (hits(sel)) return sel;
      }
    }
  }
  // A child path up to the nearest ancestor that has a meaningful token of its own (or the scope).
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tokens = meaningfulTokens(cur);
    const head = tokens.length ? cur.localName + tokens[0] : null;
    if (head && cur !== el) {
      const sel = [head, ...steps].join(' > ');
      if (hits(sel)) return sel;
    }
    if (cur !== el && (cur === scope || cur.parentElement === null || cur.localName === 'body')) {
      const sel = steps.join(' > ');
      return sel && hits(sel) ? sel : null;
    }
    steps.unshift(cur === el && head ? head : nthOfType(cur));
    if (steps.length > 8) break;
    if (cur.parentNode === scope) {
      const sel = (scope instanceof Element || (scope as Node).nodeType === 11 ? ':scope > ' : '') + steps.join(' > ');
      if (hits(sel)) return sel;
    }
  }
  return null;
}

/** What two elements are, compared when looking for siblings of the same kind. */
function signature(el: Element): string {
  const classes = Array.from(el.classList).filter((c) => !isStateClass(c));
  // Hashed classes are fine to compare within one page: they are only unfit to be saved.
  return el.localName + '|' + classes.sort().slice(0, 1).join('.');
}

/**
 * The repeated item the pointed element belongs to: the nearest element (itself or an ancestor inside
 * `scope`) whose parent holds at least one more child of the same kind. Null when there is none.
 */
export function repeatedItem(el: Element, scope: ParentNode): { item: Element; siblings: Element[] } | null {
  // The level with the most like siblings wins, the outer one on a tie: a note's two classless lines are
  // siblings too, but the notes themselves are the list.
  let best: { item: Element; siblings: Element[] } | null = null;
  let depth = 0;
  for (let cur: Element | null = el; cur && cur !== scope && cur.localName !== 'body' && depth < 8; cur = cur.parentElement, depth++) {
    const parent = cur.parentElement;
    if (!parent) break;
    const sig = signature(cur);
    const siblings = Array.from(parent.children).filter((c) => signature(c) === sig);
    if (siblings.length > 1 && (!best || siblings.length >= best.siblings.length)) best = { item: cur, siblings };
    if (parent === scope) break;
  }
  return best;
}

/** Tokens every element of `els` carries. */
function commonTokens(els: Element[]): string[] {
  const [head, ...rest] = els;
  if (!head) return [];
  return meaningfulTokens(head).filter((t) => rest.every((e) => safeMatches(e, t)));
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * A selector for the item and all its like siblings, queried in `scope`: their common meaningful tokens,
 * qualified by an ancestor when the tokens alone reach elsewhere too.
 */
export function groupSelector(item: Element, siblings: Element[], scope: ParentNode): string | null {
  const tag = item.localName;
  const tokens = commonTokens(siblings);
  const candidates = [...tokens, ...tokens.map((t) => tag + t), ...(tokens.length ? [] : [tag])];
  const coversAll = (s: string) => {
    const n = count(scope, s);
    return n >= siblings.length && siblings.every((e) => safeMatches(e, s)) && n <= siblings.length * 2;
  };
  const exact = (s: string) => count(scope, s) === siblings.length && siblings.every((e) => safeMatches(e, s));
  for (const s of candidates) if (exact(s)) return s;
  const parent = item.parentElement;
  if (parent) {
    const parentSel = parent === scope ? ':scope' : uniqueSelector(parent, scope);
    if (parentSel) for (const s of candidates) if (exact(`${parentSel} > ${s}`)) return `${parentSel} > ${s}`;
  }
  for (const s of candidates) if (coversAll(s)) return s;
  return null;
}

/** The child path from `item` down to `el` (tokens where they exist), to reach the same part of every item. */
function pathInside(el: Element, item: Element): string | null {
  if (el === item) return '';
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== item; cur = cur.parentElement) {
    const [token] = meaningfulTokens(cur);
    if (token !== undefined && safeCount(item, token) === 1) {
      steps.unshift(token);
      return steps.join(' > ').replace(/^(\S+) > /, '$1 > ');
    }
    steps.unshift(nthOfType(cur));
  }
  return ':scope > ' + steps.join(' > ');
}

const safeCount = (scope: ParentNode, s: string) => count(scope, s);

export type Cardinality = 'one' | 'many';

export interface GenerateResult {
  selector: string;
  /** The elements it matches in the scope now. */
  count: number;
}

/**
 * The selector for a profile key, from the element the operator pointed at.
 * `many`: the key matches a list (messages, tags, notes, options): pointing at one item generalizes to its
 * siblings. `itemIsTarget`: for `message` the item itself is wanted, wherever inside it the pointer was;
 * for a tag or a note, the pointed part of each item (a chip's name, not its remove button).
 */
export function selectorFor(el: Element, scope: ParentNode, cardinality: Cardinality, itemIsTarget = false): GenerateResult | null {
  if (cardinality === 'many') {
    const rep = repeatedItem(el, scope);
    if (rep) {
      const group = groupSelector(rep.item, rep.siblings, scope);
      if (group) {
        const inside = itemIsTarget ? '' : pathInside(el, rep.item);
        const selector =
          inside === ''
            ? group
            : inside === null
              ? null
              : inside.startsWith(':scope > ')
                ? `${group} > ${inside.slice(9)}`
                : `${group} ${inside}`;
        if (selector) {
          const n = count(scope, selector);
          if (n > 0) return { selector, count: n };
        }
      }
    }
  }
  const selector = uniqueSelector(el, scope);
  if (!selector) return null;
  if (cardinality === 'many') {
    // One item with no siblings yet: its own kind, so that later ones match too.
    const general = simpleCandidates(el).find((s) => count(scope, s) >= 1 && safeMatches(el, s) && s !== el.localName);
    if (general && count(scope, general) <= 3) return { selector: general, count: count(scope, general) };
  }
  return { selector, count: count(scope, selector) };
}

/**
 * What tells a customer's message from a teammate's, as a selector tested on each message element:
 * a token the customer's message has and the teammate's lacks, or else the teammate's token negated,
 * or else a part inside the message only one of them holds.
 */
export function distinguishingSelector(customer: Element, operator: Element, messages: Element[]): string | null {
  const splits = (s: string) => safeMatches(customer, s) && !safeMatches(operator, s);
  const agrees = (s: string) => messages.some((m) => !safeMatches(m, s)) || messages.length < 2;
  for (const t of meaningfulTokens(customer)) if (splits(t) && agrees(t)) return t;
  for (const t of meaningfulTokens(operator)) {
    const s = `:not(${t})`;
    if (splits(s) && agrees(s)) return s;
  }
  const partTokens = (el: Element) =>
    new Set(
      Array.from(el.querySelectorAll('*'))
        .slice(0, 200)
        .flatMap((d) => meaningfulTokens(d)),
    );
  const theirs = partTokens(operator);
  for (const t of partTokens(customer)) {
    if (theirs.has(t)) continue;
    const s = `:has(${t})`;
    if (splits(s) && agrees(s)) return s;
  }
  for (const t of theirs) {
    const s = `:not(:has(${t}))`;
    if (splits(s) && agrees(s)) return s;
  }
  return null;
}

/** Why an element cannot be taught, or null when it can. */
export type PointRefusal = 'page' | 'sidebar' | 'frame' | 'outside';

export function refusalFor(el: Element | null, sidebarHost: string): PointRefusal | null {
  if (!el) return 'page';
  if (el.localName === 'html' || el.localName === 'body') return 'page';
  if (el.closest(sidebarHost)) return 'sidebar';
  if (el.localName === 'iframe' || el.localName === 'frame' || el.localName === 'object' || el.localName === 'embed') return 'frame';
  return null;
}
