import type { PreparedInsert, PrepareInsertInput } from '../../lib/replies/reply-view';
import { errorMessage } from '../shared/latest';
import { useSidebarStore } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/**
 * Renders one reply in the background for inserting. Resolves null, with the reason in a toast, when
 * messaging failed; and null without a word when another dialogue opened meanwhile, because that
 * dialogue's reply box must not receive this text.
 */
export function usePrepareInsert(): (input: PrepareInsertInput) => Promise<PreparedInsert | null> {
  const store = useSidebarStore();
  const t = usePhrases(strings);
  return async (input) => {
    let prepared: PreparedInsert;
    try {
      prepared = await store.getState().service.call('prepareInsert', input);
    } catch (e) {
      store.setState({ toast: { kind: 'error', text: t('insertFailed', { msg: errorMessage(e) }) } });
      return null;
    }
    return store.getState().snapshot?.id === input.snapshot.id ? prepared : null;
  };
}
