import { createContext } from 'preact';
import { useContext, useEffect, useReducer, useRef } from 'preact/hooks';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import { service as backgroundService } from '../../lib/channel/client';
import type { Service } from '../../lib/channel/protocol';
import type { DialogueState, SuggestResult, TagSuggestion } from '../../lib/service-types';
import type { Language, Settings } from '../../lib/settings/schema';

export interface Toast {
  kind: 'ok' | 'error' | 'info';
  text: string;
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
  suggestion: TagSuggestion | null;
}

/** What the sidebar can ask the page or the background to do; the content script provides them. */
export interface SidebarActions {
  applyTag(name: string): Promise<void>;
  applyTagTo(dialogueId: string, name: string): Promise<void>;
  insertText(text: string): Promise<void>;
  copy(text: string): Promise<boolean>;
  setCollapsed(collapsed: boolean): void;
  openLink(url: string): void;
}

export interface SidebarState {
  lang: Language;
  collapsed: boolean;
  settings: Settings | null;
  snapshot: DialogueSnapshot | null;
  stored: DialogueState | null;
  suggest: SuggestResult | null;
  toast: Toast | null;
  reminder: Reminder | null;
  /**
   * Bumped by any control that asks for an escalation (the critical playbook's buttons); the escalation
   * section runs when it changes, so features need not know each other.
   */
  escalateRequest: number;
  /** Bumped by the keyboard shortcut that opens the reply picker. */
  replyPickerRequest: number;
  /** Features that failed, by id, with what went wrong: their sections show it and the health line names them. */
  failed: Record<string, FeatureFailure>;
  actions: SidebarActions;
  /** The background, through the one channel (lib/channel). */
  service: Service;
}

export type SidebarStore = StoreApi<SidebarState>;

export function createSidebarStore(actions: SidebarActions, init: Partial<SidebarState> = {}): SidebarStore {
  return createStore<SidebarState>()(() => ({
    lang: 'en',
    collapsed: false,
    settings: null,
    snapshot: null,
    stored: null,
    suggest: null,
    toast: null,
    reminder: null,
    escalateRequest: 0,
    replyPickerRequest: 0,
    failed: {},
    actions,
    service: backgroundService,
    ...init,
  }));
}

export const StoreContext = createContext<SidebarStore | null>(null);

/**
 * Subscribes a component to one slice of the store. Written on Preact's own hooks so the content script
 * does not carry a React compatibility layer for zustand's React binding.
 */
export function useSidebar<T>(select: (s: SidebarState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Sidebar store missing');
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const selected = select(store.getState());
  const latest = useRef({ select, selected });
  latest.current = { select, selected };
  useEffect(() => {
    const check = (state: SidebarState) => {
      if (!Object.is(latest.current.select(state), latest.current.selected)) rerender(0);
    };
    const unsubscribe = store.subscribe(check);
    // Effects run after paint: a change between this render and the subscription must not be missed.
    check(store.getState());
    return unsubscribe;
  }, [store]);
  return selected;
}

/** The background as the sidebar's sections call it: the store's channel, so a test can give a fake one. */
export function useService(): Service {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Sidebar store missing');
  return store.getState().service;
}
