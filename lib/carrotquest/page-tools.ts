import { captureFileName, capturePage, type PageCapture } from './capture';
import { pickElement, type PickOptions } from './pick-mode';
import type { ResolvedProfile } from './profile';
import type { ProfileKey } from './profile-keys';
import { countFor, teachFromCustomer, teachSelector, type TeachResult } from './teach';

/**
 * The page tools: pick mode, the selector generator and the page capture. They load only when the operator
 * asks for one (entrypoints/page-tools.ts, injected into the panel tab's extension world), so the content
 * script that runs on every panel page stays small (components/teach/tools.ts finds them).
 */
export interface PageTools {
  pick(options: Omit<PickOptions, 'doc'>): Promise<Element | null>;
  teach(el: Element, key: ProfileKey, profile: ResolvedProfile, hostName: string): TeachResult;
  teachFromCustomer(customer: Element, operator: Element, profile: ResolvedProfile, hostName: string): TeachResult;
  count(key: ProfileKey, selector: string, profile: ResolvedProfile): number;
  capture(profile: ResolvedProfile, version: string, hostName: string): PageCapture;
  fileName(capture: PageCapture): string;
}

export function createPageTools(doc: Document = document): PageTools {
  return {
    pick: (options) => pickElement({ ...options, doc }),
    teach: (el, key, profile, hostName) => teachSelector(doc, el, key, profile, hostName),
    teachFromCustomer: (c, o, profile, hostName) => teachFromCustomer(doc, c, o, profile, hostName),
    count: (key, selector, profile) => countFor(doc, key, selector, profile),
    capture: (profile, version, hostName) =>
      capturePage(doc, doc.defaultView?.location.href ?? '', profile, version, { skip: (el) => el.localName === hostName }),
    fileName: captureFileName,
  };
}
