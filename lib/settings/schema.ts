import * as v from 'valibot';
import { PROFILE_KEYS, type ProfileKey } from '../carrotquest/profile-keys';
import { urlPatternError } from '../carrotquest/url-pattern';
import { sshPublicKeyError } from './ssh-key';
import { kbTemplateError } from '../escalation/kb-template';

import { SETTINGS_VERSION } from './version';
import { defaultApiSettings } from './api-defaults';
import { DEFAULT_DUTY_DAYS, QUEUE_MESSAGE, defaultQueueAlert } from './playbook-defaults';

export { SETTINGS_VERSION };

const MAX_SELECTOR = 1000;

/** Checks that `selector` parses as CSS; null when it does, the parser's complaint when not. */
export function cssSelectorError(selector: string): string | null {
  if (!selector.trim()) return 'empty selector';
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return null; // no DOM (Node tools): the page checks again when it uses it
  try {
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch {
    return `invalid CSS selector "${selector}"`;
  }
}

/** A `dialogueUrl` pattern runs on every page read: only shapes with a bounded worst case pass. */
export const regexError = urlPatternError;

const selectorList = (check: (s: string) => string | null) =>
  v.pipe(
    v.union(
      [v.string(), v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one selector'))],
      'must be a string or an array of strings',
    ),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const list = Array.isArray(dataset.value) ? dataset.value : [dataset.value];
      for (const s of list) {
        const err = s.length > MAX_SELECTOR ? 'selector too long' : check(s);
        if (err) {
          addIssue({ message: err });
          return;
        }
      }
    }),
  );

const selectorEntries = Object.fromEntries(
  PROFILE_KEYS.map((k) => [k, v.optional(selectorList(k === 'dialogueUrl' ? regexError : cssSelectorError))]),
) as Record<ProfileKey, v.OptionalSchema<ReturnType<typeof selectorList>, undefined>>;

export const SelectorsSchema = v.strictObject(selectorEntries);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const hhmm = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'));

export const TagDefSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'empty tag name'), v.maxLength(100)),
  description: v.optional(text(2000), ''),
  keywords: v.optional(v.array(text(200)), []),
});

export const ReplyTextSchema = v.strictObject({
  ru: v.optional(text(20000)),
  en: v.optional(text(20000)),
});

export const ReplySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'must be letters, digits, dot, dash or underscore')),
  title: v.strictObject({ ru: v.optional(text(200)), en: v.optional(text(200)) }),
  text: ReplyTextSchema,
  keywords: v.optional(v.array(text(200)), []),
  enabled: v.optional(v.boolean(), true),
});

const weekday = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7));

export const ShiftSchema = v.strictObject({
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  days: v.array(weekday),
  start: hhmm,
  end: hhmm,
  /** A duty shift (the Saturday one): threads in #tech-questions only for blocking issues. */
  duty: v.optional(v.boolean()),
});

/** Whether `text` is an https origin alone: no wildcard, path, query, credentials or plain http. */
export function isPanelOrigin(text: string): boolean {
  if (text.includes('*')) return false;
  try {
    const u = new URL(text);
    return u.protocol === 'https:' && u.origin === text;
  } catch {
    return false;
  }
}

const url = v.union([v.literal(''), v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must start with https://'))]);

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** CarrotQuest API mode. The key itself is per operator and never part of settings (lib/api/credentials.ts). */
export const ApiSettingsSchema = v.strictObject({
  /** Requests started per minute at most; CarrotQuest publishes no limit, so the team picks one. */
  requestsPerMinute: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10, 'at least 10'), v.maxValue(6000, 'at most 6000')), 600),
  /** Tags go through the API only when the page's tag field is not found (`fallback`), or always. */
  tagsVia: v.optional(v.picklist(['fallback', 'always'], 'must be "fallback" or "always"'), 'fallback'),
  /** How far back "Learn from CarrotQuest history" reads. */
  historyDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(730)), 90),
});

export const QueueAlertSchema = v.strictObject({
  /** Unanswered dialogues (the panel's counter, profile key `queueCount`) from which hands are called. */
  threshold: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10000)), 10),
  /** How long the counter stays at or above the threshold first; 0 calls at once. */
  minutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(240)), 5),
  /** The team's words; `{count}` is the counter, added at the end when the text does not place it. */
  message: v.optional(
    v.pipe(v.string(), v.trim(), v.minLength(1, 'empty message'), v.maxLength(500, 'longer than 500 characters')),
    QUEUE_MESSAGE,
  ),
  /** The #workspace channel's id (Slack links take ids); empty opens the team's workspace. */
  channelId: v.optional(v.pipe(v.string(), v.regex(/^(|[CG][A-Z0-9]{2,})$/, 'must look like C0123ABC')), ''),
});

