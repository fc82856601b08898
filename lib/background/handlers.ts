/**
 * Every message the background answers, in one table: who may send it, the shape its input must have
 * (lib/channel/schemas.ts) and what answers it. Content scripts run inside the panel's page, so they may
 * send only what the sidebar needs; importing a history and reloading the models belong to the options
 * page. To add a message: declare it in lib/channel/protocol.ts, give it a schema, and a row here.
 */
import { computeService } from '../compute/implementation';
import { repliesTriageCompute, withLearnedComplexity } from '../compute/replies-triage';
import { inputs } from '../channel/schemas';
import type { Handlers } from '../channel/registry';
import type { createBackgroundService } from './service-impl';
import { createApiService, type ApiService } from './api-service';
import { loadSettings } from '../settings/store';
import { dutyToday } from '../replies/schedule';
import { openDialogueInPanel } from './open-dialogue';
import { checkDraft } from '../replies/draft-check';
import { captureInTab, notePanelTab, saveSelector, syncTeamPanelsFromSettings, teachInTab } from './page-teaching';
import { fromPrivateWindow } from './private-dialogues';

/** The parts of the background service the handlers call (the database, the models, the webhook). */
export type BackgroundParts = Pick<
  ReturnType<typeof createBackgroundService>,
  | 'recordSnapshot'
  | 'suggestTags'
  | 'retagging'
  | 'importHistory'
  | 'saveTagModel'
  | 'knownTags'
  | 'reloadModels'
  | 'getComplexityModel'
  | 'setComplexity'
  | 'recordEscalation'
  | 'updateEscalation'
  | 'postWebhook'
>;

/** The parts of API mode the handlers call. */
export type ApiParts = Pick<
  ApiService,
  | 'panelSeen'
  | 'status'
  | 'connect'
  | 'setOperator'
  | 'disconnect'
  | 'historyStart'
  | 'historyCancel'
  | 'historyState'
  | 'dialogue'
  | 'tag'
  | 'assign'
  | 'syncNow'
  | 'teamView'
>;

