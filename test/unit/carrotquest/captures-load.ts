import fs from 'node:fs';
import path from 'node:path';
import type { PageCapture } from '../../../lib/carrotquest/capture';
import type { SelectorProfile } from '../../../lib/carrotquest/profile-keys';

export const CAPTURES_DIR = path.resolve(__dirname, '../../fixtures/captures');

export function captureNames(): string[] {
  return fs
    .readdirSync(CAPTURES_DIR)
    .filter((f) => f.endsWith('.capture.json'))
    .map((f) => f.slice(0, -'.capture.json'.length))
    .sort();
}

export function readCapture(name: string): PageCapture {
  return JSON.parse(fs.readFileSync(path.join(CAPTURES_DIR, `${name}.capture.json`), 'utf8'));
}

/** `NAME.profile.json` beside a capture: a settings document or a bare selector profile; null when absent. */
export function readCaptureProfile(name: string): Partial<SelectorProfile> | null {
  const file = path.join(CAPTURES_DIR, `${name}.profile.json`);
  if (!fs.existsSync(file)) return null;
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  return doc?.carrotquest?.selectors ?? doc;
}

/** Puts a capture's structure into the test document, as the page was. */
export function loadCapture(capture: PageCapture): void {
  document.documentElement.innerHTML = `<head></head>${capture.html}`;
}
