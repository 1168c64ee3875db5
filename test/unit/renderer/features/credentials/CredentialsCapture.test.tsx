import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../../../electron/services/compose.ts';
import type { Timers } from '../../../../../electron/services/secrets/clipboard-service.ts';
import type { SecretStore } from '../../../../../electron/services/secrets/secret-store.ts';
import { AppError } from '../../../../../shared/errors.ts';
import { createStoreKeyFile, readStoreKey } from '../../../../../electron/services/secrets/store-key.ts';
import { CredentialsCapture } from '../../../../../renderer/features/credentials/CredentialsCapture.tsx';
import { memoryKeychain as keyring } from '../../../../../testing/memory-keychain.ts';
import { installRealAssistant } from '../../../../helpers/real-assistant.ts';
import { nodeServices, tempDataDir } from '../../../../../testing/services.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const SECRET = `Ui+${crypto.randomUUID()}/=`;

// The widget talks to the real router and services through the real bridge; only Electron's IPC is left out.
let dataDir: string;
let services: Services;
let board: { text: string };
let ticks: Array<() => void>;

function start(options: { keychain?: SecretStore } = {}) {
  const timers: Timers = { setTimeout: (run) => ticks.push(run), clearTimeout: () => {} };
  services = installRealAssistant({
    dataDir,
    logSinks: [],
    secrets: { keyring: options.keychain ?? keyring(), fallback: 'memory' },
    clipboard: { writeText: (t) => void (board.text = t), readText: () => board.text, clear: () => void (board.text = '') },
    timers,
  }).services;
  render(<CredentialsCapture profileId="default" stepId="capture-keys" goToStep={() => {}} />);
  return userEvent.setup();
}

