import { browser } from 'wxt/browser';
import { COVERAGE_SOURCE_KEY, SERVER_COVERAGE_KEY, readServerCoverage, type ServerCoverage } from '../../lib/api/server-coverage';
import type { RecentDaily, UntaggedItem } from '../../lib/db/stats-queries';
import { addDays, dayKey } from '../../lib/stats/day';

/**
 * API mode in the popup: my coverage counted in the background from its copy of the server's conversations
 * (lib/api/server-coverage.ts), read from `storage.local` beside the settings, so the numbers never wait
 * for the network; and the operator's choice of source, kept with it.
 */
export interface ServerChoice {
  coverage: ServerCoverage | null;
  /** What the operator picked; CarrotQuest's numbers by default, when there are any. */
  source: 'api' | 'page';
}

/** The `storage.local` keys the choice is read from. */
export const SERVER_CHOICE_KEYS = [SERVER_COVERAGE_KEY, COVERAGE_SOURCE_KEY] as const;

export function serverChoiceFrom(values: Record<string, unknown>): ServerChoice {
  return { coverage: readServerCoverage(values[SERVER_COVERAGE_KEY]), source: values[COVERAGE_SOURCE_KEY] === 'page' ? 'page' : 'api' };
}

export async function readServerChoice(): Promise<ServerChoice> {
  try {
    return serverChoiceFrom(await browser.storage.local.get([...SERVER_CHOICE_KEYS]));
  } catch {
    return { coverage: null, source: 'api' };
  }
}

export async function saveSource(source: 'api' | 'page'): Promise<void> {
  await browser.storage.local.set({ [COVERAGE_SOURCE_KEY]: source });
}

/** The server's numbers when they are there, chosen, and counted in the operator's zone; null otherwise. */
export function serverInUse(choice: ServerChoice | undefined, tz: string): ServerCoverage | null {
  const c = choice?.coverage;
  return c && choice.source === 'api' && c.tz === tz ? c : null;
}

export const serverRecent = (c: ServerCoverage): RecentDaily => ({ rows: c.rows, any: c.any });

/** The server's untagged dialogues I replied in, today's and yesterday's (not again today), as the popup lists them. */
export function serverUntagged(c: ServerCoverage, now: number): { today: UntaggedItem[]; yesterday: UntaggedItem[] } {
  const today = dayKey(now, c.tz);
  const yesterday = addDays(today, -1);
  const item = (u: ServerCoverage['untagged'][number]): UntaggedItem => ({
    id: u.id,
    link: u.link,
    customerName: u.customerName,
    customerText: '',
    lastMyReplyAt: u.lastMyReplyAt,
  });
  return {
    today: c.untagged.filter((u) => u.replyDays.includes(today)).map(item),
    yesterday: c.untagged.filter((u) => !u.replyDays.includes(today) && u.replyDays.includes(yesterday)).map(item),
  };
}
