import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HandoverPanel } from '../../../components/escalation/HandoverPanel';
import { RepliesSection } from '../../../components/replies/RepliesSection';
import { handoverNote } from '../../../lib/escalation/handover';
import { defaultSettings } from '../../../lib/settings/defaults';
import { customer, dialogue, mount, operator, settle } from '../replies-ui/harness';

const SENIORS = ['Иван Петров', 'Ольга Миронова'];
const withSeniors = (seniors: string[]) => {
  const settings = defaultSettings();
  settings.help.seniors = seniors;
  return settings;
};
const ANGRY = 'Это просто издевательство!!! Третий день ничего не работает, вы вообще читаете?! Верните деньги, или пишу в суд!';

describe('handoverNote', () => {
  it('names the senior, says why and gives the link, in both languages', () => {
    expect(handoverNote({ senior: ' Иван  Петров ', link: 'https://carrotquest.io/panel/1/conversations/2', lang: 'ru' })).toBe(
      'Иван Петров, передаю тебе диалог: клиент недоволен, и по CARP успокоить не получилось.\nДиалог: https://carrotquest.io/panel/1/conversations/2',
    );
    expect(handoverNote({ senior: 'Olga', link: null, lang: 'en' })).toBe(
      "Olga, I'm handing this dialogue over to you: the customer is upset and CARP did not calm it down.\nDialogue: (copy the dialogue link and paste it here)",
    );
  });
});

describe('Hand over', () => {
  it('inserts the handover reply naming the senior, copies the note and opens the assign control', async () => {
    const snap = dialogue([customer(ANGRY)]);
    const { actions, store } = mount(<HandoverPanel />, snap, { settings: withSeniors(SENIORS), lang: 'ru' });
    await settle();
    fireEvent.change(screen.getByTestId('handover-senior'), { target: { value: 'Ольга Миронова' } });
    expect(screen.getByTestId('handover-confirm').textContent).toBe('Передать: Ольга Миронова');
    fireEvent.click(screen.getByTestId('handover-confirm'));
    await waitFor(() => expect(actions.openAssign).toHaveBeenCalledTimes(1));
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(actions.insertText.mock.calls[0]![0]).toContain('продолжит мой старший коллега — Ольга Миронова');
    expect(actions.copy.mock.calls[0]![0]).toBe(handoverNote({ senior: 'Ольга Миронова', link: snap.link, lang: 'ru' }));
    expect(store.getState().toast?.text).toMatch(/заметка скопирована \(кому: Ольга Миронова\)/);
  });

  it('says how to assign by hand when the panel shows no assign control', async () => {
    const { actions, store } = mount(<HandoverPanel />, dialogue([customer(ANGRY)]), { settings: withSeniors(SENIORS) });
    actions.openAssign.mockReturnValue(false);
    await settle();
    fireEvent.click(screen.getByTestId('handover-confirm'));
    await waitFor(() => expect(store.getState().toast?.text).toMatch(/assign control was not found/));
    // The reply speaks the customer's language; the message line the operator's.
    expect(actions.insertText.mock.calls[0]![0]).toContain('продолжит мой старший коллега — Иван Петров');
  });

  it('asks for the seniors in the options when none are set', async () => {
    mount(<HandoverPanel />, dialogue([customer(ANGRY)]), { settings: withSeniors([]) });
    await settle();
    expect(screen.getByTestId('handover-none').textContent).toMatch(/senior teammates' names in the options/);
    expect(screen.queryByTestId('handover-confirm')).toBeNull();
  });

  it('ends the CARP replies with "Hand over…"', async () => {
    mount(<RepliesSection />, dialogue([operator('Здравствуйте!'), customer(ANGRY)]), { settings: withSeniors(SENIORS) });
    await settle();
    await waitFor(() => expect(['carp', 'handover-senior']).toContain(screen.getByTestId('reply-suggested').dataset.replyId));
    fireEvent.click(screen.getByTestId('handover'));
    await waitFor(() => expect(screen.getByTestId('handover-panel')).toBeTruthy());
  });
});