beforeEach(() => {
  dataDir = tempDataDir('aw-cred-ui-');
  board = { text: '' };
  ticks = [];
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function fill(user: ReturnType<typeof userEvent.setup>, clientId: string, clientSecret: string) {
  const idField = await screen.findByLabelText('Client ID');
  const secretField = screen.getByLabelText('Client Secret');
  await user.click(idField);
  await user.paste(clientId);
  await user.click(secretField);
  await user.paste(clientSecret);
  return { idField: idField as HTMLInputElement, secretField: secretField as HTMLInputElement };
}

describe('CredentialsCapture', () => {
  it('stores the pasted keys once, clears the fields, and shows the masked ID, where, and what it protects against', async () => {
    const user = start();
    expect(await screen.findByText(/will be stored in the GNOME Secret Service/)).toBeTruthy();
    // A text input drops a pasted line break by itself; spaces come through and are trimmed by the main process.
    const { secretField } = await fill(user, ID, `${SECRET}  `);
    expect(secretField.type).toBe('password');
    await user.click(screen.getByRole('button', { name: /Save the keys/ }));

    expect(await screen.findByText('Stored. You can close the Mimecast dialog now.')).toBeTruthy();
    expect(await screen.findByText('Mc7d…VyL1')).toBeTruthy();
    expect(screen.getByText('GNOME Secret Service')).toBeTruthy();
    expect(screen.getByText(/other users cannot read it/)).toBeTruthy();
    expect(screen.getByText('Removed spaces or line breaks around the Client Secret.')).toBeTruthy();
    expect(screen.queryByLabelText('Client Secret')).toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(services.progress.read('default').gates['credentials-capture']).toMatchObject({ satisfied: true });
    await services.credentials.withCredentials('default', (c) => Promise.resolve(expect(c).toEqual({ clientId: ID, clientSecret: SECRET })));
  });

  it('shows the secret only while the peek button is held', async () => {
    const user = start();
    const { secretField } = await fill(user, ID, SECRET);
    const peek = screen.getByRole('button', { name: 'Hold to show the Client Secret' });
    fireEvent.pointerDown(peek);
    expect(secretField.type).toBe('text');
    fireEvent.pointerUp(peek);
    expect(secretField.type).toBe('password');
    fireEvent.keyDown(peek, { key: ' ' });
    expect(secretField.type).toBe('text');
    fireEvent.keyUp(peek, { key: ' ' });
    expect(secretField.type).toBe('password');
  });

  it('clears both fields when the keys are refused (the ID field may hold the secret), and says why next to the fields', async () => {
    const user = start();
    const { idField, secretField } = await fill(user, SECRET, ID);
    await user.click(screen.getByRole('button', { name: /Save the keys/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/look swapped/);
    expect(idField.value).toBe('');
    expect(secretField.value).toBe('');
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(idField.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a plain-token secret pasted into the Client ID field: nothing stored, nothing of it shown back', async () => {
    const user = start();
    const plainSecret = 'Q7mKx2pLr9TzV4nWb8YcJ3sHd6FgA1eU0oRiXq5N';
    const { idField } = await fill(user, plainSecret, ID);
    await user.click(screen.getByRole('button', { name: /Save the keys/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/look swapped/);
    expect(idField.value).toBe('');
    expect(document.body.textContent).not.toContain(plainSecret.slice(0, 4));
    expect(document.body.textContent).not.toContain(plainSecret.slice(-4));
    expect(services.progress.read('default').gates['credentials-capture']?.satisfied).not.toBe(true);
    expect((await services.credentials.status('default')).stored).toBe(false);

    // The length rule can be wrong: after checking the dialog, the admin may confirm the fields and save.
    await user.click(screen.getByLabelText(/each in their own field/));
    await fill(user, 'AVeryLongButGenuineClientIdentifier0123456789', 'ShortSecret12345');
    await user.click(screen.getByRole('button', { name: /Save the keys/ }));
    expect(await screen.findByText('Stored. You can close the Mimecast dialog now.')).toBeTruthy();
  });

  it('copies through the main process and counts down to clearing the secret', async () => {
    const user = start({ keychain: await storedKeys() });
    await user.click(await screen.findByRole('button', { name: 'Copy Client Secret' }));
    expect(board.text).toBe(SECRET);
    expect(await screen.findByText('The clipboard is cleared in 30 s.')).toBeTruthy();
    act(() => ticks.shift()?.());
    expect(screen.getByText('The clipboard is cleared in 29 s.')).toBeTruthy();
    await act(async () => {
      while (ticks.length) ticks.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(board.text).toBe('');
    expect(screen.getAllByText('The Client Secret was cleared from the clipboard.').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Copy Client ID' }));
    expect(board.text).toBe(ID);
  });

  it('forgets the secret after confirmation and keeps the masked ID', async () => {
    const user = start({ keychain: await storedKeys() });
    await user.click(await screen.findByRole('button', { name: 'Forget the secret…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forget the Client Secret?' });
    await user.click(within(dialog).getByRole('button', { name: 'Forget the secret' }));
    expect(await screen.findByText('Secret forgotten')).toBeTruthy();
    expect(screen.getByText('Mc7d…VyL1')).toBeTruthy();
    expect((await services.credentials.status('default')).stored).toBe(false);
  });

  it('deletes after confirmation, and Cancel changes nothing', async () => {
    const user = start({ keychain: await storedKeys() });
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect((await services.credentials.status('default')).stored).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByLabelText('Client ID')).toBeTruthy();
    expect((await services.credentials.status('default')).stored).toBe(false);
  });

  it('replaces the keys, keeping the old ones until the new ones are saved', async () => {
    const user = start({ keychain: await storedKeys() });
    await user.click(await screen.findByRole('button', { name: 'Replace with new keys…' }));
    expect(screen.getByText(/stored keys stay until the new ones are saved/)).toBeTruthy();
    await fill(user, 'Zz9yX8wV7uT6sR5qP4oN3mL2', `New+${SECRET}`);
    await user.click(screen.getByRole('button', { name: 'Save the new keys' }));
    expect(await screen.findByText('Zz9y…3mL2')).toBeTruthy();
  });

  it('warns in a banner when the secret can only be kept in memory', async () => {
    const locked: SecretStore = { ...keyring(), set: () => Promise.reject(new AppError('secret-store-locked', 'The GNOME Secret Service is locked.')) };
    start({ keychain: locked });
    expect(await screen.findByText('Caution: the secret will be kept in memory only.')).toBeTruthy();
    expect(screen.getByText(/The GNOME Secret Service is locked\./)).toBeTruthy();
  });

  it('shows keys stored from the command line in the key-file store as stored for scheduled runs, with how to check them', async () => {
    const keyFolder = tempDataDir('aw-cred-ui-key-');
    const key = await createStoreKeyFile(join(keyFolder, 'store.key'), dataDir).then(({ path }) => readStoreKey(path, dataDir));
    const cli = nodeServices({ dataDir, logSinks: [], secrets: { storeKey: key, fallback: 'refuse' } });
    await cli.credentials.capture('default', { clientId: ID, clientSecret: SECRET });

    const user = start();
    expect(await screen.findByText('Stored for scheduled runs')).toBeTruthy();
    expect(screen.getByText('Mc7d…VyL1')).toBeTruthy();
    expect(screen.getByText(/cannot verify or copy them/)).toBeTruthy();
    expect(screen.getByText('mimecast-aw verify --profile default --store-key FILE')).toBeTruthy();
    expect(screen.getByText(/those go to the GNOME Secret Service/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy Client Secret' })).toBeNull();
    expect(screen.queryByLabelText('Client Secret')).toBeNull();
    expect(document.body.innerHTML).not.toContain(SECRET);
    // The app has no store key: a verification says so instead of failing on the keychain.
    await expect(services.credentials.withCredentials('default', () => Promise.resolve())).rejects.toMatchObject({ code: 'store-key-required' });

    // Deleting needs no key: the ciphertext goes with the record.
    await user.click(screen.getByRole('button', { name: /Delete…/ }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete the stored keys?' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByLabelText('Client Secret')).toBeTruthy();
    expect(readFileSync(join(dataDir, 'profiles', 'default.json'), 'utf8')).not.toContain('"age"');
    rmSync(keyFolder, { recursive: true, force: true });
  });
});

/** Stores keys before the widget mounts, in a keychain the widget's services then share (as after a restart). */
async function storedKeys(): Promise<SecretStore> {
  const keychain = keyring();
  const earlier = nodeServices({ dataDir, logSinks: [], secrets: { keyring: keychain, fallback: 'memory' } });
  await earlier.credentials.capture('default', { clientId: ID, clientSecret: SECRET });
  return keychain;
}
