import { onTabMessage } from '../../lib/channel/page-client';
import type { FeatureContext, SidebarFeature } from '../sidebar/feature';
import { RepliesSection } from './RepliesSection';

/** The reply-picker shortcut: the background forwards the browser command to this tab. */
function start({ store, signal }: FeatureContext) {
  const unlisten = onTabMessage('openReplyPicker', () => {
    const bump = () => store.setState((s) => ({ replyPickerRequest: s.replyPickerRequest + 1 }));
    if (!store.getState().collapsed) return bump();
    store.getState().actions.setCollapsed(false);
    // The picker mounts with the expanded sidebar; it must see the request after that, not at mount.
    setTimeout(bump, 0);
  });
  signal.addEventListener('abort', unlisten, { once: true });
}

/** Replies that fit the open dialogue, and a keyboard-driven picker over the team's library. */
export const repliesFeature: SidebarFeature = {
  id: 'replies',
  label: { en: 'Replies', ru: 'Ответы' },
  Section: RepliesSection,
  start,
};
