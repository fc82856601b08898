/**
 * The shapes the background accepts, one per message: a payload is checked before its handler runs, and
 * one that does not fit is refused with the first bad field named. Imported by the background only.
 * Settings slices are checked loosely (their exact shape is the settings validator's job, and stored
 * settings were validated when written); what the handlers read is checked for its type.
 */
import * as v from 'valibot';
import { PROFILE_KEYS } from '../carrotquest/profile-keys';
import { WEBHOOK_TEXT_MAX } from '../background/webhook';
import { ROW_LIMITS } from '../db/rows';
import { DRAFT_SENT_MAX } from '../replies/draft-bounds';

const LEVELS = ['simple', 'complex', 'critical', 'proposal'] as const;
const LANGUAGES = ['ru', 'en'] as const;

// As long as a stored row's id may be (lib/db/rows.ts): a dialogue the channel takes can be stored and restored.
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(ROW_LIMITS.id));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.finite());

export const Message = v.object({
  fromCustomer: v.boolean(),
  text: v.string(),
  time: v.optional(v.string()),
  author: v.optional(v.string()),
  attachment: v.optional(v.boolean()),
});
export const Messages = v.array(Message);

const Customer = v.object({ name: v.optional(v.string()), email: v.optional(v.string()), id: v.optional(v.string()) });

export const Snapshot = v.object({
  id: v.nullable(id),
  link: v.nullable(v.string()),
  url: v.string(),
  customer: Customer,
  notes: v.array(v.string()),
  messages: Messages,
  tags: v.array(v.string()),
  tagsSince: v.optional(time),
  pageIdAgrees: v.optional(v.boolean()),
  operator: v.optional(v.string()),
  assignee: v.optional(v.string()),
  queueCount: v.optional(v.number()),
  matched: v.array(v.picklist(PROFILE_KEYS)),
  missing: v.array(v.picklist(PROFILE_KEYS)),
  readAt: time,
});

/** What the escalation and replies builders read of a dialogue. */
const DialogueView = v.object({
  id: v.nullable(id),
  link: v.nullable(v.string()),
  customer: Customer,
  messages: Messages,
  tags: v.optional(v.array(v.string())),
  operator: v.optional(v.string()),
});

const Slack = v.looseObject({ teamId: v.string(), channelId: v.string(), webhookUrl: v.string(), webhookEnabled: v.boolean() });
const Jira = v.looseObject({ baseUrl: v.string(), projectKey: v.string(), projectId: v.string(), issueTypeId: v.string() });
const JiraSite = v.looseObject({ baseUrl: v.string(), projectKey: v.string() });
const Operator = v.looseObject({
  name: v.string(),
  language: v.string(),
  timeZone: v.string(),
  shifts: v.array(v.unknown()),
  sshPublicKey: v.string(),
});
const Replies = v.array(v.looseObject({ id: v.string(), title: v.looseObject({}), text: v.looseObject({}) }));
const Language = v.picklist(LANGUAGES);
const Typed = v.record(v.string(), v.string());

const Choices = v.object({
  problemLine: v.string(),
  problemType: v.string(),
  includedSecrets: v.array(count),
  summary: v.nullable(v.string()),
  errorText: v.optional(v.pipe(v.string(), v.maxLength(20000))),
});

const ReplyContext = {
  snapshot: DialogueView,
  settings: v.looseObject({ operator: Operator, replies: Replies, playbook: v.optional(v.looseObject({ waitMinutes: count })) }),
  uiLang: Language,
  replyLang: v.nullable(Language),
  now: time,
};

const EscalationRefs = { slackRef: v.optional(v.string()), jiraKey: v.optional(v.string()), jiraUrl: v.optional(v.string()) };

/** One schema per message, by message name. */
const Selector = v.pipe(v.string(), v.trim(), v.minLength(1, 'empty selector'), v.maxLength(1000, 'selector too long'));

