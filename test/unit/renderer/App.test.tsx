import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/App.tsx';
import { defaultProfiles, installFakeAssistant } from '../../helpers/fake-assistant.ts';

describe('App frame', () => {
  it('shows the active profile and the checklist steps with progress', async () => {
    installFakeAssistant();
    render(<App />);
    expect(await screen.findByRole('combobox', { name: 'Profile' })).toHaveProperty('value', 'default');
    const nav = screen.getByRole('navigation', { name: 'Checklist steps' });
    expect(within(nav).getAllByRole('listitem').length).toBeGreaterThanOrEqual(8);
    expect(within(nav).getByRole('progressbar')).toBeTruthy();
  });

  it('creates a profile through window.assistant and shows the new one as active', async () => {
    const create = vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { activeId: 'contoso', profiles: [...defaultProfiles.profiles, { id: 'contoso', name: 'Contoso', createdAt: '2026-11-25T10:00:00.000Z' }] } }),
    );
    installFakeAssistant({ profiles: { create } });
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New' }));
    await user.type(screen.getByLabelText('Profile name'), 'Contoso');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(create).toHaveBeenCalledWith({ name: 'Contoso' });
    expect(screen.getByRole('combobox', { name: 'Profile' })).toHaveProperty('value', 'contoso');
  });

  it('says plainly when the secret can only be kept in memory, and when a settings file was set aside', async () => {
    installFakeAssistant({
      app: {
        info: () =>
          Promise.resolve({
            ok: true as const,
            value: {
              version: '1',
              platform: 'linux',
              secretStore: { backend: 'memory' as const, label: 'Memory only', persistent: false, protection: 'gone on quit' },
              storeRecoveries: [{ file: '/d/settings.json', movedTo: '/d/settings.corrupt-1.json', reason: 'The file is not valid JSON.', at: '2026-11-25T10:00:00.000Z' }],
            },
          }),
      },
    });
    render(<App />);
    expect(await screen.findByText(/kept in memory for this session only/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('/d/settings.corrupt-1.json');
  });

  it('shows the main process’s message when loading fails', async () => {
    installFakeAssistant({ profiles: { list: () => Promise.resolve({ ok: false as const, error: { code: 'internal', message: 'Something went wrong inside the app.' } }) } });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong inside the app.');
  });
});
