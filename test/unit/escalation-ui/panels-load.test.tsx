// The escalation's panels load when a dialogue first needs them (components/escalation/PanelsSlot.tsx).
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { importPanels } from '../../../components/escalation/panels-source';
import { escalationRecord, setup } from './helpers';

describe('the escalation panels, loaded on request', () => {
  // The loader keeps what loaded for the page: the failure comes first.
  it('says so when they cannot load, and keeps the button row', async () => {
    vi.mocked(importPanels).mockRejectedValueOnce(new Error('the escalation panels did not load'));
    setup({ stored: { record: null, escalation: escalationRecord(), newCustomerMessagesSinceEscalation: 0 } });
    await waitFor(() =>
      expect(screen.getAllByTestId('escalation-error')[0]!.textContent).toBe(
        'The escalation panel could not load (the escalation panels did not load). Reload the page.',
      ),
    );
    expect(screen.getByTestId('escalate-again')).toBeTruthy();
  });

  it('are not loaded for a dialogue never escalated, and load when the operator escalates', async () => {
    const load = vi.mocked(importPanels);
    load.mockClear();
    setup();
    expect(screen.getByTestId('escalate')).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('escalate'));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  });
});
