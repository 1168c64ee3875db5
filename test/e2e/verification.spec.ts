import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createHarness, type AppHarness } from './harness.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, fakeScenarios, startFakeMimecast, type FakeMimecast } from '../../testing/fake-mimecast.ts';
import { checkIds, leastPrivilegeProbeIds } from '../../shared/verification/checks.ts';

// The built panel in Chromium, the real services in this process, and the loopback fake Mimecast API answering
// through the real axios client. Retry waits are skipped and the timeout is short, so no state takes long to show.
const test = base.extend<{ app: AppHarness; mimecast: FakeMimecast; timeoutMs: number }>({
  // The client's per-request timeout: short so "did not answer" shows quickly; a test that holds an answer while it
  // looks at the running row raises it, or a loaded machine lets the held request time out first.
  timeoutMs: [1_500, { option: true }],
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  mimecast: async ({}, use) => {
    const fake = await startFakeMimecast();
    await use(fake);
    fake.release();
    await fake.close();
  },
  app: async ({ context, timeoutMs }, use) => {
    const harness = await createHarness(context, { mimecast: { sleep: () => Promise.resolve(), timeoutMs } });
    await use(harness);
    harness.dispose();
  },
});

/** Keys stored the way the capture step stores them, and the gateway pointed at the fake, straight in the services. */
async function storeKeys(app: AppHarness, mimecast: FakeMimecast, clientSecret = FAKE_CLIENT_SECRET) {
  await app.services.credentials.capture('default', { clientId: FAKE_CLIENT_ID, clientSecret });
  app.services.verification.setGateway('default', { kind: 'custom', baseUrl: mimecast.baseUrl });
}

async function openPanel(page: Page) {
  await page.getByRole('navigation', { name: 'Checklist steps' }).getByRole('button', { name: /Capture the keys/ }).click();
  return page.getByRole('region', { name: 'Verify the keys' });
}

const row = (panel: ReturnType<Page['getByRole']>, name: string) => panel.getByRole('listitem').filter({ hasText: name });

test.describe('with an answer held back', () => {
  test.use({ timeoutMs: 30_000 });
  test('all good: each row spins until its own answer, then passes; the result and time are saved', async ({ app, mimecast }) => {
    const page = await app.open();
    await storeKeys(app, mimecast);
    mimecast.configure({ answers: { 'url-protection': { kind: 'held' } } });
    const panel = await openPanel(page);
    await expect(panel.getByRole('listitem')).toHaveCount(1 + checkIds.length + leastPrivilegeProbeIds.length);
    await expect(row(panel, 'Access token')).toHaveAttribute('data-status', 'idle');

    await panel.getByRole('button', { name: 'Verify the keys' }).click();
    await expect(row(panel, 'Audit events')).toHaveAttribute('data-status', 'passed');
    await expect(row(panel, 'URL Protection logs')).toHaveAttribute('data-status', 'running');
    await expect(row(panel, 'URL Protection logs')).toContainText('Checking…');
    await expect(panel.getByRole('button', { name: 'Verifying…' })).toBeDisabled();

    mimecast.release();
    await expect(row(panel, 'URL Protection logs')).toHaveAttribute('data-status', 'passed');
    await expect(panel.getByRole('status').filter({ hasText: 'All good' })).toBeVisible();
    await expect(panel.getByText(/Last run .* \(\d+ ms\)/)).toBeVisible();
    expect(app.services.verification.latest('default')?.ok).toBe(true);
    expect(mimecast.violations).toEqual([]);

    // Saved in the profile: still there after a restart.
    const restarted = await app.restart();
    const again = await openPanel(restarted);
    await expect(again.getByRole('status').filter({ hasText: 'All good' })).toBeVisible();
    await expect(row(again, 'Impersonation Protection logs')).toHaveAttribute('data-status', 'passed');
  });
});

