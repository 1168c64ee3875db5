import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { createHarness, type AppHarness } from './harness.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../testing/fake-mimecast.ts';

// The tenants view with a dozen profiles: the built renderer in Chromium, the real services in this process, every
// tenant's gateway a loopback fake Mimecast API. Retry waits are skipped so no state takes long to show.
const test = base.extend<{ app: AppHarness; mimecast: FakeMimecast }>({
  // eslint-disable-next-line no-empty-pattern
  mimecast: async ({}, use) => {
    const fake = await startFakeMimecast();
    await use(fake);
    fake.release();
    await fake.close();
  },
  app: async ({ context }, use) => {
    const harness = await createHarness(context, { mimecast: { sleep: () => Promise.resolve(), timeoutMs: 5_000 } });
    await use(harness);
    harness.dispose();
  },
});

const CUSTOMERS = ['Acme', 'Bluth', 'Cyberdyne', 'Dunder Mifflin', 'Globex', 'Hooli', 'Initech', 'Massive Dynamic', 'Pied Piper', 'Soylent', 'Umbrella', 'Wayne'];
const idOf = (name: string) => name.toLowerCase().replace(/ /g, '-');

/** Twelve tenants: ten with working keys, Umbrella with a revoked secret, Wayne with no keys at all. */
async function twelveTenants(app: AppHarness, mimecast: FakeMimecast): Promise<Page> {
  const page = await app.open();
  const s = app.services;
  for (const name of CUSTOMERS) {
    s.profiles.create(name);
    const id = idOf(name);
    if (name === 'Wayne') continue;
    await s.credentials.capture(id, { clientId: FAKE_CLIENT_ID, clientSecret: name === 'Umbrella' ? 'a-revoked-secret-value' : FAKE_CLIENT_SECRET });
    s.verification.setGateway(id, { kind: 'custom', baseUrl: mimecast.baseUrl });
  }
  s.lifecycle.setExpiry('globex', '2020-01-31');
  s.lifecycle.reportFailure('hooli');
  s.profiles.switchTo('acme');
  await page.reload(); // the app reads them as at a start
  return page;
}

async function openTenants(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'All tenants' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 13);
  return table;
}

const rowOf = (table: Locator, name: string) => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
const cell = (row: Locator, index: number) => row.getByRole('cell').nth(index);

test('a dozen tenants at a glance: sortable by keyboard, expiry and 12-hour window shown, no axe findings', async ({ app, mimecast }) => {
  const page = await twelveTenants(app, mimecast);
  const table = await openTenants(page);

  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(['Tenant', 'Checklist', 'Last verification', 'Hand-off', 'Credential expiry', '12-hour window']);
  await expect(headers.first()).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('rowheader').first()).toContainText('Acme');
  await expect(rowOf(table, 'Acme')).toHaveAttribute('aria-current', 'true');

  await expect(cell(rowOf(table, 'Globex'), 3)).toHaveText('2020-01-31: expired');
  await expect(cell(rowOf(table, 'Hooli'), 4)).toHaveText(/^Running: 1[12] h \d+ min left$/);
  await expect(cell(rowOf(table, 'Wayne'), 1)).toContainText('No keys stored');
  await expect(cell(rowOf(table, 'Acme'), 0)).toHaveText(/0 of \d+ steps/);

  // Keyboard only: the header's button sorts, a second press reverses.
  const tenantHeader = headers.first().getByRole('button');
  await tenantHeader.focus();
  await page.keyboard.press('Enter');
  await expect(headers.first()).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('rowheader').first()).toContainText('Wayne');
  await headers.nth(4).getByRole('button').focus();
  await page.keyboard.press('Space');
  await expect(headers.nth(4)).toHaveAttribute('aria-sort', 'ascending');
  await expect(headers.first()).not.toHaveAttribute('aria-sort');
  await expect(table.getByRole('rowheader').first()).toContainText('Globex'); // expired first

  const axe = await new AxeBuilder({ page }).include('.tenants-view').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('Verify all: progress per row, cancellable, then a full run; each result saved in its profile', async ({ app, mimecast }) => {
  const page = await twelveTenants(app, mimecast);
  const table = await openTenants(page);
  const status = page.getByRole('status').filter({ hasText: /Verifying|Done|Cancelled|Starting/ });

  // Every probe held: the first four tenants (the default concurrency) run, the rest wait their turn.
  mimecast.configure({ answers: { 'url-protection': { kind: 'held' } } });
  await page.getByRole('button', { name: 'Verify all (11)' }).click();
  await expect(page.getByRole('button', { name: 'Verifying…' })).toBeDisabled();
  await expect(table.locator('td[data-state="running"]')).toHaveCount(4);
  await expect(table.locator('td[data-state="queued"]')).toHaveCount(7);
  await expect(cell(rowOf(table, 'Acme'), 1)).toHaveText(/^Verifying…/);
  await expect(status).toHaveText('Verifying 11 tenants: 0 of 11 finished.');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(table.locator('td[data-state="cancelled"]')).toHaveCount(7);
  mimecast.release();
  await expect(status).toHaveText('Cancelled: 4 passed, 0 failed, 7 cancelled, 2 without keys skipped.');
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(cell(rowOf(table, 'Acme'), 1)).toHaveText(/^Passed just now/);
  await expect(cell(rowOf(table, 'Hooli'), 1)).toHaveText(/^Cancelled/);
  expect(app.services.verification.latest('hooli')).toBeUndefined();

  // Again, to the end.
  mimecast.configure({ answers: {} });
  await page.getByRole('button', { name: 'Verify all (11)' }).click();
  await expect(status).toHaveText('Done: 10 passed, 1 failed, 2 without keys skipped.');
  await expect(cell(rowOf(table, 'Hooli'), 1)).toHaveText(/^Passed just now/);
  await expect(cell(rowOf(table, 'Umbrella'), 1)).toHaveText(/^Failed \(token\)/);
  // Refreshed from what each profile saved: the age of the result.
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(cell(rowOf(table, 'Umbrella'), 1)).toHaveText(/^Failed \(token\), just now/);
  expect(app.services.verification.latest('pied-piper')?.ok).toBe(true);
  expect(app.services.verification.latest('umbrella')?.ok).toBe(false);
  expect(mimecast.violations).toEqual([]);
});

test('a tenant’s name opens its checklist', async ({ app, mimecast }) => {
  const page = await twelveTenants(app, mimecast);
  const table = await openTenants(page);
  await rowOf(table, 'Soylent').getByRole('button', { name: 'Soylent' }).click();
  await expect(page.getByRole('navigation', { name: 'Checklist steps' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Profile' })).toHaveValue('soylent');
  expect(app.services.profiles.active().id).toBe('soylent');
  await expect(page.getByRole('button', { name: 'All tenants' })).toHaveAttribute('aria-pressed', 'false');
});
