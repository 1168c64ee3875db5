import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AboutPanel } from '../../../../../renderer/features/updates/AboutPanel.tsx';
import type { UpdateStatus } from '../../../../../shared/updates/update-status.ts';
import { installFakeAssistant } from '../../../../helpers/fake-assistant.ts';

const base: UpdateStatus = { state: 'up-to-date', version: null, reason: null, managed: false, channel: 'stable', checkedAt: '2026-12-07T09:00:00.000Z' };

function withStatus(status: UpdateStatus, after: UpdateStatus = status) {
  return installFakeAssistant({
    updates: {
      status: vi.fn(() => Promise.resolve({ ok: true as const, value: status })),
      check: vi.fn(() => Promise.resolve({ ok: true as const, value: after })),
    },
  });
}

describe('About', () => {
  it('shows the version, channel, last check and result; "Check now" checks and shows the new result with its reason', async () => {
    const refused: UpdateStatus = { ...base, state: 'refused', version: '1.3.0', reason: 'The feed offers 1.3.0, older than the installed 1.4.0: a downgrade is never installed.' };
    const api = withStatus(base, refused);
    render(<AboutPanel open onOpenChange={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'About the assistant' });
    expect(await within(dialog).findByText('1.0.0')).toBeTruthy();
    expect(within(dialog).getByText('Stable')).toBeTruthy();
    expect(within(dialog).getByText('This is the latest version.')).toBeTruthy();
    expect(within(dialog).queryByText(/Managed by your organisation/)).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Check now' }));
    expect(api.updates.check).toHaveBeenCalledTimes(1);
    expect(await within(dialog).findByText(/a downgrade is never installed/)).toBeTruthy();
  });

  it('says "Managed by your organisation" and offers no check when IT turned updates off', async () => {
    withStatus({ ...base, state: 'disabled-by-policy', managed: true, checkedAt: null, reason: 'Your organisation has turned off updates for this app: IT installs new versions.' });
    render(<AboutPanel open onOpenChange={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/Managed by your organisation/)).toBeTruthy();
    expect(within(dialog).getByText(/IT installs new versions/)).toBeTruthy();
    expect(within(dialog).getByText('Not yet')).toBeTruthy();
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Check now' }).disabled).toBe(true);
  });
});
