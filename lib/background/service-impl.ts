import { browser } from 'wxt/browser';
import type { DialogueSnapshot } from '../carrotquest/snapshot';
import { db } from '../db/database';
import { addEscalation, getDialogue, lastTagAdd, latestEscalation, recordSnapshot, updateEscalation } from '../db/dialogues';
import { askedSinceTagged, createRetagWindow, retagCandidate } from '../tags/retag';
import type { EscalationRecord } from '../db/schema';
import { redactSecrets } from '../secrets/detect';
import { resolveLanguage } from '../i18n/language';
import type { ComplexityFeedback, DialogueState, EscalationInput, SuggestInput, SuggestResult } from '../service-types';
import { loadSettings, migrateStoredSettings, onSettingsChanged } from '../settings/store';
import type { Settings } from '../settings/schema';
import { dayKey } from '../stats/day';
import { createComplexityHolder } from './complexity-holder';
import { createTagModelHolder } from './tag-model-holder';
import { runMaintenance, scheduleMaintenance } from './maintenance';
import { createWebhookPoster } from './webhook';
import { createWriteGuard } from './write-status';
import { createPrivateDialogues } from './private-dialogues';

export function createBackgroundService() {
  // Stored settings of an older version are brought to this version's shape before anything reads them.
  let settings: Promise<Settings> = migrateStoredSettings().then(loadSettings, loadSettings);
  onSettingsChanged((next) => {
    settings = Promise.resolve(next);
  });
  const tags = createTagModelHolder(db());
  const complexity = createComplexityHolder(db());
  const webhook = createWebhookPoster();
  const writing = createWriteGuard(browser.storage.session, async () => resolveLanguage((await settings).operator.language));
  // Private windows: recorded in memory only (lib/background/private-dialogues.ts).
  const privateDialogues = createPrivateDialogues();
  const retags = createRetagWindow();

  async function state(id: string, customerCount: number): Promise<DialogueState> {
    const [record, escalation] = await Promise.all([getDialogue(db(), id), latestEscalation(db(), id)]);
    return {
      record: record ?? null,
      escalation,
      newCustomerMessagesSinceEscalation: escalation ? Math.max(0, customerCount - escalation.customerMessageCount) : 0,
    };
  }

  return {
    async recordSnapshot(snap: DialogueSnapshot, privateWindow = false): Promise<DialogueState> {
      if (!snap.id) return { record: null, escalation: null, newCustomerMessagesSinceEscalation: 0 };
      const id = snap.id;
      const s = await settings;
      const ctx = {
        now: Date.now(),
        operatorName: s.operator.name,
        dayKey: (ms: number) => dayKey(ms, s.operator.timeZone),
        redact: redactSecrets,
      };
      if (privateWindow) return privateDialogues.record(snap, ctx);
      return writing(async () => {
        // A retag's removal ("Tag again") is recorded as a tag event, but the model learns no correction from it:
        // the tag was right, and it is added back for the new question.
        const merged = await recordSnapshot(db(), snap, ctx, (removed) => retags.corrections(id, removed));
        if (merged) retags.finish(id, merged.added);
        // Every other tag the operator adds or removes in the panel teaches the model (a removal is a correction).
        if (merged && (merged.added.length || merged.learnRemoved.length)) {
          await tags.learn(snap.messages, merged.added, merged.learnRemoved, merged.journalId);
        }
        return state(id, snap.messages.filter((m) => m.fromCustomer).length);
      });
    },

    /**
     * With the open dialogue's id and tags: `retag` names the top suggestion when the dialogue carries it already
     * and the customer's newest question came after it was added (its newest `add` tag event).
     */
    async suggestTags({ messages, dialogueId, tags: onDialogue }: SuggestInput): Promise<SuggestResult> {
      // On a wake the settings and the model are read at the same time, not one after the other.
      const [vocabulary] = await Promise.all([settings.then((s) => s.tags), tags.get()]);
      const result = await tags.suggest(messages, vocabulary);
      const tag = dialogueId && onDialogue ? retagCandidate(result, onDialogue) : null;
      if (tag && askedSinceTagged(messages, await lastTagAdd(db(), dialogueId!, tag))) return { ...result, retag: tag };
      return result;
    },

    /** The operator pressed "Tag again": the removal that follows is not a correction. */
    retagging({ dialogueId, tag }: { dialogueId: string; tag: string }): void {
      retags.start(dialogueId, tag);
    },

    importHistory: (items: { messages: DialogueSnapshot['messages']; tags: string[] }[], options?: { save?: boolean }) =>
      tags.importHistory(items, options),
    /** Saves the tag model now (the API's history import, at its checkpoints). */
    saveTagModel: () => tags.flush(),
    knownTags: () => tags.knownTags(),
    reloadModels() {
      tags.reload();
      complexity.reload();
    },

    getComplexityModel: () => complexity.get(),

    async setComplexity(input: ComplexityFeedback, privateWindow = false): Promise<void> {
      // A rating from a private window teaches nothing: the model outlives the window.
      if (privateWindow) return;
      const text = redactSecrets(input.text).slice(-8000);
      await writing(() => complexity.correct({ dialogueId: input.dialogueId, level: input.level, text, at: Date.now() }));
    },

    recordEscalation(input: EscalationInput, privateWindow = false): Promise<EscalationRecord> {
      // The summary is typed from the problem line, which can quote the customer's password.
      const rec = { ...input, summary: redactSecrets(input.summary).slice(0, 300), at: Date.now() };
      return privateWindow ? Promise.resolve(privateDialogues.addEscalation(rec)) : writing(() => addEscalation(db(), rec));
    },

    updateEscalation(input: { id: number; slackRef?: string; jiraKey?: string; jiraUrl?: string }, privateWindow = false) {
      // Only the known keys reach the database: an odd key would make every later backup fail to import.
      const patch: { slackRef?: string; jiraKey?: string; jiraUrl?: string } = {};
      for (const key of ['slackRef', 'jiraKey', 'jiraUrl'] as const)
        if (typeof input[key] === 'string') patch[key] = input[key].slice(0, 2000);
      return privateWindow
        ? Promise.resolve(privateDialogues.updateEscalation(input.id, patch))
        : writing(() => updateEscalation(db(), input.id, patch));
    },

    /** Drops what private windows recorded (the last one closed). */
    forgetPrivateWindows: () => privateDialogues.clear(),

    async postWebhook({ text }: { text: string }): Promise<string | null> {
      return webhook.post((await settings).slack, text);
    },

    registerAlarms() {
      scheduleMaintenance(browser).catch((e) => console.debug('[sidekick] alarms', e));
      browser.alarms.onAlarm.addListener((alarm) => {
        void settings.then((s) =>
          runMaintenance(alarm.name, db(), s, Date.now(), () => {
            tags.reload();
            complexity.reload();
          }),
        );
      });
    },
  };
}
