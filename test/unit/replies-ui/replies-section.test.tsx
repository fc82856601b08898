import { act, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RepliesSection } from '../../../components/replies/RepliesSection';
import { BUILT_IN_REPLY_IDS } from '../../../lib/replies/library';
import { useSidebar } from '../../../components/sidebar/store';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Reply } from '../../../lib/settings/schema';
import { channel as background } from '../fake-channel';
import { customer, dialogue, mount, operator, settle } from './harness';

const PEM_BODY =
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB';
const KEY = `-----BEGIN RSA PRIVATE KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`;

const settingsWith = (replies: Reply[]) => ({ ...defaultSettings(), replies });
const replyIds = () => screen.getAllByTestId('reply').map((el) => el.dataset.replyId);
const search = () => screen.getByTestId('reply-search') as HTMLInputElement;
/** Each change is answered by the background: these wait for the answer to render. */
const type = async (el: HTMLElement, value: string) => {
  fireEvent.input(el, { target: { value } });
  await settle();
};
const key = async (k: string) => {
  fireEvent.keyDown(search(), { key: k });
  await settle();
};
const show = async (...args: Parameters<typeof mount>) => {
  const mounted = mount(...args);
  await settle();
  return mounted;
};
const varInput = (name: string) => screen.getAllByTestId('reply-var').find((el) => el.dataset.var === name) as HTMLInputElement;
const BRACES = /\{[A-Za-z][A-Za-z0-9_]*(\|[^{}\n]*)?\}/;

beforeEach(() => background.reset());

// A Wednesday noon in Moscow: no shift end, no weekend, so only the customer's words trigger.
const MIDWEEK = new Date('2024-03-13T09:00:00Z');
/** A clock the tests move: the date and the section's once-a-minute look, nothing else. */
const clockAt = (time: Date = MIDWEEK) => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(time);
};

describe('RepliesSection: the right reply first', () => {
  beforeEach(() => clockAt());
  afterEach(() => vi.useRealTimers());

  it('suggests the refund reply first, with its reason, for an English refund request', async () => {
    await show(
      <RepliesSection />,
      dialogue([operator('Hi! How can I help?'), customer('This is not what I expected. I want a refund for the licence.')]),
    );
    const card = screen.getByTestId('reply-suggested');
    expect(card.dataset.replyId).toBe('refund');
    expect(card.textContent).toContain('Suggested reply: Refund');
    expect(within(card).getByTestId('reply-reason').textContent).toMatch(/asks for a refund/);
    expect(replyIds()[0]).toBe('refund');
    expect(screen.getAllByTestId('reply')[0]?.textContent).toMatch(/fits now/);
  });

  it('suggests it for a Russian refund request too, and the card inserts the Russian text', async () => {
    const { actions } = await show(
      <RepliesSection />,
      dialogue([customer('Хочу оформить возврат средств за лицензию, трекер мне не подошёл')]),
    );
    const card = screen.getByTestId('reply-suggested');
    expect(card.dataset.replyId).toBe('refund');
    expect(card.textContent).toMatch(/refund/i);
    fireEvent.click(within(card).getByTestId('reply-suggested-insert'));
    await settle();
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^Понимаю вас\. Возвратов мы не делаем/);
  });

  it("shows the reason in the operator's language", async () => {
    await show(<RepliesSection />, dialogue([customer('I want a refund for the licence')]), { lang: 'ru' });
    const card = screen.getByTestId('reply-suggested');
    expect(card.textContent).toContain('Подходящий ответ: Возврат денег');
    expect(within(card).getByTestId('reply-reason').textContent).toMatch(/Клиент просит вернуть деньги/);
  });

  it('suggests nothing for a plain question and keeps the library order', async () => {
    await show(<RepliesSection />, dialogue([customer('How do I add a new traffic source?')]));
    expect(screen.queryByTestId('reply-suggested')).toBeNull();
    expect(replyIds().slice(0, 3)).toEqual(['ack', 'complex-hold', 'refund']);
  });

  it("renders the customer's words in the reason as text", async () => {
    const { view } = await show(
      <RepliesSection />,
      dialogue([customer('Should I add your <img src=x onerror=alert(1)> id_rsa.pub to the server?')]),
    );
    expect(screen.getByTestId('reply-suggested').dataset.replyId).toBe('ssh-key');
    expect(screen.getByTestId('reply-reason').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(view.container.querySelector('img')).toBeNull();
  });
});

