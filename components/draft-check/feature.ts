import { checkedText } from '../../lib/replies/draft-bounds';
import { watchDraft, type Draft } from '../../lib/carrotquest/draft';
import type { SidebarFeature } from '../sidebar/feature';
import { ReplyWarning } from './ReplyWarning';
import { draftCheckStore } from './state';

/** A pause in typing before the draft is checked: no work per keystroke while the operator types on. */
export const DRAFT_CHECK_DELAY_MS = 300;

/** The operator's reply checked against the team's rules while it is typed (in the background, off the panel's thread). */
export const draftCheckFeature: SidebarFeature = {
  id: 'draft-check',
  label: { en: 'Reply check', ru: 'Проверка ответа' },
  slot: 'top',
  Section: ReplyWarning,
  start(ctx) {
    const state = draftCheckStore(ctx.store);
    let cancel: (() => void) | undefined;
    let asked = 0;
    const check = async ({ text, caret }: Draft) => {
      const n = ++asked;
      const sent = checkedText(text, caret);
      const warnings = sent.trim()
        ? await ctx.quietly(() => ctx.service.call('checkDraft', { text: sent, caret: Math.min(caret, sent.length) }))
        : [];
      // Only the answer about the latest draft counts.
      if (n === asked && warnings) state.setState({ warnings });
    };
    watchDraft(
      ctx.profile,
      (draft) => {
        cancel?.();
        // A cleared box (the reply was sent) clears the note at once.
        if (!draft.text.trim()) {
          asked++;
          state.setState({ warnings: [] });
          return;
        }
        cancel = ctx.after(DRAFT_CHECK_DELAY_MS, () => check(draft));
      },
      document,
      ctx.signal,
    );
    ctx.onSnapshot(({ switched }) => {
      if (!switched) return;
      cancel?.();
      asked++;
      state.setState({ warnings: [] });
    });
  },
};
