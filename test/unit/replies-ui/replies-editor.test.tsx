import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { RepliesEditor } from '../../../components/options/RepliesEditor';
import { BUILT_IN_REPLIES } from '../../../lib/replies/library';
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Reply, Settings } from '../../../lib/settings/schema';

const refund = BUILT_IN_REPLIES.find((r) => r.id === 'refund')!;

async function stored(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.local.get('settings')).settings as Settings | undefined;
}

async function open(initial?: Settings) {
  if (initial) await fakeBrowser.storage.local.set({ settings: initial });
  history.replaceState(null, '', '#replies');
  render(<OptionsApp extraTabs={[{ id: 'replies', label: { en: 'Replies', ru: 'Ответы' }, render: () => <RepliesEditor /> }]} />);
  return screen.findByTestId('replies-editor');
}

const row = (id: string) => screen.getAllByTestId('reply-row').find((r) => r.dataset.replyId === id)!;
const field = (name: string) => screen.getAllByTestId('reply-field').find((f) => f.dataset.field === name) as HTMLInputElement;
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('RepliesEditor', () => {
  beforeEach(() => history.replaceState(null, '', '#'));

  it('lists every built-in reply', async () => {
    await open();
    expect(screen.getAllByTestId('reply-row').map((r) => r.dataset.replyId)).toEqual(BUILT_IN_REPLIES.map((r) => r.id));
    expect(row('refund').dataset.kind).toBe('built-in');
  });

  it('saves an edited built-in reply as a team override and restores the default', async () => {
    await open();
    fireEvent.click(within(row('refund')).getByTestId('reply-edit'));
    expect(field('id').readOnly).toBe(true);
    expect(field('textEn').value).toBe(refund.text.en);
    type(field('textEn'), 'We do not refund, {customerFirstName|friend}; see the licence agreement.');
    type(field('titleEn'), 'Refund policy');
    fireEvent.click(screen.getByTestId('reply-save'));
    await screen.findByTestId('settings-saved');
    const saved = (await stored())!.replies;
    expect(saved).toEqual([
      {
        id: 'refund',
        title: { ru: refund.title.ru, en: 'Refund policy' },
        text: { ru: refund.text.ru, en: 'We do not refund, {customerFirstName|friend}; see the licence agreement.' },
        keywords: refund.keywords,
        enabled: true,
      },
    ]);
    expect(screen.queryByTestId('reply-editor')).toBeNull();
    expect(row('refund').dataset.kind).toBe('edited');
    expect(row('refund').textContent).toContain('Refund policy');

    fireEvent.click(within(row('refund')).getByTestId('reply-restore'));
    await waitFor(() => expect(row('refund').dataset.kind).toBe('built-in'));
    expect((await stored())!.replies).toEqual([]);
  });

  it('rejects an invalid id with the message and saves nothing', async () => {
    await open();
    fireEvent.click(screen.getByTestId('reply-add'));
    type(field('id'), 'bad id!');
    type(field('titleEn'), 'Bad');
    type(field('textEn'), 'Hello');
    fireEvent.click(screen.getByTestId('reply-save'));
    const error = await screen.findByTestId('replies-error');
    expect(error.textContent).toBe('replies.0.id: must be letters, digits, dot, dash or underscore');
    expect(screen.getByTestId('settings-error').textContent).toContain('replies.0.id');
    expect(await stored()).toBeUndefined();
    expect(screen.getByTestId('reply-editor')).toBeTruthy();
  });

  it('refuses a new reply whose id another reply has', async () => {
    await open();
    fireEvent.click(screen.getByTestId('reply-add'));
    type(field('id'), 'refund');
    type(field('textEn'), 'Hello');
    fireEvent.click(screen.getByTestId('reply-save'));
    expect((await screen.findByTestId('replies-error')).textContent).toMatch(/"refund" is already used/);
    expect(await stored()).toBeUndefined();
  });

  it('adds a reply with an unknown variable: warns, and still saves', async () => {
    await open();
    fireEvent.click(screen.getByTestId('reply-add'));
    type(field('id'), 'order-status');
    type(field('titleRu'), 'Статус заказа');
    type(field('titleEn'), 'Order status');
    type(field('textRu'), 'Заказ {orderId} готов.');
    type(field('textEn'), 'Order {orderId} is ready.');
    type(field('keywords'), 'order, заказ ,');
    expect(screen.getByTestId('reply-unknown-vars').textContent).toContain('{orderId}');
    fireEvent.click(screen.getByTestId('reply-save'));
    await screen.findByTestId('settings-saved');
    const saved: Reply[] = (await stored())!.replies;
    expect(saved).toEqual([
      {
        id: 'order-status',
        title: { ru: 'Статус заказа', en: 'Order status' },
        text: { ru: 'Заказ {orderId} готов.', en: 'Order {orderId} is ready.' },
        keywords: ['order', 'заказ'],
        enabled: true,
      },
    ]);
    expect(row('order-status').dataset.kind).toBe('team');
    expect(row('order-status').textContent).toContain('{orderId}');
  });

  it('switches a built-in reply off and on', async () => {
    await open();
    fireEvent.click(within(row('weekend')).getByTestId('reply-toggle'));
    await waitFor(() => expect(row('weekend').dataset.enabled).toBe('false'));
    expect((await stored())!.replies).toEqual([{ ...BUILT_IN_REPLIES.find((r) => r.id === 'weekend'), enabled: false }]);
    fireEvent.click(within(row('weekend')).getByTestId('reply-toggle'));
    await waitFor(() => expect(row('weekend').dataset.enabled).toBe('true'));
    expect((await stored())!.replies).toEqual([]);
  });

  it('deletes a team reply only on the second click', async () => {
    const own: Reply = { id: 'order', title: { en: 'Order' }, text: { en: 'Order' }, keywords: [], enabled: true };
    await open({ ...defaultSettings(), replies: [own] });
    const del = within(row('order')).getByTestId('reply-delete');
    fireEvent.click(del);
    expect((await stored())!.replies).toEqual([own]);
    fireEvent.click(within(row('order')).getByTestId('reply-delete'));
    await waitFor(() => expect(screen.getAllByTestId('reply-row').map((r) => r.dataset.replyId)).not.toContain('order'));
    expect((await stored())!.replies).toEqual([]);
  });
});