describe('RepliesSection: the picker', () => {
  beforeEach(() => clockAt());
  afterEach(() => vi.useRealTimers());

  it('finds replies by words in either language', async () => {
    await show(<RepliesSection />, dialogue([customer('Hello')]));
    await type(search(), 'возв');
    expect(replyIds()[0]).toBe('refund');
    await type(search(), 'выходные');
    expect(replyIds()[0]).toBe('weekend');
    await type(search(), 'compensation');
    expect(replyIds()[0]).toBe('no-compensation');
    await type(search(), 'ssh');
    expect(replyIds()[0]).toBe('ssh-key');
    await type(search(), 'zzzqqq');
    expect(screen.queryAllByTestId('reply')).toHaveLength(0);
    expect(screen.getByTestId('reply-no-match').textContent).toContain('zzzqqq');
  });

  it("Enter inserts the first result with the customer's first name filled", async () => {
    const { actions } = await show(<RepliesSection />, dialogue([customer('Hello, the campaign report looks odd')]));
    await type(search(), 'request received');
    expect(replyIds()[0]).toBe('ack');
    await key('Enter');
    await settle();
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    const text = actions.insertText.mock.calls[0]?.[0] as string;
    expect(text).toMatch(/^Hi Ivan, thanks for writing!/);
    expect(text).not.toMatch(BRACES);
    expect(search().value).toBe('');
  });

  it('uses the fallback greeting when the page shows no name', async () => {
    const { actions } = await show(
      <RepliesSection />,
      dialogue([customer('Hello, the report looks odd')], { customer: { name: 'Visitor #4821' } }),
    );
    await type(search(), 'request received');
    await key('Enter');
    await settle();
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^Hi there, thanks/);
  });

  it('ArrowDown and ArrowUp move the selection and Enter inserts the selected reply', async () => {
    const { actions } = await show(<RepliesSection />, dialogue([customer('Hello there, a question')]));
    const selected = () => screen.getAllByTestId('reply').find((el) => el.getAttribute('aria-selected') === 'true')?.dataset.replyId;
    expect(selected()).toBe('ack');
    await key('ArrowDown');
    await key('ArrowDown');
    expect(selected()).toBe('refund');
    await key('ArrowUp');
    expect(selected()).toBe('complex-hold');
    expect(search().getAttribute('aria-activedescendant')).toBe(screen.getAllByTestId('reply')[1]?.id);
    await key('Enter');
    await settle();
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^This one needs a closer look/);
  });

  it('Escape clears the query, then closes the list', async () => {
    await show(<RepliesSection />, dialogue([customer('Hello')]));
    await type(search(), 'refund');
    expect(replyIds().length).toBeGreaterThan(0);
    await key('Escape');
    expect(search().value).toBe('');
    expect(replyIds().length).toBe(BUILT_IN_REPLY_IDS.length);
    await key('Escape');
    expect(screen.queryAllByTestId('reply')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('reply-list-toggle'));
    expect(replyIds().length).toBe(BUILT_IN_REPLY_IDS.length);
  });

  it('asks for the estimate and inserts three times it', async () => {
    const { actions } = await show(<RepliesSection />, dialogue([customer('When will the fix be ready?')]));
    await type(search(), 'estimate');
    expect(replyIds()[0]).toBe('estimate');
    await key('Enter');
    await settle();
    expect(actions.insertText).not.toHaveBeenCalled();
    const input = varInput('estimate');
    expect(document.activeElement).toBe(input);
    const insert = screen.getByTestId('reply-insert') as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    // The rule is explained before anything is typed, then with the operator's own figure.
    expect(screen.getByTestId('reply-form').textContent).toMatch(/three times its own guess.*2 h → the customer reads 6 h/);
    await type(input, 'soon');
    expect(insert.disabled).toBe(true);
    expect(screen.getByTestId('reply-form').textContent).toMatch(/Not understood/);
    await type(input, '2 hours');
    expect(insert.disabled).toBe(false);
    expect(screen.getByTestId('reply-preview').textContent).toContain('about 6 hours');
    expect(screen.getByTestId('reply-form').textContent).toContain('You think 2 hours → the customer reads 6 hours');
    fireEvent.click(insert);
    await settle();
    expect(actions.insertText).toHaveBeenCalledWith(
      "We expect this to take about 6 hours. I'll keep you posted and write as soon as it's done.",
    );
  });

  it('triples a Russian estimate for a Russian customer', async () => {
    const { actions } = await show(<RepliesSection />, dialogue([customer('Когда будет готово исправление?')]));
    await type(search(), 'срок');
    expect(replyIds()[0]).toBe('estimate');
    await type(varInput('estimate'), '2 часа');
    fireEvent.keyDown(varInput('estimate'), { key: 'Enter' });
    await settle();
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^Ориентировочный срок решения — 6 часов\./);
  });

  it('an unknown variable blocks insertion until it is filled', async () => {
    const order: Reply = {
      id: 'order-status',
      title: { en: 'Order status', ru: 'Статус заказа' },
      text: { en: 'Your order {orderId} is ready, {customerFirstName|there}.' },
      keywords: ['order'],
      enabled: true,
    };
    const { actions } = await show(<RepliesSection />, dialogue([customer('Hi')]), { settings: settingsWith([order]) });
    await type(search(), 'order');
    expect(replyIds()[0]).toBe('order-status');
    await key('Enter');
    await settle();
    expect(actions.insertText).not.toHaveBeenCalled();
    expect(screen.getAllByTestId('reply-var').map((el) => el.dataset.var)).toEqual(['orderId']);
    const insert = screen.getByTestId('reply-insert') as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    fireEvent.click(insert);
    await key('Enter');
    await settle();
    expect(actions.insertText).not.toHaveBeenCalled();
    await type(varInput('orderId'), '   ');
    expect(insert.disabled).toBe(true);
    await type(varInput('orderId'), 'A-42 {sshKey}');
    await key('Enter');
    await settle();
    expect(actions.insertText).toHaveBeenCalledWith('Your order A-42 sshKey is ready, Ivan.');
  });

  it('a Russian dialogue inserts the Russian text even with an English UI', async () => {
    const { actions } = await show(
      <RepliesSection />,
      dialogue([customer('Добрый день! Не вижу статистику по кампании за вчера, подскажите, пожалуйста')], {
        customer: { name: 'Иван Петров' },
      }),
    );
    expect(screen.getAllByTestId('reply-lang').find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.lang).toBe('ru');
    await type(search(), 'request received');
    await key('Enter');
    await settle();
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^Иван, спасибо, что написали!/);
  });

  it('the operator can switch the reply language for the dialogue', async () => {
    const { actions } = await show(<RepliesSection />, dialogue([customer('Добрый день! Не вижу статистику по кампании за вчера')]));
    fireEvent.click(screen.getAllByTestId('reply-lang').find((b) => b.dataset.lang === 'en')!);
    await type(search(), 'request received');
    await key('Enter');
    await settle();
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^Hi Ivan, thanks/);
  });

  it('an empty reply says so and inserts nothing', async () => {
    const blank: Reply = { id: 'refund', title: { en: 'Refund' }, text: { ru: '  ', en: '' }, keywords: ['refund'], enabled: true };
    const { actions } = await show(<RepliesSection />, dialogue([customer('Hello')]), { settings: settingsWith([blank]) });
    await type(search(), 'refund');
    expect(replyIds()[0]).toBe('refund');
    await key('Enter');
    await settle();
    expect(actions.insertText).not.toHaveBeenCalled();
    expect(screen.getByTestId('reply-empty').textContent).toMatch(/no text/);
    expect(screen.queryByTestId('reply-insert')).toBeNull();
  });

  it('inserts a 20,000-character reply whole', async () => {
    const long = 'x'.repeat(19_990) + ' the end.';
    expect(long.length).toBeGreaterThanOrEqual(19_999);
    const big: Reply = { id: 'manual', title: { en: 'Full manual' }, text: { en: long }, keywords: [], enabled: true };
    const { actions } = await show(<RepliesSection />, dialogue([customer('Hello')]), { settings: settingsWith([big]) });
    await type(search(), 'manual');
    expect(screen.getByTestId('reply-preview').textContent!.length).toBeLessThan(long.length);
    await key('Enter');
    await settle();
    expect(actions.insertText).toHaveBeenCalledWith(long);
  });

  it('leaves out replies the team switched off', async () => {
    const off: Reply = { id: 'refund', title: {}, text: {}, keywords: [], enabled: false };
    await show(<RepliesSection />, dialogue([customer('I want a refund')]), { settings: settingsWith([off]) });
    expect(screen.queryByTestId('reply-suggested')).toBeNull();
    expect(replyIds()).not.toContain('refund');
  });

  it('opens and focuses the search when the shortcut asks, not at mount', async () => {
    const { store } = await show(<RepliesSection />, dialogue([customer('Hello')]), { replyPickerRequest: 3 });
    expect(document.activeElement).not.toBe(search());
    await key('Escape');
    expect(screen.queryAllByTestId('reply')).toHaveLength(0);
    search().blur();
    await act(() => store.setState({ replyPickerRequest: 4 }));
    expect(document.activeElement).toBe(search());
    expect(replyIds().length).toBe(BUILT_IN_REPLY_IDS.length);
  });
});

