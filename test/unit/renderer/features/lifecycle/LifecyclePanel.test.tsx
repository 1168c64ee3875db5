import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StepId } from '../../../../../shared/checklist/step-ids.ts';
import { LifecyclePanel } from '../../../../../renderer/features/lifecycle/LifecyclePanel.tsx';
import { formatDateTime } from '../../../../../renderer/lib/time-format.ts';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';

// The services' clock and the renderer's clock are the same controlled clock: vi's fake Date drives both.
let env: ReturnType<typeof installRealAssistant>;
let services: ReturnType<typeof installRealAssistant>['services'];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2026-11-25T12:00:00.000Z') });
  env = installRealAssistant({ now: () => new Date(), whoami: () => 'erin' });
  services = env.services;
});
afterEach(() => {
  vi.useRealTimers();
  env.dispose();
});

function renderPanel() {
  const goToStep = vi.fn<(id: StepId) => void>();
  render(<LifecyclePanel profileId="default" stepId="handoff" goToStep={goToStep} />);
  return { user: userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) }), goToStep };
}

describe('LifecyclePanel', () => {
  it('starts the 12-hour window on confirmation and counts down on the clock, with the refresh guide', async () => {
    const { user, goToStep } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Arctic Wolf reported the credentials failed' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Start the countdown' }));
    expect((await screen.findByTestId('lifecycle-countdown')).textContent).toBe('12:00:00');
    expect(screen.getByRole('list', { name: 'Refresh the credentials' }).textContent).toMatch(/Manage API 2\.0 credentials > Generate.*View Account > Edit Information.*Use existing value.*Save Changes/s);

    act(() => {
      vi.advanceTimersByTime(90 * 60 * 1000 + 5_000);
    });
    expect(screen.getByTestId('lifecycle-countdown').textContent).toBe('10:29:55');

    act(() => {
      vi.advanceTimersByTime(11 * 60 * 60 * 1000);
    });
    expect(screen.getByTestId('lifecycle-countdown').textContent).toBe('00:00:00');

    await user.click(screen.getByRole('button', { name: /Capture the new keys/ }));
    expect(goToStep).toHaveBeenCalledWith('capture-keys');
  });

  it('refuses “refreshed” until new keys are captured and verified, and says so', async () => {
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Arctic Wolf reported the credentials failed' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Start the countdown' }));
    await user.click(await screen.findByRole('button', { name: 'New credentials saved in the portal' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/capture them here first|Verify the new credentials first/);
  });

  it('saves Credential Expiry and reminds ahead of it', async () => {
    const { user } = renderPanel();
    const input = await screen.findByLabelText(/Expiry date/);
    await user.type(input, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save date' }));
    expect(await screen.findByText(/expire in 6 day\(s\), on 2026-12-01/)).toBeTruthy();
  });

  it('offers to forget the secret only after a confirmed hand-off', async () => {
    await services.router.dispatch('credentials.capture', { profileId: 'default', clientId: 'mc-client-id-0123456789', clientSecret: 'mc-secret-value-abcdef' });
    renderPanel();
    await screen.findByRole('button', { name: 'Arctic Wolf reported the credentials failed' });
    expect(screen.queryByRole('button', { name: 'Forget the secret' })).toBeNull();

    await act(async () => {
      await services.router.dispatch('handoff.recordOutcome', { profileId: 'default', state: 'Healthy' });
    });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(await screen.findByRole('button', { name: 'Forget the secret' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Forget the secret' }));
    expect(await screen.findByText(/The secret was removed from this computer .* by erin/)).toBeTruthy();
    const status = await services.router.dispatch('credentials.status', { profileId: 'default' });
    expect(status).toMatchObject({ ok: true, value: { stored: false } });
  });

  it('after the hand-off: the background re-check’s interval, its history, and a failing streak with its deadline', async () => {
    renderPanel();
    expect(await screen.findByText(/Once Arctic Wolf has accepted the credentials/)).toBeTruthy();
    const store = services.profiles.store('default');
    store.write('verification', {
      history: [{ ranAt: '2026-11-25T08:00:00.000Z', source: 'schedule', outcome: 'failed', summary: 'Refused: URL Protection logs (forbidden).' }],
      recheck: { failingSince: '2026-11-25T08:00:00.000Z' },
    });
    await act(async () => {
      await services.router.dispatch('handoff.recordOutcome', { profileId: 'default', state: 'Healthy' });
    });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const interval = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Re-check interval' });
    expect(interval.value).toBe('6');
    await user.selectOptions(interval, '12');
    expect(services.recheck.view('default').intervalHours).toBe(12);
    // Times in the app's one format: local time with its zone.
    expect(screen.getByRole('alert').textContent).toContain(`Arctic Wolf can recover data until ${formatDateTime('2026-11-25T20:00:00.000Z')}`);
    const history = screen.getByRole('table', { name: 'Recent verifications' });
    expect(within(history).getByText('Refused: URL Protection logs (forbidden).')).toBeTruthy();
    expect(within(history).getByText('Background')).toBeTruthy();
    expect(within(history).getByText(formatDateTime('2026-11-25T08:00:00.000Z'))).toBeTruthy();
  });
});