export function backgroundHandlers(
  background: BackgroundParts,
  api: ApiParts = createApiService({
    settings: loadSettings,
    learnTags: (items) => background.importHistory(items, { save: false }),
    saveTags: () => background.saveTagModel(),
  }),
): Handlers {
  // The page never sends the learned complexity state: the rating loads the one the background holds.
  const triage = withLearnedComplexity(repliesTriageCompute, () => background.getComplexityModel());
  const page = { contentScript: true } as const;
  const extensionOnly = { contentScript: false } as const;
  return {
    recordSnapshot: {
      ...page,
      input: inputs.recordSnapshot,
      handle: (snapshot, sender) => {
        void notePanelTab(sender).catch(() => {});
        // A private window's dialogue is kept in memory only, and does not become API mode's panel.
        if (fromPrivateWindow(sender)) return background.recordSnapshot(snapshot, true);
        // The panel the operator works in says where the API is and which app (API mode).
        void api.panelSeen(snapshot.url, snapshot.operator).catch(() => {});
        return background.recordSnapshot(snapshot);
      },
    },
    suggestTags: { ...page, input: inputs.suggestTags, handle: (input) => background.suggestTags(input) },
    retagging: { ...page, input: inputs.retagging, handle: (input) => background.retagging(input) },
    importHistory: { ...extensionOnly, input: inputs.importHistory, handle: (input) => background.importHistory(input.items) },
    reloadModels: { ...extensionOnly, input: inputs.reloadModels, handle: () => background.reloadModels() },
    knownTags: { ...extensionOnly, input: inputs.knownTags, handle: () => background.knownTags() },
    setComplexity: {
      ...page,
      input: inputs.setComplexity,
      handle: (input, sender) => background.setComplexity(input, fromPrivateWindow(sender)),
    },
    recordEscalation: {
      ...page,
      input: inputs.recordEscalation,
      handle: (input, sender) => background.recordEscalation(input, fromPrivateWindow(sender)),
    },
    updateEscalation: {
      ...page,
      input: inputs.updateEscalation,
      handle: (input, sender) => background.updateEscalation(input, fromPrivateWindow(sender)),
    },
    postWebhook: { ...page, input: inputs.postWebhook, handle: (input) => background.postWebhook(input) },
    escalationStart: { ...page, input: inputs.escalationStart, handle: (input) => computeService.escalationStart(input) },
    escalationPanel: { ...page, input: inputs.escalationPanel, handle: (input) => computeService.escalationPanel(input) },
    escalationNewDetails: { ...page, input: inputs.escalationNewDetails, handle: (input) => computeService.escalationNewDetails(input) },
    searchHelp: { ...page, input: inputs.searchHelp, handle: (input) => computeService.searchHelp(input) },
    handoverNote: { ...page, input: inputs.handoverNote, handle: (input) => computeService.handoverNote(input) },
    escalationLine: { ...page, input: inputs.escalationLine, handle: (input) => computeService.escalationLine(input) },
    escalationRefs: { ...page, input: inputs.escalationRefs, handle: (input) => computeService.escalationRefs(input) },
    repliesView: { ...page, input: inputs.repliesView, handle: (input) => triage.repliesView(input) },
    prepareInsert: { ...page, input: inputs.prepareInsert, handle: (input) => triage.prepareInsert(input) },
    rateComplexity: {
      ...page,
      input: inputs.rateComplexity,
      // Whether today is a duty day is the background's to say, from the operator's settings and its own clock.
      handle: async (input) => triage.rateComplexity({ messages: input.messages, duty: dutyToday(await loadSettings(), new Date()) }),
    },
    checkDraft: {
      ...page,
      input: inputs.checkDraft,
      handle: async (input) => checkDraft(input.text, { caret: input.caret, teamSshKey: (await loadSettings()).operator.sshPublicKey }),
    },
    // API mode's key and history belong to the options page: a panel page never reaches them.
    apiStatus: { ...extensionOnly, input: inputs.apiStatus, handle: () => api.status() },
    apiConnect: { ...extensionOnly, input: inputs.apiConnect, handle: (input) => api.connect(input) },
    apiSetOperator: { ...extensionOnly, input: inputs.apiSetOperator, handle: (input) => api.setOperator(input) },
    apiDisconnect: { ...extensionOnly, input: inputs.apiDisconnect, handle: () => api.disconnect() },
    apiHistoryStart: { ...extensionOnly, input: inputs.apiHistoryStart, handle: (input) => api.historyStart(input) },
    apiHistoryCancel: { ...extensionOnly, input: inputs.apiHistoryCancel, handle: () => api.historyCancel() },
    apiHistoryState: { ...extensionOnly, input: inputs.apiHistoryState, handle: () => api.historyState() },
    // The popup and the Team tab: the copy of the server's conversations (the popup never waits for it).
    apiSync: { ...extensionOnly, input: inputs.apiSync, handle: (input) => api.syncNow(input) },
    apiTeamView: { ...extensionOnly, input: inputs.apiTeamView, handle: (input) => api.teamView(input) },
    saveSelector: { ...page, input: inputs.saveSelector, handle: (input) => saveSelector(input.key, input.selector) },
    teachInTab: { ...extensionOnly, input: inputs.teachInTab, handle: (input) => teachInTab(input.key) },
    captureInTab: { ...extensionOnly, input: inputs.captureInTab, handle: () => captureInTab() },
    openDialogueInPanel: { ...extensionOnly, input: inputs.openDialogueInPanel, handle: (input) => openDialogueInPanel(input.link) },
    syncTeamPanels: { ...extensionOnly, input: inputs.syncTeamPanels, handle: () => syncTeamPanelsFromSettings() },
    // The sidebar reads the open dialogue and tags it; the key never leaves the background.
    apiDialogue: {
      ...page,
      input: inputs.apiDialogue,
      handle: async (input, sender) => {
        const view = await api.dialogue(input);
        // What the API filled in is recorded, so coverage and the model see the tags the page did not show.
        if (view.off || view.error || (!input.refresh && view.sources.tags !== 'api' && view.sources.messages !== 'api')) return view;
        return { ...view, stored: await background.recordSnapshot(view.snapshot, fromPrivateWindow(sender)) };
      },
    },
    apiTag: { ...page, input: inputs.apiTag, handle: (input) => api.tag(input) },
    apiAssign: { ...page, input: inputs.apiAssign, handle: (input) => api.assign(input) },
  };
}