function WhenExpanded() {
  const collapsed = useSidebar((s) => s.collapsed);
  return collapsed ? null : <RepliesSection />;
}

describe('RepliesSection: the shortcut while collapsed', () => {
  it('focuses the search when the shortcut expands the sidebar and asks in one go', async () => {
    const { store } = await show(<WhenExpanded />, dialogue([customer('Hello')]));
    await act(() => store.setState({ collapsed: true }));
    expect(screen.queryByTestId('reply-search')).toBeNull();
    await act(() => store.setState((s) => ({ collapsed: false, replyPickerRequest: s.replyPickerRequest + 1 })));
    expect(document.activeElement).toBe(search());
  });
});

describe('RepliesSection: warnings and the clock', () => {
  afterEach(() => vi.useRealTimers());

  it('warns when the customer pasted a private key', async () => {
    clockAt();
    await show(<RepliesSection />, dialogue([customer('Server access below'), operator('Thanks!'), customer(`here is the key\n${KEY}`)]));
    const warning = screen.getByTestId('secret-warning');
    expect(warning.textContent).toBe('The customer pasted a private key in message 3: ask them to change it once the work is done.');
    expect(warning.textContent).not.toContain(PEM_BODY.slice(0, 20));
  });

  it('words the warning in Russian for a Russian operator, and shows none without a secret', async () => {
    clockAt();
    await show(<RepliesSection />, dialogue([customer(`ключ:\n${KEY}`)]), { lang: 'ru' });
    expect(screen.getByTestId('secret-warning').textContent).toMatch(/^Клиент прислал закрытый ключ в сообщении 1/);
    await show(<RepliesSection />, dialogue([customer('no secrets here')]));
    expect(screen.getAllByTestId('secret-warning')).toHaveLength(1);
  });

  it('suggests "we continue on Monday" in the last half hour of a Friday shift, as the clock moves', async () => {
    // Friday 2024-03-15, 17:20 Moscow (UTC+3): the shift ends at 18:00.
    clockAt(new Date('2024-03-15T14:20:00Z'));
    const { actions } = await show(<RepliesSection />, dialogue([customer('Hello, how do I set up a postback for my offer?')]));
    expect(screen.queryByTestId('reply-suggested')).toBeNull();
    // 17:40: the section looks again once a minute.
    await act(() => {
      vi.advanceTimersByTime(20 * 60_000);
    });
    await settle();
    const card = screen.getByTestId('reply-suggested');
    expect(card.dataset.replyId).toBe('end-of-day');
    expect(screen.getByTestId('reply-reason').textContent).toMatch(/continue on Monday after 9:00 Moscow time/);
    fireEvent.click(screen.getByTestId('reply-suggested-insert'));
    await settle();
    expect(actions.insertText).toHaveBeenCalledWith(
      "My working day is coming to an end. We'll continue on Monday after 9:00 Moscow time. Your question stays with me, no need to repeat anything.",
    );
  });

  it('re-evaluates when another dialogue opens', async () => {
    clockAt();
    const { store } = await show(<RepliesSection />, dialogue([customer('Hello')]));
    expect(screen.queryByTestId('reply-suggested')).toBeNull();
    await act(() => store.setState({ snapshot: dialogue([customer('Send me your public SSH key please')]) }));
    await settle();
    expect(screen.getByTestId('reply-suggested').dataset.replyId).toBe('ssh-key');
  });
});

