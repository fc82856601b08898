import { useSidebar, useSidebarStore } from '../sidebar/store';
import { usePhrases } from '../shared/usePhrases';
import { strings } from './strings';

/**
 * Puts a reply's text into the panel's reply box (never sends it). Resolves false when that failed;
 * the operator hears why. A missing reply box is handled by the action itself (it copies instead).
 */
export function useInsertReply(): (text: string) => Promise<boolean> {
  const store = useSidebarStore();
  const insertText = useSidebar((s) => s.actions.insertText);
  const t = usePhrases(strings);
  return async (text: string) => {
    try {
      await insertText(text);
      return true;
    } catch (e) {
      store.setState({ toast: { kind: 'error', text: t('insertFailed', { msg: e instanceof Error ? e.message : String(e) }) } });
      return false;
    }
  };
}
