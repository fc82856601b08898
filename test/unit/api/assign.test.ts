import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../lib/api/client';
import type { ApiCredentials } from '../../../lib/api/credentials';
import { ApiError } from '../../../lib/api/errors';
import { assignThroughApi } from '../../../lib/background/api-dialogue';

const ADMINS = [
  { id: '301', name: 'Анна Смирнова', type: 'admin' },
  { id: '302', name: 'Ольга  Миронова', type: 'admin' },
  { id: '900', name: 'Бот', type: 'bot' },
];

function fakeClient(assign: (params: unknown) => unknown = () => ({ id: '1', part_group: '2' })) {
  const request = vi.fn(async (method: string, path: string, params?: unknown) => {
    if (method === 'GET' && path === '/apps/12345/channels') return { data: [{ id: '1', name: 'Чат', operators: ADMINS }], meta: {} };
    if (method === 'POST' && path === '/conversations/1204567890123456001/assign') return { data: assign(params), meta: {} };
    throw new Error(`unexpected ${method} ${path}`);
  });
  return { request, limiter: {} as ApiClient['limiter'], origin: 'https://api.carrotquest.io' } as unknown as ApiClient & {
    request: typeof request;
  };
}
const current = (client: ApiClient) => async () => ({ client, appId: '12345', credentials: { adminId: '301' } as ApiCredentials });
const input = (name: string, lang: 'ru' | 'en' = 'en') => ({ dialogueId: '1204567890123456001', name, lang });

describe('assigning through the API (hand over)', () => {
  it("finds the operator by name among the channels' operators and assigns the dialogue to them", async () => {
    const client = fakeClient();
    const answer = await assignThroughApi(current(client), input('ольга миронова'));
    expect(answer).toEqual({ ok: true, text: 'The dialogue is assigned to Ольга  Миронова through the CarrotQuest API.' });
    expect(client.request).toHaveBeenLastCalledWith('POST', '/conversations/1204567890123456001/assign', {
      admin: '302',
      from_admin: '301',
    });
  });

  it('says when no operator has that name, and assigns nothing', async () => {
    const client = fakeClient();
    expect(await assignThroughApi(current(client), input('Иван Петров', 'ru'))).toEqual({
      ok: false,
      off: false,
      text: 'Среди операторов проекта нет «Иван Петров»: назначьте диалог вручную.',
    });
    expect(client.request.mock.calls.some((c) => c[0] === 'POST')).toBe(false);
  });

  it('answers off without API mode, so the page opens its own assign control', async () => {
    const off = async () => {
      throw new ApiError('not-configured', 'no API key connected');
    };
    expect(await assignThroughApi(off, input('Анна Смирнова'))).toEqual({ ok: false, off: true, text: '' });
  });

  it('says why the API refused', async () => {
    const client = fakeClient(() => {
      throw new ApiError('permission', 'HTTP 403', { status: 403 });
    });
    const answer = await assignThroughApi(current(client), input('Анна Смирнова'));
    expect(answer.ok).toBe(false);
    expect(answer.text).toMatch(/^Assigning to Анна Смирнова through the CarrotQuest API failed: /);
  });
});
