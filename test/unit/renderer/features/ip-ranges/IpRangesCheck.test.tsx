import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MSP_ACKNOWLEDGEMENT_PHRASE } from '../../../../../shared/ip-ranges/profile-section.ts';
import { IpRangesCheck } from '../../../../../renderer/features/ip-ranges/IpRangesCheck.tsx';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';

// The component talks to the real router and services through the real bridge: only Electron's IPC is left out.
let env: ReturnType<typeof installRealAssistant>;
let services: ReturnType<typeof installRealAssistant>['services'];
let clipboard: string[];

beforeEach(() => {
  env = installRealAssistant();
  services = env.services;
  clipboard = env.copied;
});
afterEach(() => env.dispose());

const AW = '45.60.0.0/24\n45.60.1.0/24';
const gate = () => services.progress.read().gates['ip-ranges-check'];

async function renderCheck() {
  render(<IpRangesCheck profileId="default" stepId="admin-ip-ranges" goToStep={() => {}} />);
  const user = userEvent.setup();
  const admin = await screen.findByLabelText('Ranges you will enter in Mimecast');
  const arcticWolf = screen.getByLabelText('Arctic Wolf ranges');
  const currentIp = screen.getByLabelText('Your current public IP address (optional)');
  return { user, admin, arcticWolf, currentIp };
}