export const SettingsSchema = v.strictObject({
  /** Older documents are migrated before validation (migrate.ts), so only this build's version is left here. */
  version: v.literal(SETTINGS_VERSION),
  carrotquest: v.strictObject({
    selectors: SelectorsSchema,
    /** The team's own panel origins (a white-label or new host), beside the built-in panel addresses. */
    panelHosts: v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.maxLength(300, 'longer than 300 characters'),
          v.check(isPanelOrigin, 'must be an https origin alone, such as https://support.example.com (no wildcard, path or http)'),
        ),
      ),
      v.maxLength(50, 'more than 50 addresses'),
    ),
  }),
  tags: v.array(TagDefSchema),
  replies: v.array(ReplySchema),
  slack: v.strictObject({
    teamId: v.pipe(v.string(), v.regex(/^(|T[A-Z0-9]{2,})$/, 'must look like T0123ABC')),
    channelId: v.pipe(v.string(), v.regex(/^(|[CG][A-Z0-9]{2,})$/, 'must look like C0123ABC')),
    /** Off by default: posting sends text out of the browser, so the operator opts in. */
    webhookUrl: url,
    webhookEnabled: v.boolean(),
  }),
  jira: v.strictObject({
    baseUrl: url,
    projectKey: v.pipe(v.string(), v.regex(/^(|[A-Z][A-Z0-9_]{1,19})$/, 'must be a project key such as SUPPORT')),
    projectId: v.pipe(v.string(), v.regex(/^\d*$/, 'must be a number')),
    issueTypeId: v.pipe(v.string(), v.regex(/^\d*$/, 'must be a number')),
  }),
  targets: v.pipe(
    v.strictObject({
      floor: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      goal: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      longHeldHours: v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 30)),
    }),
    v.check((t) => t.floor <= t.goal, 'floor must not be above goal'),
  ),
  operator: v.strictObject({
    name: text(200),
    language: v.picklist(['auto', 'ru', 'en']),
    timeZone: v.pipe(v.string(), v.check(isTimeZone, 'unknown time zone')),
    shifts: v.array(ShiftSchema),
    /** The team's shared public key (never a personal one), offered in the SSH reply. */
    sshPublicKey: v.pipe(
      text(8000),
      v.rawCheck(({ dataset, addIssue }) => {
        const err = dataset.typed ? sshPublicKeyError(dataset.value) : null;
        if (err) addIssue({ message: err });
      }),
    ),
    retentionDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650)),
    teamSettingsUrl: url,
  }),
  api: v.optional(ApiSettingsSchema, defaultApiSettings),
  /**
   * The team's playbook: after how many minutes of a customer waiting the acknowledgement comes first, and the
   * duty days (ISO weekdays), when #tech-questions is for critical dialogues only.
   */
  playbook: v.optional(
    v.strictObject({
      waitMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)), 5),
      dutyDays: v.optional(v.pipe(v.array(weekday), v.maxLength(7)), [...DEFAULT_DUTY_DAYS]),
    }),
    { waitMinutes: 5, dutyDays: [...DEFAULT_DUTY_DAYS] },
  ),
  /** The call for hands in #workspace when the unanswered dialogues pile up during the shift. */
  queueAlert: v.optional(QueueAlertSchema, defaultQueueAlert),
  /**
   * Where an operator looks for help before asking developers (shared by the team file): the knowledge
   * base's search address (`{query}` where the words go), `#team-cs`, and the senior teammates a
   * conflict is handed over to, by their names in the panel.
   */
  help: v.optional(
    v.strictObject({
      kbSearchUrl: v.optional(
        v.pipe(
          text(2000),
          v.rawCheck(({ dataset, addIssue }) => {
            const err = dataset.typed ? kbTemplateError(dataset.value) : null;
            if (err) addIssue({ message: err });
          }),
        ),
        '',
      ),
      teamChannelId: v.optional(v.pipe(v.string(), v.regex(/^(|[CG][A-Z0-9]{2,})$/, 'must look like C0123ABC')), ''),
      seniors: v.optional(
        v.pipe(
          v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'empty name'), v.maxLength(200))),
          v.maxLength(50, 'more than 50 names'),
        ),
        [],
      ),
    }),
    { kbSearchUrl: '', teamChannelId: '', seniors: [] },
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type TagDef = v.InferOutput<typeof TagDefSchema>;
export type Reply = v.InferOutput<typeof ReplySchema>;
export type Shift = v.InferOutput<typeof ShiftSchema>;
export type Language = 'ru' | 'en';
export type ApiSettings = v.InferOutput<typeof ApiSettingsSchema>;
export type QueueAlert = v.InferOutput<typeof QueueAlertSchema>;
