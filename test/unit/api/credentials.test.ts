import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matchAdmin, maskKey, readCredentials, writeCredentials } from '../../../lib/api/credentials';
import { apiOriginFor, appIdFromPanelUrl } from '../../../lib/api/hosts';
import { exportAll } from '../../../lib/db/backup';
import { openDb } from '../../../lib/db/database';
import { loadSettings } from '../../../lib/settings/store';
import { serializeSettings } from '../../../lib/settings/validate';

const KEY = 'cq-secret-key-0123456789abcdef';

describe('the API key', () => {
  it('lives in storage.local on its own: never in the settings, their export or a backup', async () => {
    await writeCredentials({ key: KEY, adminId: '301', adminName: 'Анна', connectedAt: 1 });
    expect((await readCredentials())?.key).toBe(KEY);
    const settings = await loadSettings();
    expect(serializeSettings(settings)).not.toContain(KEY);
    const db = openDb(`backup-${Math.random()}`);
    expect(JSON.stringify(await exportAll(db, settings, Date.now()))).not.toContain(KEY);
    expect(JSON.stringify(await fakeBrowser.storage.local.get('settings'))).not.toContain(KEY);
    await writeCredentials(null);
    expect(await readCredentials()).toBeNull();
  });

  it('is shown masked: its last four characters at most', () => {
    expect(maskKey(KEY)).toBe('••••••••cdef');
    expect(maskKey('short')).toBe('••••••••');
    expect(maskKey('')).toBe('');
  });
});

describe('who I am and where the API is', () => {
  it('matches the panel operator name to exactly one admin', () => {
    const admins = [
      { id: '1', name: 'Анна Смирнова' },
      { id: '2', name: 'Пётр Ёлкин' },
      { id: '3', name: 'Иван' },
      { id: '4', name: 'Иван' },
    ];
    expect(matchAdmin(admins, '  анна  смирнова ')?.id).toBe('1');
    expect(matchAdmin(admins, 'Пётр Елкин')?.id).toBe('2');
    expect(matchAdmin(admins, 'Иван')).toBeNull();
    expect(matchAdmin(admins, '')).toBeNull();
  });

  it('follows the panel host and takes the app id from the panel address', () => {
    expect(apiOriginFor('https://carrotquest.io/panel/57562/conversations/1')).toBe('https://api.carrotquest.io');
    expect(apiOriginFor('https://app.dashly.io/panel/1/conversations')).toBe('https://api.dashly.app');
    expect(apiOriginFor('https://dashly.io/panel/1')).toBe('https://api.dashly.app');
    expect(appIdFromPanelUrl('https://carrotquest.io/panel/57562/conversations/1160406004324630614')).toBe('57562');
    expect(appIdFromPanelUrl('https://app.carrotquest.io/project/12345/conversations')).toBe('12345');
    expect(appIdFromPanelUrl('https://carrotquest.io/pricing')).toBeNull();
  });
});

describe('API mode on the channel', () => {
  it("answers the key and history messages to the extension's own pages only", async () => {
    const { backgroundHandlers } = await import('../../../lib/background/handlers');
    const { createBackgroundService } = await import('../../../lib/background/service-impl');
    const { dispatch } = await import('../../../lib/channel/registry');
    const { CONTENT_SCRIPT, EXTENSION_PAGE, SELF } = await import('../fake-channel');
    const handlers = backgroundHandlers(createBackgroundService());
    await writeCredentials({ key: KEY, adminId: '301', adminName: 'Анна', connectedAt: 1 });
    for (const type of [
      'apiStatus',
      'apiConnect',
      'apiSetOperator',
      'apiDisconnect',
      'apiHistoryStart',
      'apiHistoryCancel',
      'apiHistoryState',
    ] as const) {
      await expect(dispatch(handlers, type, undefined as never, CONTENT_SCRIPT, SELF), type).rejects.toThrow(/refused/);
    }
    const status = await dispatch(handlers, 'apiStatus', undefined, EXTENSION_PAGE, SELF);
    expect(status.maskedKey).toBe('••••••••cdef');
    expect(JSON.stringify(status)).not.toContain(KEY);
    await expect(dispatch(handlers, 'apiSetOperator', { adminId: '1 OR 1' }, EXTENSION_PAGE, SELF)).rejects.toThrow(/adminId/);
  });
});