describe('RepliesSection: answers from the background', () => {
  beforeEach(() => clockAt());
  afterEach(() => vi.useRealTimers());

  it('renders the libraries in the background: the page sends the dialogue, not the reply texts', async () => {
    const snap = dialogue([customer('I want a refund for the licence')]);
    await show(<RepliesSection />, snap);
    const sent = background.callsOf('repliesView').at(-1);
    expect(sent.snapshot).toEqual({
      id: snap.id,
      link: snap.link,
      customer: snap.customer,
      operator: snap.operator,
      messages: snap.messages,
    });
    expect(sent.settings.replies).toEqual([]);
    expect(sent.now).toBe(MIDWEEK.getTime());
    // The card already has what it shows: no call of its own.
    expect(screen.getByTestId('reply-suggested').dataset.replyId).toBe('refund');
    expect(background.callsOf('prepareInsert')).toHaveLength(0);
  });

  it('keeps the list on screen while a query is answered, and a late answer for an older query never replaces a newer one', async () => {
    await show(<RepliesSection />, dialogue([customer('Hello')]));
    background.hold = (method, input) => method === 'repliesView' && input.query === 'refund';
    await type(search(), 'refund');
    expect(background.held).toHaveLength(1);
    expect(replyIds()).toHaveLength(BUILT_IN_REPLY_IDS.length);
    expect(replyIds()[0]).toBe('ack');
    await type(search(), 'ssh');
    expect(replyIds()[0]).toBe('ssh-key');
    background.held.forEach((h) => h.release());
    await settle();
    expect(replyIds()[0]).toBe('ssh-key');
    expect(search().value).toBe('ssh');
  });

  it('Enter right after typing inserts the first reply for what was typed, not the one on screen', async () => {
    const { actions } = await show(<RepliesSection />, dialogue([customer('Hello')]));
    background.hold = (method, input) => method === 'repliesView' && input.query === 'refund';
    fireEvent.input(search(), { target: { value: 'refund' } });
    fireEvent.keyDown(search(), { key: 'Enter' });
    await settle();
    // The list on screen still answers the empty query; Enter waits for the answer to "refund".
    expect(replyIds()[0]).toBe('ack');
    expect(actions.insertText).not.toHaveBeenCalled();
    background.held.forEach((h) => h.release());
    await settle();
    expect(actions.insertText).toHaveBeenCalledTimes(1);
    expect(actions.insertText.mock.calls[0]?.[0]).toMatch(/^I understand\. We don't offer refunds/);
  });

  it('never shows what the background said about the previous dialogue', async () => {
    const refund = dialogue([customer('I want a refund for the licence')]);
    background.hold = (method, input) => method === 'repliesView' && input.snapshot.id === refund.id;
    const { store } = await show(<RepliesSection />, refund);
    expect(screen.queryByTestId('reply-suggested')).toBeNull();
    await act(() => store.setState({ snapshot: dialogue([customer('Send me your public SSH key please')]) }));
    await settle();
    expect(screen.getByTestId('reply-suggested').dataset.replyId).toBe('ssh-key');
    background.held.forEach((h) => h.release());
    await settle();
    expect(screen.getByTestId('reply-suggested').dataset.replyId).toBe('ssh-key');
    expect(replyIds()[0]).toBe('ssh-key');
  });

  it('drops a reply prepared for a dialogue the operator has left', async () => {
    const { store, actions } = await show(<RepliesSection />, dialogue([customer('Hello')]));
    await type(search(), 'request received');
    background.hold = (method) => method === 'prepareInsert';
    await key('Enter');
    expect(background.held).toHaveLength(1);
    await act(() => store.setState({ snapshot: dialogue([customer('Another customer')], { customer: { name: 'Olga' } }) }));
    background.held.forEach((h) => h.release());
    await settle();
    expect(actions.insertText).not.toHaveBeenCalled();
  });

  it('says so when the background cannot prepare the replies, and the search stays usable', async () => {
    background.failing.set('repliesView', 'Extension context invalidated.');
    await show(<RepliesSection />, dialogue([customer('I want a refund')]), { lang: 'ru' });
    expect(screen.getByTestId('reply-error').textContent).toBe('Не удалось подготовить ответы: Extension context invalidated.');
    expect(screen.queryAllByTestId('reply')).toHaveLength(0);
    background.failing.clear();
    await type(search(), 'refund');
    expect(screen.queryByTestId('reply-error')).toBeNull();
    expect(replyIds()[0]).toBe('refund');
  });

  it('a failed insert says why and inserts nothing', async () => {
    const { store, actions } = await show(<RepliesSection />, dialogue([customer('Hello')]));
    background.failing.set('prepareInsert', 'Could not establish connection. Receiving end does not exist.');
    await key('Enter');
    expect(actions.insertText).not.toHaveBeenCalled();
    expect(store.getState().toast).toEqual({
      kind: 'error',
      text: 'The reply was not inserted: Could not establish connection. Receiving end does not exist.',
    });
  });
});

describe('RepliesSection: how often it asks', () => {
  beforeEach(() => clockAt());
  afterEach(() => vi.useRealTimers());

  it('asks again only when something it shows depends on changed', async () => {
    const snap = dialogue([customer('Hello')]);
    const { store } = await show(<RepliesSection />, snap);
    // Once with no rating yet, once with it.
    expect(background.callsOf('repliesView').map((c) => c.level)).toEqual([null, 'simple']);
    await act(() => store.setState({ toast: { kind: 'info', text: 'unrelated' } }));
    await settle();
    expect(background.callsOf('repliesView')).toHaveLength(2);
    await type(search(), 'refund');
    expect(background.callsOf('repliesView')).toHaveLength(3);
  });
});
