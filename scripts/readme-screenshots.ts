/**
 * The two pictures of the app in the README (docs/images/): a checklist step, and the verification result. Runs the
 * built renderer in Chromium with the real services against the loopback fake Mimecast, exactly as the end-to-end
 * tests do, so the pictures show the app as it is. `npm run screenshots:readme` (builds first).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../testing/chromium.ts';
import { memoryKeychain } from '../testing/memory-keychain.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast } from '../testing/fake-mimecast.ts';
import { createHarness } from '../testing/app-harness.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'images');

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'ignore', cwd: root });
  mkdirSync(outDir, { recursive: true });
  const mimecast = await startFakeMimecast();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    // The app's default window is 1180x820; the README shows it at that size, in the light theme.
    const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, deviceScaleFactor: 1, colorScheme: 'light' });
    const app = await createHarness(context, {
      mimecast: { sleep: () => Promise.resolve() },
      clipboard: { writeText: () => {}, readText: () => '', clear: () => {} },
      secrets: { keyring: memoryKeychain(), fallback: 'memory' },
    });
    try {
      const page = await app.open();
      const progress = app.services.progress;
      progress.update(undefined, { op: 'choose', choice: 'deployment', value: 'new' });
      progress.update(undefined, { op: 'tick', step: 'before-you-start', action: 'ttp-licence', checked: true });
      progress.update(undefined, { op: 'tick', step: 'before-you-start', action: 'admin-rights', checked: true });
      progress.update(undefined, { op: 'tick', step: 'create-role', action: 'new-role', checked: true });
      progress.update(undefined, { op: 'tick', step: 'create-role', action: 'role-name', checked: true });
      progress.update(undefined, { op: 'goTo', step: 'create-role' });
      await page.getByRole('heading', { level: 1, name: 'Create the Arctic Wolf role' }).waitFor();
      await page.waitForFunction(() => [...document.images].every((img) => img.complete));
      await page.screenshot({ path: join(outDir, 'checklist-step.png') });
      console.log('docs/images/checklist-step.png');

      await app.services.credentials.capture('default', { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
      app.services.verification.setGateway('default', { kind: 'custom', baseUrl: mimecast.baseUrl });
      await app.services.verification.run('default');
      progress.update(undefined, { op: 'goTo', step: 'capture-keys' });
      const panel = page.getByRole('region', { name: 'Verify the keys' });
      await panel.getByText(/^All good/).waitFor();
      // The result from its heading down: a picture that starts mid-sentence reads as a mistake.
      await panel.getByRole('heading', { name: 'Verify the keys' }).evaluate((h) => {
        // Only the step scrolls (header, step list and footer stay put), so move it and nothing else.
        const scroller = h.closest('.content-scroll')!;
        scroller.scrollTop += h.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 16;
      });
      await page.waitForFunction(() => [...document.images].every((img) => img.complete));
      await page.screenshot({ path: join(outDir, 'verification-result.png') });
      console.log('docs/images/verification-result.png');
    } finally {
      app.dispose();
    }
  } finally {
    await browser.close();
    await mimecast.close();
  }
}

await main();
