import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkSection } from '../../../../../renderer/features/network/NetworkSection.tsx';
import { VerificationPanel } from '../../../../../renderer/features/verification/VerificationPanel.tsx';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, refusedBaseUrl } from '../../../../../testing/fake-mimecast.ts';
import { memoryKeychain } from '../../../../../testing/memory-keychain.ts';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';

// The section against the real router and services (the Network settings service, the protected store stand-in).
const PASSWORD = 'ui-proxy-P@ss-4410';
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];
const patient = { timeout: 8_000 };

let env: ReturnType<typeof installRealAssistant>;
beforeEach(() => {
  for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
  env = installRealAssistant({
    secrets: { keyring: memoryKeychain(), fallback: 'refuse' },
    network: { useSavedSettings: true },
    mimecast: { sleep: () => Promise.resolve(), timeoutMs: 2_000 },
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  env.dispose();
});

describe('NetworkSection', { timeout: 30_000 }, () => {
  it('shows the proxy in use and the roots, saves a proxy with a password, and never shows the password back', async () => {
    render(<NetworkSection defaultOpen />);
    expect(await screen.findByText(/No proxy: the app connects to api.services.mimecast.com directly/, {}, patient)).toBeTruthy();
    expect(screen.getByText(/from this computer's certificate store, \d+ that come with the app/)).toBeTruthy();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Proxy address'), 'http://proxy.corp.example:8080');
    await user.type(screen.getByLabelText(/Proxy user name/), 'svc-aw');
    await user.type(screen.getByLabelText('Proxy password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Save network settings' }));

    expect(await screen.findByText(/proxy.corp.example:8080 \(with a user name and password\), from these Network settings/, {}, patient)).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(PASSWORD);
    expect(screen.getByLabelText<HTMLInputElement>('Proxy address').value).toBe('http://proxy.corp.example:8080');
    expect(screen.getByLabelText<HTMLInputElement>(/Keep the saved proxy user name and password/).checked).toBe(true);
  });

  it('says what is wrong with a proxy it cannot use, and keeps the form as typed', async () => {
    render(<NetworkSection defaultOpen />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Proxy address', {}, patient), 'socks5://proxy.corp.example:1080');
    await user.click(screen.getByRole('button', { name: 'Save network settings' }));
    expect((await screen.findByRole('alert', {}, patient)).textContent).toMatch(/must start with http:\/\/ or https:\/\//);
    expect(screen.getByLabelText<HTMLInputElement>('Proxy address').value).toBe('socks5://proxy.corp.example:1080');
  });

  it('the verification panel points to the Network settings when a check failed on the way to Mimecast', async () => {
    await env.services.router.dispatch('credentials.capture', { profileId: 'default', clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
    await env.services.router.dispatch('verification.setGateway', { profileId: 'default', gateway: { kind: 'custom', baseUrl: await refusedBaseUrl() } });
    render(<VerificationPanel profileId="default" stepId="capture-keys" goToStep={() => {}} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Verify the keys' }, patient));
    expect(await screen.findByText(/This failed on the way to Mimecast, not in your Mimecast account/, {}, patient)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Network settings: proxy and company certificate').closest('details')?.open).toBe(true), patient);
  });
});
