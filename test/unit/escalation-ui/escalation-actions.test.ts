import { describe, expect, it } from 'vitest';
import { escalationActions } from '../../../components/escalation/escalation-actions';
import { emptyCell, type EscalationShown } from '../../../components/escalation/escalation-cell';
import { createSidebarStore } from '../../../components/sidebar/store';
import type { EscalationInput } from '../../../lib/service-types';
import { defaultSettings } from '../../../lib/settings/defaults';
import { channel } from '../fake-channel';
import { makeActions } from '../sidebar-actions';
import { snapshot } from './helpers';

/** The panel's actions without the panel: a cell, a store with the fake channel, and what `set` was asked. */
function panel() {
  const actions = makeActions();
  const store = createSidebarStore(actions, { snapshot: snapshot(), settings: defaultSettings(), lang: 'en', service: channel.service });
  const cell = emptyCell();
  const sets: Partial<EscalationShown>[] = [];
  const act = escalationActions(cell, (patch) => void (Object.assign(cell, patch), sets.push(patch)), store);
  return { actions, store, cell, sets, act };
}

describe('the escalation actions, apart from the panel', () => {
  it('escalate acknowledges, copies the draft, records it, and leaves the cell showing the outcome', async () => {
    channel.database.mockImplementation(async (method, input) => {
      if (method === 'recordEscalation') return { ...(input as EscalationInput), id: 9, at: 1 };
      throw new Error(`unexpected ${method}`);
    });
    const { actions, store, cell, sets, act } = panel();
    await act.escalate();
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(actions.copy).toHaveBeenCalledWith(cell.built!.panel.draftText);
    expect(cell.view).toMatchObject({
      dialogueId: snapshot().id,
      ack: { status: 'inserted' },
      copied: true,
      record: { status: 'saved', id: 9 },
    });
    expect(cell.busy).toBe(false);
    expect(sets[0]).toEqual({ busy: true });
    expect(store.getState().stored?.escalation?.id).toBe(9);
  });

  it('drops a build that a later one superseded, and settles on the latest', async () => {
    const { cell, act } = panel();
    await act.showDraft();
    // The problem line starts empty: the customer's name or email never opens it.
    expect(cell.view?.choices.problemLine).toBe('');
    channel.hold = (method) => method === 'escalationPanel';
    act.setProblemType('domains');
    act.setProblemType('wordpress');
    expect(channel.held).toHaveLength(0); // still in the microtask queue
    await Promise.resolve();
    await Promise.resolve();
    const [first, second] = channel.held;
    expect(act.settling()).toBe(true);
    second!.release();
    first!.release();
    const settled = await act.settle();
    // What each build answers, worked out directly: the later one is shown, the slower earlier one dropped.
    const answer = async (input: unknown) => JSON.parse(JSON.stringify(await channel.handlers.escalationPanel.handle(input as never, {})));
    const [forDomains, forWordpress] = [await answer(first!.input), await answer(second!.input)];
    expect(forDomains.draftText).not.toBe(forWordpress.draftText);
    expect(settled).toEqual(forWordpress);
    expect(cell.view?.choices.problemType).toBe('wordpress');
    expect(cell.built?.panel).toBe(settled);
    expect(act.settling()).toBe(false);
  });
});