/** Pastes text in one go, as an admin pasting from the portal would. */
async function paste(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('IpRangesCheck', () => {
  it('shows unreadable entries live, with line numbers tied to the field, and offers the canonical form', async () => {
    const { user, admin } = await renderCheck();
    await paste(user, admin, '81.2.69.0/24\n\n81.2.69.5/24');
    const describedBy = admin.getAttribute('aria-describedby')!.split(' ');
    const errors = describedBy.map((id) => document.getElementById(id)!).find((el) => el.tagName === 'UL')!;
    expect(within(errors).getByText(/^Line 3:/).textContent).toContain('Did you mean 81.2.69.0/24?');
    expect(admin.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('[data-verdict="invalid"]')?.getAttribute('role')).toBe('status');
    await waitFor(() => expect(gate()).toMatchObject({ satisfied: false }));
    expect(screen.queryByRole('button', { name: /Copy the checked list/ })).toBeNull();
  });

  it('an Arctic Wolf list with no range (only a comment) is not OK: nothing was compared, nothing to copy', async () => {
    const { user, admin, arcticWolf } = await renderCheck();
    await paste(user, arcticWolf, '# Arctic Wolf ranges go here');
    await paste(user, admin, '81.2.69.0/24');
    expect(document.querySelector('[data-verdict="ok"]')).toBeNull();
    expect(document.querySelector('[data-verdict="invalid"]')?.textContent).toMatch(/Paste the Arctic Wolf ranges first/);
    expect(screen.queryByRole('button', { name: /Copy the checked list/ })).toBeNull();
    await waitFor(() => expect(gate()).toMatchObject({ satisfied: false }));
  });

  it('never offers the checked list for copying under caution; an acknowledged list may be copied', async () => {
    const { user, admin, arcticWolf } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '45.60.0.0/23');
    expect(screen.getByRole('alert').textContent).toMatch(/Caution/);
    expect(screen.queryByRole('button', { name: /Copy the checked list/ })).toBeNull();
    const form = screen.getByRole('form', { name: 'Managed service provider acknowledgement' });
    await user.type(within(form).getByLabelText(`Type “${MSP_ACKNOWLEDGEMENT_PHRASE}”`), MSP_ACKNOWLEDGEMENT_PHRASE);
    await user.click(within(form).getByRole('button', { name: 'Record acknowledgement' }));
    await user.click(await screen.findByRole('button', { name: /Copy the checked list/ }));
    expect(await screen.findByText(/Copied 1 range/)).toBeTruthy();
    expect(clipboard).toEqual(['45.60.0.0/23']);
  });

  it('a list that would lock out the address the admin entered is a caution, with no acknowledgement and no copy', async () => {
    const { user, admin, arcticWolf, currentIp } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '81.2.69.0/24\n45.60.0.0/23');
    await user.type(currentIp, '198.51.100.7');
    expect(screen.getByRole('alert').textContent).toMatch(/lock you out/);
    expect(screen.queryByRole('form', { name: 'Managed service provider acknowledgement' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Copy the checked list/ })).toBeNull();
    await waitFor(() => expect(gate()).toMatchObject({ satisfied: false }));
  });

  it('warns when the admin list leaves an Arctic Wolf range out', async () => {
    const { user, admin, arcticWolf } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '81.2.69.0/24\n45.60.0.0/24');
    const warnings = screen.getByRole('region', { name: 'Warnings about your list' });
    expect(warnings.querySelector('[data-warning="arctic-wolf-not-covered"]')?.textContent).toContain('45.60.1.0/24');
    expect(document.querySelector('[data-verdict="ok"]')).not.toBeNull();
  });

  it('blocks on caution, and records the typed MSP acknowledgement, which opens the step’s gate', async () => {
    const { user, admin, arcticWolf } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '45.60.0.0/23');
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toMatch(/only Arctic Wolf addresses/);
    await waitFor(() => expect(gate()).toMatchObject({ satisfied: false }));

    const form = screen.getByRole('form', { name: 'Managed service provider acknowledgement' });
    const record = within(form).getByRole('button', { name: 'Record acknowledgement' });
    const phrase = within(form).getByLabelText(`Type “${MSP_ACKNOWLEDGEMENT_PHRASE}”`);
    await user.type(phrase, 'I am an admin');
    expect(record).toHaveProperty('disabled', true);
    await user.clear(phrase);
    await user.type(phrase, MSP_ACKNOWLEDGEMENT_PHRASE);
    await user.click(record);

    expect(await screen.findByText(/Acknowledged by a managed service provider on/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Managed service provider acknowledgement' })).toBeNull();
    expect(gate()).toMatchObject({ satisfied: true });
    expect(services.profiles.store().read('ipRanges')?.acknowledgement).toMatchObject({ text: MSP_ACKNOWLEDGEMENT_PHRASE, adminRanges: ['45.60.0.0/23'] });
  });

  it('clears the block when the admin adds their own range instead', async () => {
    const { user, admin, arcticWolf } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '45.60.0.0/24');
    expect(screen.getByRole('alert').textContent).toMatch(/Caution/);
    await paste(user, admin, '\n81.2.69.0/24');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('[data-verdict="ok"]')?.getAttribute('role')).toBe('status');
    await waitFor(() => expect(gate()).toMatchObject({ satisfied: true }));
  });

  it('puts the lockout risk first when the current IP is outside every admin range', async () => {
    const { user, admin, arcticWolf, currentIp } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '81.2.69.0/24, 10.0.0.0/8');
    await user.type(currentIp, '198.51.100.7');
    const warnings = screen.getByRole('region', { name: 'Warnings about your list' });
    const first = warnings.querySelector('[data-warning]');
    expect(first?.getAttribute('data-warning')).toBe('current-ip-not-covered');
    expect(first?.textContent).toMatch(/locked out/);
    expect(within(warnings).getByText(/private network/)).toBeTruthy();
  });

  it('says why a current IP is not usable, tied to its field', async () => {
    const { user, currentIp } = await renderCheck();
    await user.type(currentIp, '81.2.69.0/24');
    expect(currentIp.getAttribute('aria-invalid')).toBe('true');
    const described = currentIp.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(described).toMatch(/not a single IPv4 or IPv6 address/);
  });

  it('copies the canonical list through the main process', async () => {
    const { user, admin, arcticWolf } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '81.2.69.7 2A02:E980:0::/48\n81.2.69.7');
    await user.click(screen.getByRole('button', { name: /Copy the checked list/ }));
    expect(await screen.findByText(/Copied 2 ranges/)).toBeTruthy();
    expect(clipboard).toEqual(['81.2.69.7/32\n2a02:e980::/48']);
  });

  it('says "it" for a single copied range, not "them"', async () => {
    const { user, admin, arcticWolf } = await renderCheck();
    await paste(user, arcticWolf, AW);
    await paste(user, admin, '81.2.69.7');
    await user.click(screen.getByRole('button', { name: /Copy the checked list/ }));
    expect((await screen.findByText(/Copied 1 range\./)).textContent).toBe('Copied 1 range. Paste it into the Admin IP Ranges field in Mimecast, then save there.');
  });

  it('imports the Arctic Wolf ranges from a file', async () => {
    const { user, arcticWolf } = await renderCheck();
    const file = new File(['# Cloud Sensors\n45.60.0.0/24\n'], 'allowlist.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText(/Import Arctic Wolf ranges from a file/), file);
    await waitFor(() => expect((arcticWolf as HTMLTextAreaElement).value).toBe('# Cloud Sensors\n45.60.0.0/24\n'));
    expect(screen.getByText(/Imported the Arctic Wolf ranges from “allowlist.txt”/)).toBeTruthy();
  });

  it('shows the saved lists again after a reload', async () => {
    await services.router.dispatch('ipRanges.save', { profileId: 'default', adminText: '81.2.69.0/24', arcticWolfText: AW, currentIp: '81.2.69.1' });
    const { admin, currentIp } = await renderCheck();
    expect((admin as HTMLTextAreaElement).value).toBe('81.2.69.0/24');
    expect((currentIp as HTMLInputElement).value).toBe('81.2.69.1');
  });
});
