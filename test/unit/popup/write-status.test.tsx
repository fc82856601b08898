// The popup says when the background's last write failed (kept in storage.session until a write succeeds).
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupWriteStatus } from '../../../components/write-status/PopupWriteStatus';
import { createWriteGuard } from '../../../lib/background/write-status';

describe("the popup's line about failed writes", () => {
  it('shows the failure the background recorded, in the operator language, and goes when a write succeeds', async () => {
    const writing = createWriteGuard(fakeBrowser.storage.session, async () => 'ru');
    render(<PopupWriteStatus lang="ru" />);
    expect(screen.queryByTestId('write-error')).toBeNull();

    await writing(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).catch(() => {});
    const line = await screen.findByTestId('write-error');
    expect(line.dataset.kind).toBe('quota');
    expect(line.textContent).toMatch(/^Не сохранено: в браузере не осталось места/);

    await writing(async () => 'stored');
    await waitFor(() => expect(screen.queryByTestId('write-error')).toBeNull());
  });

  it('shows a failure recorded before the popup opened', async () => {
    const writing = createWriteGuard(fakeBrowser.storage.session, async () => 'en');
    await writing(() => Promise.reject(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }))).catch(
      () => {},
    );
    render(<PopupWriteStatus lang="en" />);
    const line = await screen.findByTestId('write-error');
    expect(line.dataset.kind).toBe('closed');
    expect(line.textContent).toBe(
      "Not saved: Sidekick's database was closed (Database has been closed). What was saved before is kept; Sidekick tries again.",
    );
  });
});
