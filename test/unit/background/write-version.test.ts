// The database cannot be opened at this code's version (VersionError: a newer version of the extension
// was installed before, and the browser refuses the older one). The operator is told which, and what the
// database holds stays: once it opens again, everything stored before is there.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '../../../lib/background/service-impl';
import type { DialogueSnapshot } from '../../../lib/carrotquest/snapshot';
import { db } from '../../../lib/db/database';
import { readWriteError, WRITE_STATUS_KEY } from '../../../lib/db/write-error';

const snapshot = (id: string): DialogueSnapshot => ({
  id,
  link: null,
  url: `https://app.carrotquest.io/project/1/conversations/${id}`,
  customer: {},
  notes: [],
  messages: [{ fromCustomer: true, text: 'hello' }],
  tags: ['refund'],
  matched: [],
  missing: [],
  readAt: 1,
});

describe('a database that refuses to open at this version', () => {
  it('is said as such on a write, and what it holds stays', async () => {
    const bg = createBackgroundService();
    await bg.recordSnapshot(snapshot('1204567890123456001'));
    // The worker starts again (the database is opened anew) and the browser refuses the version.
    db().close({ disableAutoOpen: false });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('The requested version (20) is less than the existing version (40).', 'VersionError');
    };
    let error: unknown;
    try {
      error = await bg.recordSnapshot(snapshot('1204567890123456002')).then(
        () => null,
        (e: unknown) => e,
      );
    } finally {
      IDBFactory.prototype.open = open;
    }
    expect(readWriteError(error)).toMatchObject({ kind: 'version' });
    expect(readWriteError(error)!.line).toMatch(/newer version/);
    expect((await fakeBrowser.storage.session.get(WRITE_STATUS_KEY))[WRITE_STATUS_KEY]).toMatchObject({ kind: 'version' });

    await bg.recordSnapshot(snapshot('1204567890123456002'));
    expect((await db().dialogues.toArray()).map((d) => d.id)).toEqual(['1204567890123456001', '1204567890123456002']);
    expect((await fakeBrowser.storage.session.get(WRITE_STATUS_KEY))[WRITE_STATUS_KEY]).toBeUndefined();
  });
});
