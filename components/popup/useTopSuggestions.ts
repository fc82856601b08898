import { useEffect, useState } from 'preact/hooks';
import { service } from '../../lib/channel/client';
import type { UntaggedItem } from '../../lib/db/stats-queries';

export type SuggestionState =
  { status: 'loading' } | { status: 'ok'; tag: string; confident: boolean } | { status: 'none' } | { status: 'failed' };

/** A sleeping background answers on wake-up; one that never answers must not leave the popup waiting. */
const SUGGEST_TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

async function topSuggestion(item: UntaggedItem): Promise<SuggestionState> {
  if (!item.customerText.trim()) return { status: 'none' };
  try {
    const result = await withTimeout(
      service.call('suggestTags', { messages: [{ fromCustomer: true, text: item.customerText }] }),
      SUGGEST_TIMEOUT_MS,
    );
    const top = result?.suggestions?.[0];
    return top ? { status: 'ok', tag: top.name, confident: result.confident } : { status: 'none' };
  } catch {
    return { status: 'failed' };
  }
}

/** The background's top tag suggestion for each item, filled in as the answers arrive. */
export function useTopSuggestions(items: readonly UntaggedItem[]): Record<string, SuggestionState> {
  const [states, setStates] = useState<Record<string, SuggestionState>>({});
  useEffect(() => {
    let alive = true;
    setStates(Object.fromEntries(items.map((i) => [i.id, { status: 'loading' } as SuggestionState])));
    for (const item of items) {
      void topSuggestion(item).then((state) => {
        if (alive) setStates((prev) => ({ ...prev, [item.id]: state }));
      });
    }
    return () => {
      alive = false;
    };
  }, [items]);
  return states;
}
