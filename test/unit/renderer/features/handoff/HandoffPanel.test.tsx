import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StepId } from '../../../../../shared/checklist/step-ids.ts';
import { HandoffPanel } from '../../../../../renderer/features/handoff/HandoffPanel.tsx';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { startFakeIntake, type FakeIntake } from '../../../../../testing/fake-intake.ts';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';
import { permissionCount } from '../../../../../shared/verification/checks.ts';

// The panel runs against the real router and services through the real bridge; Mimecast and the intake are loopback
// fakes reached through the real axios clients. Events go through a tiny in-process bus.
const TOKEN = 'intake-token-for-ui-test-123';
let env: ReturnType<typeof installRealAssistant>;
let services: ReturnType<typeof installRealAssistant>['services'];
let mimecast: FakeMimecast;
let intake: FakeIntake;
let clipboard: string[];

beforeEach(async () => {
  mimecast = await startFakeMimecast();
  intake = await startFakeIntake({ token: TOKEN });
  clipboard = [];
  env = installRealAssistant({
    mimecast: { sleep: () => Promise.resolve(), timeoutMs: 2_000 },
    intake: { sleep: () => Promise.resolve(), timeoutMs: 2_000 },
    clipboard: { writeText: (t) => void clipboard.push(t), readText: () => clipboard.at(-1) ?? '', clear: () => void clipboard.push('') },
    whoami: () => 'dana',
  });
  services = env.services;
  await services.router.dispatch('credentials.capture', { profileId: 'default', clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
  await services.router.dispatch('verification.setGateway', { profileId: 'default', gateway: { kind: 'custom', baseUrl: mimecast.baseUrl } });
});
afterEach(async () => {
  await Promise.resolve(services.clipboard.dispose());
  await intake.close();
  await mimecast.close();
  env.dispose();
});

/** A verification runs before the panel shows its verdict; the first in a process also reads the OS certificate
 *  store, which on a busy machine can take more than a second. */
const patient = { timeout: 8_000 };

function renderPanel() {
  const goToStep = vi.fn<(id: StepId) => void>();
  render(<HandoffPanel profileId="default" stepId="handoff" goToStep={goToStep} />);
  return { user: userEvent.setup(), goToStep };
}

describe('HandoffPanel', () => {
  it('portal channel: pre-flight passes, values copied from the main process, the outcome recorded and the gate satisfied', async () => {
    const { user } = renderPanel();
    expect(await screen.findByText(new RegExp(`Verified: the token and all ${permissionCount} permissions work`), {}, patient)).toBeTruthy();
    expect(screen.getByText('Data Collection > Cloud Sensors > Add Account + > Mimecast')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Account Name/).value).toMatch(/^Mimecast API 2\.0 - Default tenant - \d{4}-\d{2}-\d{2}$/);

    await user.click(screen.getByRole('button', { name: /Copy Client ID/ }));
    await user.click(screen.getByRole('button', { name: /Copy Client Secret/ }));
    expect(clipboard).toEqual([FAKE_CLIENT_ID, FAKE_CLIENT_SECRET]);
    expect(await screen.findByText(/cleared in 30 s/)).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(FAKE_CLIENT_SECRET);

    await user.click(screen.getByRole('radio', { name: /Pending Arctic Wolf Config/ }));
    await user.click(screen.getByRole('button', { name: 'Record the outcome' }));
    expect(await screen.findByText(/Recorded:/)).toBeTruthy();
    // The suggested name was on screen when the outcome was recorded: it is what the report will show.
    await waitFor(() => expect(services.profiles.store().read('handoff')?.accountName).toMatch(/^Mimecast API 2\.0 - Default tenant - /));
    expect(screen.getByText(/begins polling with activity from about one hour before/)).toBeTruthy();
    const progress = await services.router.dispatch('progress.get', { profileId: 'default' });
    expect(progress).toMatchObject({ ok: true, value: { progress: { gates: { handoff: { satisfied: true } } } } });
  });

  it('"Use this name" saves the suggested Account Name as it is', async () => {
    const { user } = renderPanel();
    await screen.findByText(/Verified:/);
    const use = screen.getByRole('button', { name: 'Use this name' });
    expect(use).toHaveProperty('disabled', false);
    await user.click(use);
    expect(await screen.findByRole('button', { name: 'Name saved' })).toHaveProperty('disabled', true);
    expect(services.profiles.store().read('handoff')?.accountName).toMatch(/^Mimecast API 2\.0 - Default tenant - \d{4}-\d{2}-\d{2}$/);
  });

  it('intake channel: settings saved (token never shown back), submission retried and its receipt shown', async () => {
    intake.script({ status: 503 }, { status: 201, body: { id: 'rcpt-ui-1' } });
    const { user } = renderPanel();
    await screen.findByText(/Verified:/, {}, patient);
    await user.click(screen.getByRole('radio', { name: /HTTPS intake/ }));
    await user.type(screen.getByLabelText('Intake URL'), intake.url);
    await user.type(screen.getByLabelText(/Intake token/), TOKEN);
    await user.click(screen.getByRole('button', { name: 'Save intake settings' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/Intake token/).value).toBe(''));
    expect(screen.getByText(/one is stored/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Submit the credentials/ }));
    expect(await screen.findByText(/The intake accepted the credentials/)).toBeTruthy();
    expect(screen.getByTestId('handoff-receipt').textContent).toBe('rcpt-ui-1');
    expect(intake.requests).toHaveLength(2);
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });

  it('a failing permission holds the hand-off back until the admin proceeds, which is recorded', async () => {
    mimecast.configure({ answers: { 'url-protection': { kind: 'forbidden' } } });
    const { user } = renderPanel();
    const alert = await screen.findByText(/Arctic Wolf would not receive every log/, {}, patient);
    expect(screen.getByRole('button', { name: 'Record the outcome' }).closest('fieldset')?.disabled).toBe(true);

    await user.click(within(alert.closest('.callout') as HTMLElement).getByRole('button', { name: 'Proceed anyway' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Proceed anyway' }));
    expect(await screen.findByText(/Proceeding despite the failed verification: recorded .* by dana/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Record the outcome' }).closest('fieldset')?.disabled).toBe(false);
  });

  it('picking a channel shows its form and writes nothing until the channel is used', async () => {
    const { user } = renderPanel();
    await screen.findByText(/Verified:/, {}, patient);
    const before = (await services.router.dispatch('handoff.state', { profileId: 'default' })) as { ok: true; value: { section: { timeline?: unknown[]; channel?: string } } };
    await user.click(screen.getByRole('radio', { name: /HTTPS intake/ }));
    expect(await screen.findByLabelText('Intake URL')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Arctic Wolf Unified Portal/ }));
    const after = (await services.router.dispatch('handoff.state', { profileId: 'default' })) as typeof before;
    expect(after.value.section.timeline).toEqual(before.value.section.timeline);
    expect(after.value.section.channel).toBe(before.value.section.channel);
  });

  it('follows changes made beside it: a Credential Expiry set in the lifecycle widget appears in the portal guide', async () => {
    renderPanel();
    await screen.findByText(/Verified:/, {}, patient);
    expect(screen.getByText(/^Credential Expiry: leave empty/)).toBeTruthy();
    await act(async () => {
      await services.router.dispatch('lifecycle.setExpiry', { profileId: 'default', date: '2027-03-31' });
    });
    expect(await screen.findByText('Credential Expiry: 2027-03-31.')).toBeTruthy();
  });
});
