import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/App.tsx';
import { installFakeAssistant } from '../../helpers/fake-assistant.ts';
import { installRealAssistant } from '../../helpers/real-assistant.ts';
import { nodeServices, tempDataDir } from '../../../testing/services.ts';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
});

describe('App frame', () => {
  it('shows the active profile and the checklist steps with progress', async () => {
    ({ dispose } = installRealAssistant());
    render(<App />);
    expect(await screen.findByRole('combobox', { name: 'Profile' })).toHaveProperty('value', 'default');
    const nav = await screen.findByRole('navigation', { name: 'Checklist steps' });
    expect(within(nav).getAllByRole('listitem').length).toBeGreaterThanOrEqual(8);
    expect(within(nav).getByRole('progressbar')).toBeTruthy();
  });

  it('creates a profile through window.assistant and shows the new one as active', async () => {
    const real = installRealAssistant();
    dispose = real.dispose;
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New' }));
    await user.type(screen.getByLabelText('Profile name'), 'Contoso');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(await screen.findByRole('option', { name: 'Contoso', selected: true })).toBeTruthy();
    expect(real.services.profiles.state().activeId).toBe('contoso');
  });

  it('says plainly when the secret can only be kept in memory, and when a settings file was set aside', async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, 'settings.json'), '{ "profiles": [ ');
    // No secret-store adapters: memory only, as on a machine without a keychain or safeStorage.
    ({ dispose } = installRealAssistant({ dataDir }));
    render(<App />);
    expect(await screen.findByText(/kept in memory for this session only/)).toBeTruthy();
    const alert = await screen.findByText(/could not be read and was set aside/);
    expect(alert.textContent).toContain(join(dataDir, 'settings.corrupt-'));
  });

  it('says so when a profile opened later, on a switch, had its file set aside', async () => {
    const dataDir = tempDataDir();
    const before = nodeServices({ dataDir });
    before.profiles.create('Fabrikam');
    before.profiles.switchTo('default');
    writeFileSync(join(dataDir, 'profiles', 'fabrikam.json'), '{ "progress": ');
    ({ dispose } = installRealAssistant({ dataDir }));
    render(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Profile' }), 'fabrikam');
    const alert = await screen.findByText(/could not be read and was set aside/);
    expect(alert.textContent).toContain(join(dataDir, 'profiles', 'fabrikam.corrupt-'));
  });

  it('shows the main process’s message when loading fails', async () => {
    installFakeAssistant({ profiles: { list: () => Promise.resolve({ ok: false as const, error: { code: 'internal', message: 'Something went wrong inside the app.' } }) } });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong inside the app.');
  });
});
