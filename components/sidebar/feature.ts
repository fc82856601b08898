import type { ComponentType } from 'preact';
import type { ResolvedProfile } from '../../lib/carrotquest/profile';
import type { DialogueSnapshot } from '../../lib/carrotquest/snapshot';
import type { Service } from '../../lib/channel/protocol';
import type { DialogueState } from '../../lib/service-types';
import type { SidebarStore } from './store';

/** One change of the open dialogue as the page shows it, after the store has taken it. */
export interface SnapshotChange {
  snapshot: DialogueSnapshot;
  /** The snapshot before this one (null on the first read). */
  previous: DialogueSnapshot | null;
  /** Another dialogue opened (or the first read): everything derived from the previous one was dropped. */
  switched: boolean;
  /** What the background had stored about the previous dialogue, when `switched`. */
  left: DialogueState | null;
}

/** What the host gives each feature when the page starts. */
export interface FeatureContext {
  store: SidebarStore;
  /** The background, through the one channel. */
  service: Service;
  /** The selector profile in force now (it changes with the settings). */
  profile(): ResolvedProfile;
  /** Calls `listener` after each change of the open dialogue, until the feature stops. */
  onSnapshot(listener: (change: SnapshotChange) => void | Promise<void>): void;
  /** Aborted when the page ends (the sidebar is removed, the extension updated) or the feature failed. */
  signal: AbortSignal;
  /** A signal for work about the open dialogue: aborted when another dialogue opens, and with `signal`. */
  dialogueSignal(): AbortSignal;
  /**
   * Runs a call to the background; resolves undefined when it fails. A failure because the extension
   * was updated under this page tells the operator to reload it; others stay out of the panel's console.
   */
  quietly<T>(call: () => Promise<T>): Promise<T | undefined>;
  /**
   * Runs `run` after `ms`, unless `until` (default: `signal`) aborts first; answers what cancels it.
   * What `run` throws stops the feature, as a throw in `start` does.
   */
  after(ms: number, run: () => void | Promise<void>, until?: AbortSignal): () => void;
}

/** Where a feature's section goes in the sidebar. */
export type FeatureSlot = 'top' | 'dialogue' | 'footer';

/**
 * One sidebar feature: one folder under components/, one entry (`feature.ts(x)`) exporting this, and one
 * line in the registry (entrypoints/carrotquest.content/features.ts). See DESIGN.md, "Adding a sidebar feature".
 */
export interface SidebarFeature {
  /** Stable and unique: names the feature in the health line and in `data-feature`. */
  id: string;
  /** How the health line names the feature when it fails. */
  label: { ru: string; en: string };
  /** The heading its folding section shows (a 'dialogue' section folds); the label when left out. */
  title?: { ru: string; en: string };
  /** 'top': above everything, also with no dialogue open; 'dialogue' (default): in order, while a dialogue is open; 'footer': at the bottom. */
  slot?: FeatureSlot;
  /** The feature's section; it reads the store through `useSidebar`. */
  Section?: ComponentType;
  /** Work beside the section: runs once when the page starts; ends when `ctx.signal` aborts. */
  start?(ctx: FeatureContext): void | Promise<void>;
}
