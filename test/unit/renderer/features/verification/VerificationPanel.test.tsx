import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StepId } from '../../../../../shared/checklist/step-ids.ts';
import { VerificationPanel } from '../../../../../renderer/features/verification/VerificationPanel.tsx';
import { checkIds, leastPrivilegeProbeIds, permissionCount } from '../../../../../shared/verification/checks.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, fakeScenarios, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';

// The panel talks to the real router and services through the real bridge, and they to the loopback fake Mimecast
// API through the real axios client. Only Electron's IPC is left out: events go through a tiny in-process bus.
let env: ReturnType<typeof installRealAssistant>;
let services: ReturnType<typeof installRealAssistant>['services'];
let fake: FakeMimecast;
let goToStep: ReturnType<typeof vi.fn<(id: StepId) => void>>;

beforeEach(async () => {
  fake = await startFakeMimecast();
  env = installRealAssistant({ mimecast: { sleep: () => Promise.resolve(), timeoutMs: 2_000 } });
  services = env.services;
  goToStep = vi.fn<(id: StepId) => void>();
});
afterEach(async () => {
  fake.release();
  await fake.close();
  env.dispose();
});

async function storeKeysAndUseFake() {
  await services.router.dispatch('credentials.capture', { profileId: 'default', clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
  await services.router.dispatch('verification.setGateway', { profileId: 'default', gateway: { kind: 'custom', baseUrl: fake.baseUrl } });
}

function renderPanel(stepId: StepId = 'capture-keys') {
  render(<VerificationPanel profileId="default" stepId={stepId} goToStep={goToStep} />);
  return userEvent.setup();
}

/** Answers travel over real loopback HTTP and a real store: on a busy machine that can take more than a second. */
const patient = { timeout: 8_000 };

const row = (name: string) => screen.getAllByRole('listitem').find((item) => within(item).queryByText(name))!;

describe('VerificationPanel', { timeout: 30_000 }, () => {
  it('before any run: Global gateway, the token, permission and least-privilege rows not run yet', async () => {
    renderPanel();
    expect((await screen.findByRole<HTMLInputElement>('radio', { name: /Global \(default\)/ }, patient)).checked).toBe(true);
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(1 + checkIds.length + leastPrivilegeProbeIds.length);
    for (const item of rows) expect(item.getAttribute('data-status')).toBe('idle');
    expect(screen.getByText('Role permission: Monitoring Menu > URL Protection > Read')).toBeTruthy();
  });

  it('shows a spinner on each row until its own answer arrives, then the saved result and time', async () => {
    await storeKeysAndUseFake();
    fake.configure({ answers: { 'url-protection': { kind: 'held' } } });
    const user = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Verify the keys' }, patient));

    await waitFor(() => expect(row('Audit events').getAttribute('data-status')).toBe('passed'), patient);
    expect(row('Access token').getAttribute('data-status')).toBe('passed');
    expect(row('URL Protection logs').getAttribute('data-status')).toBe('running');
    expect(within(row('URL Protection logs')).getByText('Checking…')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Verifying…' }).disabled).toBe(true);

    fake.release();
    await waitFor(() => expect(row('URL Protection logs').getAttribute('data-status')).toBe('passed'), patient);
    expect(await screen.findByText(new RegExp(`All good: Mimecast issued a token, all ${permissionCount} permissions work, and the role can read nothing more`), {}, patient)).toBeTruthy();
    expect(screen.getByText(/Last run/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Run the check again' }).disabled).toBe(false);
  });

  it('a missing permission shows the console wording, the fix and a link to the role step', async () => {
    await storeKeysAndUseFake();
    fake.configure({ answers: { 'impersonation-protection': { kind: 'forbidden' } } });
    const user = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Verify the keys' }, patient));
    await waitFor(() => expect(row('Impersonation Protection logs').getAttribute('data-status')).toBe('failed'), patient);
    const failed = row('Impersonation Protection logs');
    expect(within(failed).getByText(/What to do: .*Monitoring Menu > Impersonation Protection Logs > Read/)).toBeTruthy();
    await user.click(within(failed).getByRole('button', { name: /Go to the step “Create the Arctic Wolf role”/ }));
    expect(goToStep).toHaveBeenCalledWith('create-role');
    expect(await screen.findByText(new RegExp(`1 of ${checkIds.length} permission checks failed`), {}, patient)).toBeTruthy();
  });

  it('a bad secret fails the token row and leaves the permissions unchecked', async () => {
    await services.router.dispatch('credentials.capture', { profileId: 'default', clientId: FAKE_CLIENT_ID, clientSecret: 'a-different-secret-value' });
    await services.router.dispatch('verification.setGateway', { profileId: 'default', gateway: { kind: 'custom', baseUrl: fake.baseUrl } });
    const user = renderPanel('handoff');
    await user.click(await screen.findByRole('button', { name: 'Verify the keys' }, patient));
    await waitFor(() => expect(row('Access token').getAttribute('data-status')).toBe('failed'), patient);
    await waitFor(() => expect(row('Audit events').getAttribute('data-status')).toBe('skipped'), patient);
    expect(within(row('Access token')).getByText(/Manage API 2.0 credentials > Generate/)).toBeTruthy();
    await user.click(within(row('Access token')).getByRole('button', { name: /Go to the step/ }));
    expect(goToStep).toHaveBeenCalledWith('capture-keys');
  });

  it('without stored keys it says so and offers the capture step', async () => {
    const user = renderPanel('handoff');
    await user.click(await screen.findByRole('button', { name: 'Verify the keys' }, patient));
    const alert = await screen.findByRole('alert', {}, patient);
    await user.click(within(alert).getByRole('button', { name: 'Go to the step that stores the keys' }));
    expect(goToStep).toHaveBeenCalledWith('capture-keys');
  });

  it('explains an API 1.0 host while typing and saves nothing', async () => {
    const user = renderPanel();
    await user.click(await screen.findByRole('radio', { name: 'Custom base URL' }, patient));
    const field = screen.getByLabelText('Base URL');
    await user.type(field, 'https://eu-api.mimecast.com');
    expect(screen.getByText(/is a Mimecast API 1.0 host/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await user.tab();
    expect(services.verification.gateway('default')).toEqual({ kind: 'global' });
  });

  it('saves a picked gateway in the profile', async () => {
    const user = renderPanel();
    await user.click(await screen.findByRole('radio', { name: /United Kingdom/ }, patient));
    await waitFor(() => expect(services.verification.gateway('default')).toEqual({ kind: 'uk' }), patient);
    await user.click(screen.getByRole('radio', { name: 'Custom base URL' }));
    await user.type(screen.getByLabelText('Base URL'), 'https://gateway.example.com/');
    await user.tab();
    await waitFor(() => expect(services.verification.gateway('default')).toEqual({ kind: 'custom', baseUrl: 'https://gateway.example.com' }), patient);
  });

  it('says when the result predates the keys stored now', async () => {
    await storeKeysAndUseFake();
    const report = await services.verification.run('default');
    const store = services.profiles.store('default');
    store.write('verification', { ...store.read('verification'), latest: { ...report, ranAt: '2020-01-01T00:00:00.000Z' } });
    const user = renderPanel();
    expect(await screen.findByText(/The keys were replaced after this result/, {}, patient)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run the check again' }));
    await waitFor(() => expect(screen.queryByText(/The keys were replaced after this result/)).toBeNull(), patient);
  });

  it('shows each log’s recent events, warns about a quiet log, and names a permission the role should not have', async () => {
    await storeKeysAndUseFake();
    fake.configure({ records: { 'audit-events': 42, 'url-protection': 0 }, answers: fakeScenarios['over-privileged'].answers });
    const user = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Verify the keys' }, patient));
    await waitFor(() => expect(row('Must not read: Data Leak Prevention logs').getAttribute('data-status')).toBe('failed'), patient);
    const newest = new Date('2026-11-25T09:58:12Z').toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    expect(within(row('Audit events')).getByText(`Audit events: 42 in the last 24 hours, newest ${newest}`)).toBeTruthy();
    expect(within(screen.getByRole('note', { name: 'Quiet logs' })).getByText(/No URL Protection logs in the last 24 hours/)).toBeTruthy();
    const dlp = row('Must not read: Data Leak Prevention logs');
    expect(within(dlp).getByText(/clear “Monitoring Menu > Data Leak Prevention > Read”/)).toBeTruthy();
    await user.click(within(dlp).getByRole('button', { name: /Go to the step “Create the Arctic Wolf role”/ }));
    expect(goToStep).toHaveBeenCalledWith('create-role');
    expect(screen.getByText(/the role can read more than Arctic Wolf needs/)).toBeTruthy();
  });

  it('shows the last saved report when it opens again', async () => {
    await storeKeysAndUseFake();
    await services.verification.run('default');
    renderPanel();
    expect(await screen.findByText(/All good/, {}, patient)).toBeTruthy();
    for (const item of screen.getAllByRole('listitem')) expect(item.getAttribute('data-status')).toBe('passed');
  });
});
