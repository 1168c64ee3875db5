import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CaptureForm } from '../../../../../renderer/features/credentials/CaptureForm.tsx';
import { UpdateReadyBanner } from '../../../../../renderer/features/updates/UpdateReadyBanner.tsx';
import type { UpdateStatus } from '../../../../../shared/updates/update-status.ts';
import { installFakeAssistant } from '../../../../helpers/fake-assistant.ts';

const ready: UpdateStatus = { state: 'ready', version: '1.5.0', reason: null, managed: false, channel: 'stable', checkedAt: '2026-12-07T09:00:00.000Z' };

function withStatus(status: UpdateStatus) {
  return installFakeAssistant({
    updates: {
      status: vi.fn(() => Promise.resolve({ ok: true as const, value: status })),
      restart: vi.fn(() => Promise.resolve({ ok: true as const, value: { restarting: true as const } })),
    },
  });
}

describe('Update ready — restart when convenient', () => {
  it('says quietly that the update installs on quit, and offers a restart the admin may ignore', async () => {
    const api = withStatus(ready);
    render(<UpdateReadyBanner />);
    expect(await screen.findByText(/Update ready — version 1\.5\.0 installs when you quit\. Restart when convenient\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(api.updates.restart).toHaveBeenCalledTimes(1);
  });

  it('offers no restart while the capture step has a secret on screen, and offers it again once the field is empty', async () => {
    withStatus(ready);
    const user = userEvent.setup();
    render(
      <>
        <UpdateReadyBanner />
        <CaptureForm profileId="default" replacing={false} onSaved={() => {}} />
      </>,
    );
    await screen.findByRole('button', { name: 'Restart now' });
    await user.type(screen.getByLabelText('Client Secret'), 'Ui+not-yet-saved-secret');
    expect(screen.queryByRole('button', { name: 'Restart now' })).toBeNull();
    expect(screen.getByText(/a restart is not offered while a secret is on screen/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Client Secret'));
    expect(await screen.findByRole('button', { name: 'Restart now' })).toBeTruthy();
  });

  it('shows nothing until an update is ready', async () => {
    const api = withStatus({ ...ready, state: 'downloading' });
    render(<UpdateReadyBanner />);
    await vi.waitFor(() => expect(api.updates.status).toHaveBeenCalled());
    expect(screen.queryByRole('status')).toBeNull();
  });
});
