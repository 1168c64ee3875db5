import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createHarness, type AppHarness } from './harness.ts';

// The Network settings section in the built renderer, with the real services (and their Network settings service)
// in this process. Nothing is sent anywhere: the section reads and saves settings only.
const PASSWORD = 'e2e-proxy-P@ss-3141';
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

const test = base.extend<{ app: AppHarness }>({
  app: async ({ context }, use) => {
    // A developer's own proxy variables must not decide what the section shows.
    const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
    for (const name of PROXY_VARIABLES) delete process.env[name];
    const harness = await createHarness(context, { network: { useSavedSettings: true } });
    await use(harness);
    harness.dispose();
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  },
});

async function openSection(page: Page) {
  await page.getByRole('navigation', { name: 'Checklist steps' }).getByRole('button', { name: /Capture the keys/ }).click();
  const summary = page.locator('summary').filter({ hasText: 'Network settings: proxy and company certificate' });
  // Keyboard only: the disclosure opens with Enter.
  await summary.focus();
  await page.keyboard.press('Enter');
  return page.locator('details.network-section');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Network section shows the route, saves a proxy with a password it never shows back, and is axe-clean (${colorScheme})`, async ({ app }) => {
    const page = await app.open();
    await page.emulateMedia({ colorScheme });
    const section = await openSection(page);
    await expect(section.getByRole('status').first()).toContainText('No proxy: the app connects to api.services.mimecast.com directly');

    await section.getByLabel('Proxy address').fill('http://proxy.corp.example:8080');
    await section.getByLabel(/Proxy user name/).fill('svc-aw');
    await section.getByLabel('Proxy password').fill(PASSWORD);
    await section.getByRole('button', { name: 'Save network settings' }).click();
    await expect(section.getByRole('status').first()).toContainText('proxy.corp.example:8080 (with a user name and password), from these Network settings');
    expect(await page.content()).not.toContain(PASSWORD);
    // The request carried it once; no answer ever did.
    const answers = app.calls.filter((c) => c.channel.startsWith('network.')).map((c) => JSON.stringify(c.result));
    expect(answers.length).toBeGreaterThan(1);
    for (const answer of answers) expect(answer).not.toContain(PASSWORD);

    const axe = await new AxeBuilder({ page }).include('.network-section').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}
