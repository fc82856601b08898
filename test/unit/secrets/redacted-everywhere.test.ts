import { describe, expect, it } from 'vitest';
import { cutMessageText, MESSAGE_TEXT_CAP } from '../../../lib/carrotquest/read';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { mergeSnapshot } from '../../../lib/db/dialogue-record';
import { buildJiraTask } from '../../../lib/escalation/jira-link';
import { buildSlackDraft, newDetailsReply, renderDraftText } from '../../../lib/escalation/slack-draft';
import { findSecrets, redactSecrets } from '../../../lib/secrets/detect';
import { defaultSettings } from '../../../lib/settings/defaults';
import { afterKeyMaterial, SECRET_SAMPLES, visible } from './samples';

const snapshot = (texts: string[]): DialogueSnapshot => ({
  id: '1204567890123456001',
  link: 'https://app.carrotquest.io/panel/1/conversations/1204567890123456001',
  url: 'https://app.carrotquest.io/panel/1/conversations/1204567890123456001',
  customer: { name: 'Ivan' },
  notes: [],
  messages: texts.map((text) => ({ fromCustomer: true, text })),
  tags: [],
  matched: [],
  missing: [],
  readAt: 1,
});

const jira = {
  ...defaultSettings().jira,
  baseUrl: 'https://jira.example.com',
  projectKey: 'SUPPORT',
  projectId: '10000',
  issueTypeId: '10001',
};

function storedText(text: string): string {
  const r = mergeSnapshot(undefined, snapshot([cutMessageText(text)]), { now: 1, dayKey: () => '2026-01-01', redact: redactSecrets });
  return r!.record.customerText;
}

function slackDraft(text: string): string {
  const draft = buildSlackDraft({
    problemLine: 'SSL is not issued',
    messages: [{ fromCustomer: true, text }],
    dialogueLink: null,
    problemType: 'tracker',
    lang: 'en',
  });
  return renderDraftText(draft, 'en');
}

function jiraUrl(text: string): string {
  const task = buildJiraTask({
    jira,
    lang: 'en',
    problemType: 'tracker',
    problem: text,
    summary: text,
    dialogueLink: null,
    messages: [{ fromCustomer: true, text }],
  });
  return decodeURIComponent(task.url!);
}

function detailsReply(text: string): string {
  return newDetailsReply([{ fromCustomer: true, text }], { lang: 'en' }).text;
}

describe('secrets after public key material', () => {
  for (const c of afterKeyMaterial()) {
    it(`hides ${c.name} in stored text, the Slack draft, the Jira URL and the new-details reply`, () => {
      expect(visible(storedText(c.text))).not.toContain(c.value);
      expect(visible(slackDraft(c.text))).not.toContain(c.value);
      expect(visible(jiraUrl(c.text))).not.toContain(c.value);
      expect(visible(detailsReply(c.text))).not.toContain(c.value);
    });
  }

  it('still leaves the public key material itself alone', () => {
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ivan@laptop';
    expect(findSecrets(key)).toEqual([]);
    const cert =
      '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTES\nMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYDVQQD\n-----END CERTIFICATE-----';
    expect(findSecrets(cert)).toEqual([]);
  });
});

describe('overlapping rules', () => {
  it('joins spans two rules see in part instead of dropping one', () => {
    // The password rule stops at the space; the quoted-value rule would take more: both parts go.
    const text = 'password: "Kx82 nnQ9" token=ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const out = redactSecrets(text);
    expect(out).not.toContain('Kx82');
    expect(out).not.toContain('nnQ9');
    expect(out).not.toContain('ghp_a1B2');
  });

  it('hides a private key whose BEGIN line was cut off', () => {
    const out = redactSecrets(
      'QyNTUxOQAAACDqXmR0cQtZ8Yf1b3BlbnNzaC1rZXktdjEAAAAABG5vbmU\nAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\nthanks',
    );
    expect(out).toBe('[secret removed]\nthanks');
  });
});

/** A small deterministic generator, so a failure names its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'hello',
  'the',
  'tracker',
  'does',
  'not',
  'open',
  'привет',
  'трекер',
  'не',
  'работает',
  'домен',
  'ssl',
  'please',
  'help',
  'campaign',
  'offer',
];

/** Random words and line breaks with samples at random offsets, about `size` characters. */
function randomText(random: () => number, size: number, secrets: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const w = WORDS[Math.floor(random() * WORDS.length)]!; // random() < 1
    parts.push(w, random() < 0.1 ? '\n' : ' ');
    length += w.length + 1;
  }
  for (let i = 0; i < secrets; i++) {
    const at = Math.floor(random() * parts.length);
    parts.splice(at, 0, ' ', SECRET_SAMPLES[Math.floor(random() * SECRET_SAMPLES.length)]!.text, random() < 0.5 ? '\n' : ' ');
  }
  return parts.join('');
}

/**
 * Pieces of a secret long enough to be worth something: its start and end, 8 characters each
 * (a key block's BEGIN and END lines are labels, not key material).
 */
function fragments(secret: string): string[] {
  const value = secret.replace(/-----(?:BEGIN|END) [A-Z0-9 ]+-----/g, '').trim();
  if (value.length < 8) return [value];
  return [value.slice(0, 8), value.slice(-8)];
}

describe('property: no redacted text keeps a secret findSecrets finds', () => {
  it('at random offsets', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = rng(seed);
      const text = randomText(random, 200 + Math.floor(random() * 2000), 1 + Math.floor(random() * 4));
      const out = redactSecrets(text);
      for (const s of findSecrets(text)) {
        const value = text.slice(s.start, s.end);
        expect(out, `seed ${seed}`).not.toContain(value);
      }
      for (const sample of SECRET_SAMPLES) if (text.includes(sample.text)) expect(out, `seed ${seed}`).not.toContain(sample.value);
    }
  });

  it('across the 20 kB message cut, whatever falls on the cut', () => {
    for (const sample of SECRET_SAMPLES) {
      for (let shift = 1; shift < sample.text.length; shift += Math.max(1, Math.floor(sample.text.length / 9))) {
        // The sample straddles the cut by `shift` characters.
        const before = randomText(rng(shift), MESSAGE_TEXT_CAP, 0).slice(0, MESSAGE_TEXT_CAP - sample.text.length + shift - 1);
        const text = `${before} ${sample.text} and more words after it`;
        const whole = findSecrets(text).map((s) => text.slice(s.start, s.end));
        const stored = storedText(text);
        for (const value of [...whole, sample.value]) {
          for (const piece of fragments(value)) expect(stored, `${sample.kind} shifted ${shift}`).not.toContain(piece);
        }
      }
    }
  });
});
