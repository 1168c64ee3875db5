import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistPage } from '../../../../../renderer/features/checklist/ChecklistPage.tsx';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';

let env: ReturnType<typeof installRealAssistant>;
afterEach(() => env.dispose());

const list = () => screen.getByRole('navigation', { name: 'Checklist steps' });

describe('ChecklistPage', () => {
  it('shows every step that applies with its state in words, and the overall progress', async () => {
    env = installRealAssistant();
    render(<ChecklistPage profileId="default" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeTruthy();
    const items = within(list()).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      '1. Before you startCurrent',
      '2. Create the roleTo do',
      '3. Create the applicationTo do',
      '4. NotificationsTo do',
      '5. Generate keysTo do',
      '6. Capture the keysTo do',
      '7. Admin IP RangesTo do',
      '8. Hand off to Arctic WolfBlocked',
    ]);
    expect(items[0]?.getAttribute('aria-current')).toBe('step');
    expect(within(list()).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(within(list()).getByText('0 of 8 steps done')).toBeTruthy();
  });

  it('completes the first step, saves each change in the main process, and moves focus to the next heading', async () => {
    env = installRealAssistant();
    render(<ChecklistPage profileId="default" />);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Migration from API 1.0'));
    await user.click(screen.getByRole('checkbox', { name: /Targeted Threat Protection/ }));
    await user.click(screen.getByRole('checkbox', { name: /may create API applications/ }));
    expect(await within(list()).findByText('Current, done')).toBeTruthy();
    expect(within(list()).getAllByRole('button')).toHaveLength(9);
    expect(screen.getByText('Step done')).toBeTruthy();

    const saved = env.services.progress.read();
    expect(saved.choices.deployment?.value).toBe('migration');
    expect(Object.keys(saved.steps['before-you-start']?.ticks ?? {})).toEqual(['ttp-licence', 'admin-rights']);

    await user.click(screen.getByRole('button', { name: /Next: Create the role/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Create the Arctic Wolf role' });
    expect(document.activeElement).toBe(heading);
    expect(env.services.progress.read().currentStep).toBe('create-role');
  });

  it('follows gates reported by other features through progress.changed', async () => {
    env = installRealAssistant();
    render(<ChecklistPage profileId="default" />);
    await screen.findByRole('heading', { level: 1, name: 'Before you start' });
    const handoff = () => within(list()).getByRole('button', { name: /Hand off to Arctic Wolf/ });
    expect(handoff().textContent).toMatch(/Blocked$/);
    expect(handoff().getAttribute('title')).toMatch(/Capture the keys first/);
    // The push makes the page load the progress again: the new state shows once that answer is in.
    act(() => void env.services.progress.update(undefined, { op: 'gate', widget: 'credentials-capture', satisfied: true }));
    await waitFor(() => expect(handoff().textContent).toMatch(/To do$/));
  });

  it('copies a suggested value through the main process and says so', async () => {
    env = installRealAssistant();
    env.services.progress.update(undefined, { op: 'goTo', step: 'create-role' });
    render(<ChecklistPage profileId="default" />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Create the Arctic Wolf role' });
    await user.click(await screen.findByRole('button', { name: 'Copy Role Name' }));
    expect(await screen.findByRole('button', { name: /^Copied Role Name/ })).toBeTruthy();
    expect(env.copied).toEqual(['Arctic Wolf App Role']);
  });

  it('validates the notification email as the admin leaves the field, and saves what was typed', async () => {
    env = installRealAssistant();
    env.services.progress.update(undefined, { op: 'goTo', step: 'notifications' });
    render(<ChecklistPage profileId="default" />);
    const user = userEvent.setup();
    const email = await screen.findByLabelText('Email');
    await user.type(email, 'soc@contoso');
    await user.tab();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/“soc@contoso” is not an email address/).length).toBeGreaterThan(0);
    await user.type(email, '.example{Enter}');
    expect(email.getAttribute('aria-invalid')).toBeNull();
    expect(env.services.progress.read().steps.notifications?.inputs['contact-email']?.value).toBe('soc@contoso.example');
    expect(screen.getByLabelText('Email').getAttribute('aria-describedby')).toMatch(/hint/);
  });

  it('asks before starting over, and can keep or delete attached screenshots', async () => {
    env = installRealAssistant();
    env.services.progress.update(undefined, { op: 'goTo', step: 'create-role' });
    env.services.evidence.add(undefined, { step: 'create-role', base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' });
    render(<ChecklistPage profileId="default" />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Create the Arctic Wolf role' });
    await user.click(screen.getByRole('button', { name: 'Start over…' }));
    const dialog = screen.getByRole('dialog', { name: 'Start the checklist over?' });
    expect(dialog.textContent).toMatch(/Stored keys, IP lists and hand-off receipts are kept/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(env.services.progress.read().currentStep).toBe('create-role');

    await user.click(screen.getByRole('button', { name: 'Start over…' }));
    await user.click(screen.getByLabelText('Also delete the screenshots I attached'));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Start over' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeTruthy();
    expect(env.services.progress.read().steps).toEqual({});
    expect(env.services.evidence.list()).toEqual([]);
  });
});