test('a missing permission names it as the console does and links to the role step', async ({ app, mimecast }) => {
  const page = await app.open();
  await storeKeys(app, mimecast);
  mimecast.configure({ answers: { 'impersonation-protection': { kind: 'forbidden' } } });
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Verify the keys' }).click();

  const failed = row(panel, 'Impersonation Protection logs');
  await expect(failed).toHaveAttribute('data-status', 'failed');
  await expect(failed).toContainText('the role may lack “Monitoring Menu > Impersonation Protection Logs > Read”');
  await expect(failed).toContainText('What to do:');
  await expect(panel.getByRole('status').filter({ hasText: `1 of ${checkIds.length} permission checks failed` })).toBeVisible();
  // The capture step is not "done" beside a failed check, even with its box ticked and the keys stored.
  await page.getByRole('checkbox', { name: /Close the Manage API 2.0 Credentials dialog/ }).check();
  await expect(page.getByRole('region', { name: 'Waiting for' })).toContainText('Verify the keys');
  await expect(page.getByText('Step done')).toHaveCount(0);
  // The 403 names both places to fix it: the role and the application's Products.
  await expect(failed).toContainText('Products');

  const axe = await new AxeBuilder({ page }).include('.verification-panel').analyze();
  expect(axe.violations).toEqual([]);

  await failed.getByRole('button', { name: /Go to the step “Create the Arctic Wolf role”/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create the Arctic Wolf role' })).toBeVisible();
});

test('products and licence: app_forbidden on every TTP log points at Products and the TTP licence', async ({ app, mimecast }) => {
  const page = await app.open();
  await storeKeys(app, mimecast);
  const appForbidden = { kind: 'app-forbidden' } as const;
  mimecast.configure({ answers: { 'attachment-protection': appForbidden, 'impersonation-protection': appForbidden, 'url-protection': appForbidden } });
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Verify the keys' }).click();
  const attachment = row(panel, 'Attachment Protection logs');
  await expect(attachment).toHaveAttribute('data-status', 'failed');
  await expect(attachment).toContainText("Edit the application's Products");
  await expect(attachment).toContainText('Targeted Threat Protection (TTP) licence');
  await expect(row(panel, 'Audit events')).toHaveAttribute('data-status', 'passed');
  await expect(attachment.getByRole('button', { name: /Go to the step/ })).toBeVisible();
});

test('a wrong secret fails the token with the regenerate path; the permissions are not checked', async ({ app, mimecast }) => {
  const page = await app.open();
  await storeKeys(app, mimecast, 'not-the-secret-mimecast-knows');
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Verify the keys' }).click();
  await expect(row(panel, 'Access token')).toHaveAttribute('data-status', 'failed');
  await expect(row(panel, 'Access token')).toContainText('Manage API 2.0 credentials > Generate');
  for (const name of ['Audit events', 'URL Protection logs']) await expect(row(panel, name)).toHaveAttribute('data-status', 'skipped');
  await expect(panel.getByRole('status').filter({ hasText: 'did not issue a token' })).toBeVisible();
});

test('HTTP 200 with a fail entry, a 429 that persists and a hang each show their own failure', async ({ app, mimecast }) => {
  const page = await app.open();
  await storeKeys(app, mimecast);
  mimecast.configure({
    answers: {
      'audit-events': { kind: 'fail-200', code: 'err_validation', message: 'The request could not be validated' },
      'attachment-protection': { kind: 'rate-limited', header: 'X-RateLimit-Reset', value: '3000' },
      'url-protection': { kind: 'hang' },
    },
  });
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Verify the keys' }).click();
  await expect(row(panel, 'Audit events')).toContainText('The request could not be validated');
  await expect(row(panel, 'Attachment Protection logs')).toContainText('rate limit');
  await expect(row(panel, 'URL Protection logs')).toContainText('did not finish answering within 1.5 seconds');
  await expect(row(panel, 'Impersonation Protection logs')).toHaveAttribute('data-status', 'passed');
});

test('without stored keys the panel says so; an API 1.0 host is explained before anything is sent', async ({ app, mimecast }) => {
  const page = await app.open();
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Verify the keys' }).click();
  await expect(panel.getByRole('alert')).toBeVisible();

  await panel.getByRole('radio', { name: 'Custom base URL' }).check();
  await panel.getByRole('textbox', { name: 'Base URL' }).fill('https://eu-api.mimecast.com');
  await expect(panel.getByText(/is a Mimecast API 1.0 host/)).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Base URL' })).toHaveAttribute('aria-invalid', 'true');
  await panel.getByRole('radio', { name: /United States/ }).check();
  await expect.poll(() => app.services.verification.gateway('default')).toEqual({ kind: 'us' });
  expect(mimecast.requests).toEqual([]);
  expect(app.calls.some((c) => JSON.stringify(c).includes(FAKE_CLIENT_SECRET))).toBe(false);
});

test('more than pass/fail: recent events, a quiet log, an unlicensed module and a role that reads too much', async ({ app, mimecast }) => {
  const page = await app.open();
  await storeKeys(app, mimecast);
  mimecast.configure({ records: { 'audit-events': 42, 'impersonation-protection': 0 }, answers: { ...fakeScenarios['over-privileged'].answers, ...fakeScenarios['url-protect-unlicensed'].answers } });
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: 'Verify the keys' }).click();
  await expect(row(panel, 'Must not read: Account details')).toHaveAttribute('data-status', 'failed');
  await expect(row(panel, 'Audit events')).toContainText(/Audit events: 42 in the last 24 hours, newest \d{2}:\d{2}/);
  await expect(row(panel, 'URL Protection logs')).toContainText('not licensed for URL Protect');
  await expect(panel.getByRole('note', { name: 'Quiet logs' })).toContainText('No Impersonation Protection logs in the last 24 hours');
  await expect(row(panel, 'Must not read: Data Leak Prevention logs')).toContainText('clear “Monitoring Menu > Data Leak Prevention > Read”');
  const results = await new AxeBuilder({ page }).include('section.verification-panel').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
