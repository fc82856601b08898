import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import { pageService as backgroundService } from '../../lib/channel/page-client';
import type { Service } from '../../lib/channel/protocol';
import type { PageState } from '../../lib/carrotquest/transition';
import type { DialogueState, SuggestResult, TagSuggestion } from '../../lib/service-types';
import type { Language, Settings } from '../../lib/settings/schema';
import { useStore } from '../shared/useStore';
import type { DialogueSources } from '../../lib/api/dialogue-merge';
import type { ProfileKey } from '../../lib/carrotquest/profile-keys';
import { DEFAULT_WIDTH, type LayoutPlan } from '../../lib/carrotquest/layout';
import type { ReplyFormState } from '../../lib/replies/reply-view';
import type { Toast } from '../../lib/toasts/toasts';
import type { WriteNotice } from '../../lib/db/write-error';

export type { Toast } from '../../lib/toasts/toasts';

/** What the sticky bar shows that a section works out (the replies publish their best one and the secrets). */
export interface Glance {
  dialogueId: string | null;
  reply: { id: string; title: string; form?: ReplyFormState } | null;
  secrets: number;
}

/** A sidebar feature that stopped because it threw. */
export interface FeatureFailure {
  label: { ru: string; en: string };
  message: string;
}

export interface Reminder {
  dialogueId: string;
  link: string | null;
  customerName?: string;
  /** The best tag, when the suggester is sure of it. */
  suggestion: TagSuggestion | null;
  /** When it is not sure: its three best guesses, for the operator to pick from. */
  choices?: TagSuggestion[];
}

/** What the sidebar can ask the page or the background to do; the content script provides them. */
export interface SidebarActions {
  applyTag(name: string): Promise<void>;
  /** API mode: removes a dialogue tag through `DELETE /conversations/{id}/tag` (the page offers no removal to act on). */
  removeTag(name: string): Promise<void>;
  applyTagTo(dialogueId: string, name: string): Promise<void>;
  /** "Tag again": removes the tag and adds it back, through the panel or API mode (lib/tags/retag.ts). */
  retag(name: string): Promise<void>;
  insertText(text: string): Promise<void>;
  copy(text: string): Promise<boolean>;
  setCollapsed(collapsed: boolean): void;
  /** The operator drags the sidebar's edge; `done` when the drag ends (the width is then remembered). */
  setWidth(width: number, done: boolean): void;
  openLink(url: string): void;
  /** Opens the panel's assign control; false when the page has none the profile finds. */
  openAssign(): boolean;
  /** The operator closed the message line. */
  dismissToast(): void;
  /** A section folded or unfolded; remembered. */
  setFolded(id: string, folded: boolean): void;
}

export interface SidebarState {
  lang: Language;
  collapsed: boolean;
  /** The width the operator chose. */
  width: number;
  /** Where the sidebar sits now, fitted to the window (`lib/carrotquest/layout`). */
  layout: LayoutPlan;
  settings: Settings | null;
  snapshot: DialogueSnapshot | null;
  /** Whether the page shows the dialogue its address names, or is still loading it, or is stuck. */
  page: PageState;
  stored: DialogueState | null;
  suggest: SuggestResult | null;
  toast: Toast | null;
  reminder: Reminder | null;
  /**
   * Bumped by any control that asks for an escalation (the critical playbook's buttons); the escalation
   * section runs when it changes, so features need not know each other.
   */
  escalateRequest: number;
  /** Bumped when a playbook step asks for "Search first" (the escalation section opens it). */
  searchRequest: number;
  glance: Glance;
  /** Sections the operator folded, by id. */
  folded: Record<string, boolean>;
  /** Bumped by the keyboard shortcut that opens the reply picker. */
  replyPickerRequest: number;
  /**
   * API mode: where the open dialogue's parts came from, the profile keys the API covers, and the
   * sentences saying so (made in the background; components/api-source). Null when API mode is off.
   */
  apiSource: { dialogueId: string; sources: DialogueSources; covered: ProfileKey[]; line: string; coveredLine: string } | null;
  /** Bumped after a tag went through the API, so the dialogue is read from it again. */
  apiRefresh: number;
  /** Features that failed, by id, with what went wrong: their sections show it and the health line names them. */
  failed: Record<string, FeatureFailure>;
  /** The background's last write failed (quota, a closed database...): said until a write succeeds (components/write-status). */
  writeError: WriteNotice | null;
  actions: SidebarActions;
  /** The background, through the one channel (lib/channel). */
  service: Service;
}

export type SidebarStore = StoreApi<SidebarState>;

export function createSidebarStore(actions: SidebarActions, init: Partial<SidebarState> = {}): SidebarStore {
  return createStore<SidebarState>()(() => ({
    lang: 'en',
    collapsed: false,
    width: DEFAULT_WIDTH,
    layout: { mode: 'push', side: 'right', width: DEFAULT_WIDTH, pushRight: DEFAULT_WIDTH, pushLeft: 0 },
    settings: null,
    snapshot: null,
    page: { state: 'ready' },
    stored: null,
    suggest: null,
    toast: null,
    reminder: null,
    escalateRequest: 0,
    searchRequest: 0,
    glance: { dialogueId: null, reply: null, secrets: 0 },
    folded: {},
    replyPickerRequest: 0,
    apiSource: null,
    apiRefresh: 0,
    failed: {},
    writeError: null,
    actions,
    service: backgroundService,
    ...init,
  }));
}

export const StoreContext = createContext<SidebarStore | null>(null);

/** The sidebar store from context; every section renders inside the sidebar. */
export function useSidebarStore(): SidebarStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Sidebar store missing');
  return store;
}

/** Subscribes a component to one slice of the sidebar store. */
export function useSidebar<T>(select: (s: SidebarState) => T): T {
  return useStore(useSidebarStore(), select);
}

/** The background as the sidebar's sections call it: the store's channel, so a test can give a fake one. */
export function useService(): Service {
  return useSidebarStore().getState().service;
}

/**
 * The dialogue is open but its messages could not be read (the page changed): what depends on them
 * (the rating, escalating) says so and waits instead of judging an empty dialogue.
 */
export function messagesUnread(snap: DialogueSnapshot | null): boolean {
  return !!snap?.id && (snap.missing.includes('root') || snap.missing.includes('message'));
}

/** The tag the open dialogue carries that its newest question is about again, until it is added back. */
export const retagOf = (s: Pick<SidebarState, 'snapshot' | 'suggest'>): string | undefined =>
  s.suggest?.retag && s.snapshot?.tags.includes(s.suggest.retag) ? s.suggest.retag : undefined;
