import { useEffect, useMemo } from 'preact/hooks';
import type { ComplexityLevel } from '../../lib/db/schema';
import { sendMessage } from '../../lib/service';
import { customerText, parseLearned, rateComplexity, type LearnedComplexity, type Reason } from '../../lib/triage/complexity';
import { sideStore, useSideStore, useSidebarStore } from '../replies/useSideStore';
import { useSidebar } from '../sidebar/store';
import { phrase } from '../../lib/i18n/language';
import { strings } from './strings';

interface TriageState {
  /** Levels the operator chose in this session, by dialogue id: shown before the background confirms. */
  chosen: Record<string, ComplexityLevel>;
  /** The learned corrections, fetched once per dialogue (they grow as the operator corrects). */
  learned: { dialogueId: string; model: LearnedComplexity | undefined } | null;
  fetching: string | null;
}

export const triageStore = sideStore<TriageState>(() => ({ chosen: {}, learned: null, fetching: null }));

export interface CurrentComplexity {
  level: ComplexityLevel;
  reasons: Reason[];
  /** 'operator' when the operator set the level (now or before), else the rating's own. */
  source: 'auto' | 'operator';
  choose(level: ComplexityLevel): void;
}

/**
 * The open dialogue's complexity as every section sees it: the operator's choice when there is one,
 * else the rating. Null without an open dialogue.
 */
export function useComplexity(): CurrentComplexity | null {
  const sidebar = useSidebarStore();
  const side = triageStore(sidebar);
  const snap = useSidebar((s) => s.snapshot);
  const stored = useSidebar((s) => s.stored);
  const lang = useSidebar((s) => s.lang);
  const dialogueId = snap?.id ?? null;
  const chosen = useSideStore(side, (s) => (dialogueId ? s.chosen[dialogueId] : undefined));
  const learned = useSideStore(side, (s) => (s.learned && s.learned.dialogueId === dialogueId ? s.learned.model : undefined));

  useEffect(() => {
    if (!dialogueId) return;
    const state = side.getState();
    if (state.learned?.dialogueId === dialogueId || state.fetching === dialogueId) return;
    side.setState({ fetching: dialogueId });
    const done = (model: LearnedComplexity | undefined) => {
      if (side.getState().fetching !== dialogueId) return; // another dialogue opened meanwhile
      side.setState({ learned: { dialogueId, model }, fetching: null });
    };
    // Without the learned state the team's rules still rate the dialogue.
    sendMessage('getComplexityModel', undefined).then((data) => done(parseLearned(data)), () => done(undefined));
  }, [dialogueId]);

  const messages = snap?.messages;
  const rating = useMemo(() => (messages ? rateComplexity(messages, learned) : null), [messages, learned]);
  if (!snap || !dialogueId || !rating) return null;

  const record = stored?.record && stored.record.id === dialogueId ? stored.record : null;
  const operatorLevel = chosen ?? (record?.complexity?.source === 'operator' ? record.complexity.level : undefined);

  const choose = (level: ComplexityLevel) => {
    side.setState((s) => ({ chosen: { ...s.chosen, [dialogueId]: level } }));
    sendMessage('setComplexity', { dialogueId, level, text: customerText(snap.messages) }).catch((e: unknown) => {
      sidebar.setState({ toast: { kind: 'error', text: phrase(strings[lang].saveFailed, { msg: e instanceof Error ? e.message : String(e) }) } });
    });
  };

  if (operatorLevel) {
    const reasons = operatorLevel === rating.level ? rating.reasons : [];
    return { level: operatorLevel, reasons, source: 'operator', choose };
  }
  return { level: rating.level, reasons: rating.reasons, source: 'auto', choose };
}