export const inputs = {
  saveSelector: v.object({ key: v.picklist(PROFILE_KEYS), selector: Selector }),
  teachInTab: v.object({ key: v.picklist(PROFILE_KEYS) }),
  captureInTab: v.undefined(),
  syncTeamPanels: v.undefined(),
  // A panel address from the popup's lists: opened in a tab, so only a web address.
  openDialogueInPanel: v.object({
    link: v.pipe(v.string(), v.maxLength(2000, 'link too long'), v.url(), v.regex(/^https?:\/\//i, 'not a web address')),
  }),
  recordSnapshot: Snapshot,
  suggestTags: v.object({ messages: Messages, dialogueId: v.optional(id), tags: v.optional(v.array(v.string())) }),
  retagging: v.object({ dialogueId: id, tag: v.pipe(v.string(), v.minLength(1), v.maxLength(ROW_LIMITS.tag)) }),
  importHistory: v.object({ items: v.array(v.object({ messages: Messages, tags: v.array(v.string()) })) }),
  reloadModels: v.undefined(),
  knownTags: v.undefined(),
  setComplexity: v.object({ dialogueId: id, level: v.picklist(LEVELS), text: v.string() }),
  recordEscalation: v.object({ dialogueId: id, summary: v.string(), customerMessageCount: count, ...EscalationRefs }),
  updateEscalation: v.object({ id: count, ...EscalationRefs }),
  // Plain text: the background builds the body. Longer than any draft is refused before it runs.
  postWebhook: v.object({ text: v.pipe(v.string(), v.maxLength(WEBHOOK_TEXT_MAX)) }),
  escalationStart: v.object({
    dialogue: DialogueView,
    settings: v.looseObject({ slack: Slack, jira: Jira, replies: Replies, operator: Operator }),
    lang: Language,
    jiraRef: v.nullable(v.string()),
    acknowledge: v.boolean(),
    now: time,
  }),
  escalationPanel: v.object({
    dialogue: DialogueView,
    choices: Choices,
    settings: v.looseObject({ slack: Slack, jira: Jira }),
    lang: Language,
    jiraRef: v.nullable(v.string()),
  }),
  handoverNote: v.object({ senior: v.pipe(v.string(), v.maxLength(200)), link: v.nullable(v.string()), lang: Language }),
  searchHelp: v.object({
    messages: Messages,
    link: v.nullable(v.string()),
    settings: v.object({
      slack: v.object({ teamId: v.string() }),
      help: v.object({ kbSearchUrl: v.string(), teamChannelId: v.string() }),
    }),
    lang: Language,
  }),
  escalationNewDetails: v.object({
    messages: Messages,
    escalation: v.looseObject({ customerMessageCount: count }),
    sinceCount: count,
    includedSecrets: v.array(count),
    lang: Language,
  }),
  escalationLine: v.object({
    record: v.object({ at: time, jiraKey: v.optional(v.string()), slackRef: v.optional(v.string()) }),
    now: time,
    lang: Language,
  }),
  escalationRefs: v.object({ slack: v.string(), jira: v.string(), jiraSettings: JiraSite }),
  repliesView: v.object({ ...ReplyContext, level: v.nullable(v.picklist(LEVELS)), query: v.string(), typed: v.record(v.string(), Typed) }),
  prepareInsert: v.object({ ...ReplyContext, replyId: v.string(), typed: Typed }),
  rateComplexity: v.object({ messages: Messages }),
  // The content script sends only the checked part of a long draft (lib/replies/draft-check.ts, checkedText).
  checkDraft: v.object({ text: v.pipe(v.string(), v.maxLength(DRAFT_SENT_MAX)), caret: count }),
  apiStatus: v.undefined(),
  apiConnect: v.object({ key: v.pipe(v.string(), v.maxLength(500)) }),
  apiSetOperator: v.object({ adminId: v.pipe(v.string(), v.regex(/^\d{0,20}$/, 'must be an admin id')) }),
  apiDisconnect: v.undefined(),
  apiHistoryStart: v.object({ resume: v.boolean() }),
  apiHistoryCancel: v.undefined(),
  apiHistoryState: v.undefined(),
  apiSync: v.object({ wait: v.boolean() }),
  apiTeamView: v.object({ sync: v.boolean() }),
  apiDialogue: v.object({ snapshot: Snapshot, lang: Language, refresh: v.boolean() }),
  apiAssign: v.object({
    dialogueId: v.pipe(v.string(), v.regex(/^\d{1,20}$/, 'must be a dialogue id')),
    name: v.pipe(v.string(), v.trim(), v.minLength(1, 'empty name'), v.maxLength(200)),
    lang: Language,
  }),
  apiTag: v.object({
    dialogueId: v.pipe(v.string(), v.regex(/^\d{1,20}$/, 'must be a dialogue id')),
    tag: v.pipe(
      v.string(),
      v.trim(),
      v.minLength(1),
      v.maxLength(255),
      v.check((t) => !t.includes(','), 'a tag may not contain a comma'),
    ),
    action: v.picklist(['add', 'remove']),
    lang: Language,
  }),
};
