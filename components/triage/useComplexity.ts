import { useEffect } from 'preact/hooks';
import type { DialogueMessage } from '../../lib/carrotquest/snapshot';
import type { ComplexityLevel } from '../../lib/db/schema';
import { phrase } from '../../lib/i18n/language';
import type { Reason } from '../../lib/triage/complexity';
import type { ComplexityView } from '../../lib/triage/complexity-view';
import { answerOrder, errorMessage, type AnswerOrder } from '../shared/latest';
import { sideStore, useStore } from '../shared/useStore';
import { useSidebarStore, useSidebar } from '../sidebar/store';
import { strings } from './strings';

interface TriageState {
  /** Levels the operator chose in this session, by dialogue id: shown before the background confirms. */
  chosen: Record<string, ComplexityLevel>;
  /** The newest rating taken, with the dialogue it rates. */
  rating: { dialogueId: string; view: ComplexityView } | null;
  /** Why the newest rating failed, when it did. */
  error: { dialogueId: string; text: string } | null;
  /** The messages last sent to be rated: every section reading the rating shares one call per change. */
  asked: readonly DialogueMessage[] | null;
  /** An answer is taken only when no later call has been answered yet. */
  order: AnswerOrder;
}

export const triageStore = sideStore<TriageState>(() => ({ chosen: {}, rating: null, error: null, asked: null, order: answerOrder() }));

export interface CurrentComplexity {
  level: ComplexityLevel;
  reasons: Reason[];
  /** 'operator' when the operator set the level (now or before), else the rating's own. */
  source: 'auto' | 'operator';
  /** Each level's playbook, in the order the levels are offered. */
  playbooks: ComplexityView['playbooks'];
  /** Today is a duty day (the background's answer): #tech-questions is for critical dialogues only. */
  duty?: boolean;
  choose(level: ComplexityLevel): void;
}

export interface TriageView {
  /** Null without an open dialogue, and until its first rating arrives. */
  complexity: CurrentComplexity | null;
  /** Why rating the open dialogue failed, when it did. */
  error: string | null;
}

/**
 * The open dialogue's complexity as every section sees it: the operator's choice when there is one,
 * else the rating, which the background makes with the corrections it has learned. While a newer
 * rating is on its way the last one for the same dialogue stays.
 */
export function useComplexity(): TriageView {
  const sidebar = useSidebarStore();
  const side = triageStore(sidebar);
  const snap = useSidebar((s) => s.snapshot);
  const stored = useSidebar((s) => s.stored);
  const lang = useSidebar((s) => s.lang);
  const dialogueId = snap?.id ?? null;
  const messages = snap?.messages;
  const chosen = useStore(side, (s) => (dialogueId ? s.chosen[dialogueId] : undefined));
  const rating = useStore(side, (s) => (s.rating && s.rating.dialogueId === dialogueId ? s.rating.view : null));
  const error = useStore(side, (s) => (s.error && s.error.dialogueId === dialogueId ? s.error.text : null));

  useEffect(() => {
    if (!dialogueId || !messages || side.getState().asked === messages) return;
    const { order } = side.getState();
    const ticket = order.next();
    side.setState({ asked: messages });
    sidebar
      .getState()
      .service.call('rateComplexity', { messages })
      .then(
        (view) => {
          if (order.take(ticket)) side.setState({ rating: { dialogueId, view }, error: null });
        },
        (e: unknown) => {
          if (order.take(ticket)) side.setState({ error: { dialogueId, text: errorMessage(e) } });
        },
      );
  }, [dialogueId, messages]);

  if (!snap || !dialogueId || !rating) return { complexity: null, error };

  const record = stored?.record && stored.record.id === dialogueId ? stored.record : null;
  const operatorLevel = chosen ?? (record?.complexity?.source === 'operator' ? record.complexity.level : undefined);

  const choose = (level: ComplexityLevel) => {
    side.setState((s) => ({ chosen: { ...s.chosen, [dialogueId]: level } }));
    sidebar
      .getState()
      .service.call('setComplexity', { dialogueId, level, text: rating.feedbackText })
      .catch((e: unknown) => {
        sidebar.setState({ toast: { kind: 'error', text: phrase(strings[lang].saveFailed, { msg: errorMessage(e) }) } });
      });
  };

  const base = { playbooks: rating.playbooks, duty: rating.duty, choose };
  if (operatorLevel) {
    const reasons = operatorLevel === rating.level ? rating.reasons : [];
    return { complexity: { ...base, level: operatorLevel, reasons, source: 'operator' }, error };
  }
  return { complexity: { ...base, level: rating.level, reasons: rating.reasons, source: 'auto' }, error };
}
