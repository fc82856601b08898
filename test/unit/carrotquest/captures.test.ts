// Every page capture in test/fixtures/captures/ is read with the built-in profile, and with NAME.profile.json
// when one lies beside it; a key that matches nothing there fails the test and is named.
import { describe, expect, it } from 'vitest';
import { CAPTURE_FORMAT, matchReport } from '../../../lib/carrotquest/capture';
import { resolveProfile } from '../../../lib/carrotquest/profile';
import type { ProfileKey } from '../../../lib/carrotquest/profile-keys';
import { captureNames, loadCapture, readCapture, readCaptureProfile } from './captures-load';

/** The drop-down exists only while the operator types: no capture of a page at rest has it. */
const NEVER_AT_REST = new Set<ProfileKey>(['tagOption']);
/**
 * Parts a page at rest may lack: attachments (a captured dialogue whose customer sent no image or file has none), and
 * the assign control, which captures taken before the panel fixture had one do not show (it is judged on hand-over).
 */
const SOME_DIALOGUES = new Set<ProfileKey>(['messageAttachment', 'assignControl']);
/**
 * Parts a captured page does not have at all (the second fixture has no email, notes or copy-link control; in the
 * hashed one only the conversation list carries ids, the open dialogue does not; neither shows an unanswered counter).
 */
const ABSENT: Record<string, ProfileKey[]> = {
  alt: ['copyLink', 'customerEmail', 'customerNotes', 'queueCount'],
  hashed: ['dialogueId', 'queueCount'],
};

const unmatched = (name: string, report: Partial<Record<ProfileKey, number>>) =>
  (Object.keys(report) as ProfileKey[]).filter(
    (k) => report[k] === 0 && !NEVER_AT_REST.has(k) && !SOME_DIALOGUES.has(k) && !(ABSENT[name] ?? []).includes(k),
  );

describe('page captures', () => {
  const names = captureNames();

  it("holds the captures of the project's own fixtures", () => {
    expect(names).toEqual(expect.arrayContaining(['alt', 'hashed', 'panel']));
  });

  for (const name of names) {
    it(`${name}: every key matches with ${readCaptureProfile(name) ? `${name}.profile.json` : 'the built-in profile'}`, () => {
      const capture = readCapture(name);
      expect(capture.format).toBe(CAPTURE_FORMAT);
      loadCapture(capture);
      const builtIn = unmatched(name, matchReport(document, capture.url, resolveProfile()));
      const own = readCaptureProfile(name);
      if (builtIn.length) console.info(`[captures] ${name}: the built-in profile matches nothing for ${builtIn.join(', ')}`);
      const missing = own ? unmatched(name, matchReport(document, capture.url, resolveProfile(own))) : builtIn;
      expect(missing, `${name}: keys that match nothing`).toEqual([]);
    });
  }
});
