import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createHarness, type AppHarness } from './harness.ts';
import { FakeSafeStorage } from '../helpers/fake-safe-storage.ts';

// The built capture widget in Chromium with the real services in this process. Secrets go through the safeStorage
// adapter (a fake of Electron's async API), so the data folder really holds a ciphertext the leak search must pass.
const test = base.extend<{ app: AppHarness; clipboard: { text: string } }>({
  // eslint-disable-next-line no-empty-pattern
  clipboard: async ({}, use) => {
    await use({ text: '' });
  },
  app: async ({ context, clipboard }, use) => {
    const harness = await createHarness(context, {
      secrets: { safeStorage: new FakeSafeStorage(), fallback: 'memory' },
      clipboard: { writeText: (t) => void (clipboard.text = t), readText: () => clipboard.text, clear: () => void (clipboard.text = '') },
    });
    await use(harness);
    harness.dispose();
  },
});

const CLIENT_ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function openCaptureStep(page: Page) {
  await page.getByRole('navigation', { name: 'Checklist steps' }).getByRole('button', { name: /Capture the keys/ }).click();
  return page.getByRole('region', { name: 'Client ID and Client Secret' });
}

test('leak test: a secret captured through the UI appears in no file, log, IPC response, DOM or web storage', async ({ app, clipboard }) => {
  const secret = `E2e+${crypto.randomUUID()}/${crypto.randomUUID()}=`;
  const page = await app.open();
  const widget = await openCaptureStep(page);
  await expect(widget.getByText(/will be stored in the Electron safeStorage \(libsecret\)/)).toBeVisible();

  await widget.getByLabel('Client ID', { exact: true }).fill(CLIENT_ID);
  await widget.getByLabel('Client Secret', { exact: true }).fill(secret);
  await expect(widget.getByLabel('Client Secret', { exact: true })).toHaveAttribute('type', 'password');
  await widget.getByRole('button', { name: 'Save the keys' }).click();

  await expect(widget.getByText('Stored. You can close the Mimecast dialog now.', { exact: true })).toBeVisible();
  await expect(widget.getByText('Mc7d…VyL1')).toBeVisible();
  await expect(widget.getByText('Electron safeStorage (libsecret)')).toBeVisible();
  await expect(widget.getByLabel('Client Secret', { exact: true })).toHaveCount(0);

  // Use the secret in the main process (copy, countdown pushes) so those paths are searched too.
  await widget.getByRole('button', { name: 'Copy Client Secret' }).click();
  await expect(widget.getByText(/The clipboard is cleared in \d+ s\./)).toBeVisible();
  expect(clipboard.text).toBe(secret);
  await widget.getByRole('button', { name: 'Copy Client ID' }).click();
  expect(clipboard.text).toBe(CLIENT_ID);

  // Every file under the data folder, logs included. The ciphertext is there, the secret is not.
  const files = filesUnder(app.dataDir);
  expect(files.some((f) => f.endsWith('main.log'))).toBe(true);
  for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(secret);
  const profile = JSON.parse(readFileSync(join(app.dataDir, 'profiles', 'default.json'), 'utf8')) as { encryptedSecrets?: object };
  expect(Object.keys(profile.encryptedSecrets ?? {})).toHaveLength(1);

  // Every IPC response the harness recorded (the one request that carried it is the capture itself).
  expect(app.calls.some((c) => c.channel === 'credentials.capture')).toBe(true);
  for (const call of app.calls) expect(JSON.stringify(call.result), call.channel).not.toContain(secret);
  expect(app.calls.filter((c) => (JSON.stringify(c.payload) ?? '').includes(secret)).map((c) => c.channel)).toEqual(['credentials.capture']);

  // The page: markup, every field's live value, and web storage.
  expect(await page.content()).not.toContain(secret);
  const inPage = await page.evaluate(() => ({
    values: [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value),
    text: document.body.innerText,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  expect(JSON.stringify(inPage)).not.toContain(secret);

  // Still stored after a restart: the ciphertext decrypts again.
  const restarted = await app.restart();
  const again = await openCaptureStep(restarted);
  await expect(again.getByText('Stored. You can close the Mimecast dialog now.', { exact: true })).toBeVisible();
  await app.services.credentials.withCredentials('default', ({ clientSecret }) => Promise.resolve(expect(clientSecret).toBe(secret)));
});

test('refused input clears the fields and says why; the step completes once the keys are stored; axe finds nothing', async ({ app }) => {
  const page = await app.open();
  const widget = await openCaptureStep(page);
  await widget.getByLabel('Client ID', { exact: true }).fill(' ');
  await widget.getByLabel('Client Secret', { exact: true }).fill('S3cret+value/with=symbols');
  await widget.getByRole('button', { name: 'Save the keys' }).click();
  await expect(widget.getByRole('alert')).toContainText('The Client ID is empty');
  // Cleared on every refusal: a refused pair may hold the secret in clear text.
  await expect(widget.getByLabel('Client Secret', { exact: true })).toHaveValue('');

  // A plain-token secret pasted into the Client ID field (the Client ID in the secret field) is refused, not stored.
  const plainSecret = 'Q7mKx2pLr9TzV4nWb8YcJ3sHd6FgA1eU0oRiXq5N';
  await widget.getByLabel('Client ID', { exact: true }).fill(plainSecret);
  await widget.getByLabel('Client Secret', { exact: true }).fill(CLIENT_ID);
  await widget.getByRole('button', { name: 'Save the keys' }).click();
  await expect(widget.getByRole('alert')).toContainText('look swapped');
  await expect(widget.getByLabel('Client ID', { exact: true })).toHaveValue('');
  expect((await app.services.credentials.status('default')).stored).toBe(false);
  const text = await page.locator('body').innerText();
  expect(text).not.toContain(plainSecret.slice(0, 4));
  expect(text).not.toContain(plainSecret.slice(-4));

  const axe = await new AxeBuilder({ page }).include('.credentials-capture').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await widget.getByLabel('Client ID', { exact: true }).fill(CLIENT_ID);
  await widget.getByLabel('Client Secret', { exact: true }).fill('S3cret+value/with=symbols');
  await widget.getByRole('button', { name: 'Save the keys' }).click();
  await expect(widget.getByText('Stored. You can close the Mimecast dialog now.', { exact: true })).toBeVisible();
  await expect.poll(() => app.services.progress.read('default').gates['credentials-capture']?.satisfied).toBe(true);

  await widget.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(widget.getByLabel('Client ID', { exact: true })).toBeVisible();
  expect((await app.services.credentials.status('default')).stored).toBe(false);
});
