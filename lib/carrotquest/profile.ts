import { DEFAULT_PROFILE } from './default-profile';
import { URL_TEST_CAP, urlPatternError } from './url-pattern';
import { PROFILE_KEYS, type ProfileKey, type SelectorProfile, type SelectorValue } from './profile-keys';

/** A profile with every key as a list of fallbacks, ready to query. */
export type ResolvedProfile = Record<ProfileKey, string[]>;

const asList = (value: SelectorValue | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The user's override replaces a key's fallbacks whole, so what they wrote is exactly what runs;
 * keys they leave out keep the built-in fallbacks.
 */
export function resolveProfile(override: Partial<SelectorProfile> = {}, base: SelectorProfile = DEFAULT_PROFILE): ResolvedProfile {
  const out = {} as ResolvedProfile;
  for (const key of PROFILE_KEYS) out[key] = asList(override[key] ?? base[key]);
  return out;
}

/** querySelector over fallbacks; a selector the browser rejects counts as no match rather than throwing into the panel. */
export function queryFirst(scope: ParentNode, selectors: string[]): Element | null {
  for (const s of selectors) {
    try {
      const el = scope.querySelector(s);
      if (el) return el;
    } catch {
      /* invalid selector: try the next fallback */
    }
  }
  return null;
}

/** All matches of the first fallback that matches anything. */
export function queryAllFirst(scope: ParentNode, selectors: string[]): Element[] {
  for (const s of selectors) {
    try {
      const list = scope.querySelectorAll(s);
      if (list.length) return Array.from(list);
    } catch {
      /* next fallback */
    }
  }
  return [];
}

export function matchesAny(el: Element, selectors: string[]): boolean {
  for (const s of selectors) {
    try {
      if (el.matches(s)) return true;
    } catch {
      /* next fallback */
    }
  }
  return false;
}

// Patterns are checked once each: stored settings reach the page without the validator.
const compiled = new Map<string, RegExp | null>();

function safePattern(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    re = urlPatternError(source) === null ? new RegExp(source) : null;
    if (compiled.size > 100) compiled.clear();
    compiled.set(source, re);
  }
  return re;
}

/** The dialogue id from the URL: group 1 of the first pattern that matches; unsafe patterns are skipped. */
export function dialogueIdFromUrl(href: string, patterns: string[]): string | null {
  const tested = href.length > URL_TEST_CAP ? href.slice(0, URL_TEST_CAP) : href;
  for (const p of patterns) {
    const m = safePattern(p)?.exec(tested);
    if (m?.[1]) return m[1];
  }
  return null;
}
