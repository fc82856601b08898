import { describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../../lib/background/service-impl';
import { db } from '../../../lib/db/database';

describe('recordEscalation', () => {
  it('stores the summary with secrets removed', async () => {
    const service = createBackgroundService();
    const saved = await service.recordEscalation({
      dialogueId: 'd-1',
      summary: 'Root login fails, password: S3cr3tPa55word',
      customerMessageCount: 1,
    });
    expect(saved.summary).not.toContain('S3cr3tPa55word');
    expect((await db().escalations.get(saved.id!))?.summary).toBe('Root login fails, password: [secret removed]');
  });
});

describe('updateEscalation', () => {
  it('writes only the known keys, whatever the caller adds', async () => {
    const service = createBackgroundService();
    const saved = await service.recordEscalation({ dialogueId: 'd-2', summary: 's', customerMessageCount: 1 });
    const input = { id: saved.id!, jiraKey: 'SUPPORT-1', evil: 'x', at: -5 } as unknown as Parameters<typeof service.updateEscalation>[0];
    await service.updateEscalation(input);
    const row = await db().escalations.get(saved.id!);
    expect(row).toMatchObject({ jiraKey: 'SUPPORT-1', at: saved.at });
    expect(row).not.toHaveProperty('evil');
  });
});
