import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type AppHarness } from './harness.ts';

// Synthetic stand-ins for the ranges an admin would paste from the Unified Portal (none are shipped with the app).
const ARCTIC_WOLF = '# Cloud Sensors\n45.60.0.0/24\n45.60.1.0/24';
const PHRASE = 'I am a managed service provider';

const gate = (app: AppHarness) => app.services.progress.read().gates['ip-ranges-check'];

async function openAdminIpRangesStep(page: Page) {
  await page.getByRole('navigation', { name: 'Checklist steps' }).getByRole('button', { name: /Admin IP Ranges/ }).click();
  await page.getByLabel('Yes, set Admin IP Ranges').check();
  for (const action of [/open Account > Account Settings/, /Paste the checked list into the Admin IP Ranges field/]) {
    await page.getByRole('checkbox', { name: action }).check();
  }
  return page.getByRole('region', { name: 'Check the Admin IP Ranges' });
}

const stepButton = (page: Page) => page.getByRole('navigation', { name: 'Checklist steps' }).getByRole('button', { name: /Admin IP Ranges/ });

test('a list of only Arctic Wolf ranges shows the caution banner and blocks the step until the MSP acknowledgement', async ({ app }) => {
  const page = await app.open();
  const widget = await openAdminIpRangesStep(page);

  await widget.getByRole('textbox', { name: 'Arctic Wolf ranges', exact: true }).fill(ARCTIC_WOLF);
  await widget.getByLabel('Ranges you will enter in Mimecast').fill('45.60.0.0/23');
  await expect(widget.getByRole('alert')).toContainText('only Arctic Wolf addresses');
  await expect.poll(() => gate(app)?.satisfied).toBe(false);
  await expect(stepButton(page)).not.toContainText('done');
  // Under caution the list is not offered for copying: that is what an OK or acknowledged list earns.
  await expect(widget.getByRole('button', { name: /Copy the checked list/ })).toHaveCount(0);

  // The caution state, with its acknowledgement form, passes an accessibility scan.
  const scan = await new AxeBuilder({ page }).include('[data-widget="ip-ranges-check"]').analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The wrong words are not enough.
  const form = widget.getByRole('form', { name: 'Managed service provider acknowledgement' });
  await form.getByLabel(`Type “${PHRASE}”`).fill('I understand');
  await expect(form.getByRole('button', { name: 'Record acknowledgement' })).toBeDisabled();

  await form.getByLabel(`Type “${PHRASE}”`).fill(PHRASE);
  await form.getByRole('button', { name: 'Record acknowledgement' }).click();
  await expect(widget.getByText(/Acknowledged by a managed service provider on/)).toBeVisible();
  await expect.poll(() => gate(app)?.satisfied).toBe(true);
  await expect(stepButton(page)).toContainText('done');
  await expect(widget.getByRole('button', { name: /Copy the checked list/ })).toBeEnabled();
  expect(app.services.profiles.store().read('ipRanges')?.acknowledgement).toMatchObject({ text: PHRASE, adminRanges: ['45.60.0.0/23'] });

  // The acknowledgement is kept across a restart, and a changed list needs a new one.
  const restarted = await app.restart();
  const again = await openAdminIpRangesStepAfterRestart(restarted);
  await expect(again.getByText(/Acknowledged by a managed service provider on/)).toBeVisible();
  await again.getByLabel('Ranges you will enter in Mimecast').fill('45.60.0.0/24');
  await expect(again.getByRole('form', { name: 'Managed service provider acknowledgement' })).toBeVisible();
  await expect.poll(() => gate(app)?.satisfied).toBe(false);
});

test('adding the admin’s own range lifts the block without any acknowledgement; unreadable lines are shown by number', async ({ app }) => {
  const page = await app.open();
  const widget = await openAdminIpRangesStep(page);

  await widget.getByRole('textbox', { name: 'Arctic Wolf ranges', exact: true }).fill(ARCTIC_WOLF);
  const admin = widget.getByLabel('Ranges you will enter in Mimecast');
  await admin.fill('45.60.0.0/24\n81.2.69.5/24');
  await expect(widget.getByText(/Line 2: .*Did you mean 81\.2\.69\.0\/24\?/)).toBeVisible();
  await expect(admin).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => gate(app)?.satisfied).toBe(false);

  await admin.fill('45.60.0.0/24\n81.2.69.0/24');
  await expect(widget.locator('[data-verdict="ok"]')).toHaveAttribute('role', 'status');
  await expect(widget.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => gate(app)?.satisfied).toBe(true);
  await expect(stepButton(page)).toContainText('done');

  await widget.getByLabel('Your current public IP address (optional)').fill('198.51.100.7');
  await expect(widget.getByRole('region', { name: 'Warnings about your list' }).locator('[data-warning]').first()).toHaveAttribute('data-warning', 'current-ip-not-covered');
  // Locking out the address the admin entered is a caution, not an OK with a warning.
  await expect(widget.getByRole('alert')).toContainText('lock you out');
  await expect.poll(() => gate(app)?.satisfied).toBe(false);
  await expect(widget.getByRole('button', { name: /Copy the checked list/ })).toHaveCount(0);
});

test('the check comes before the console instructions, and an Arctic Wolf list of only a comment is not OK', async ({ app }) => {
  const page = await app.open();
  const widget = await openAdminIpRangesStep(page);
  const save = page.getByRole('checkbox', { name: /Paste the checked list into the Admin IP Ranges field/ });
  // The widget precedes the "paste and save" instruction in reading order.
  const order = await widget.evaluate((region, box) => (region.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, await save.elementHandle());
  expect(order).toBe(true);

  await widget.getByRole('textbox', { name: 'Arctic Wolf ranges', exact: true }).fill('# Cloud Sensors ranges go here');
  await widget.getByLabel('Ranges you will enter in Mimecast').fill('81.2.69.0/24');
  await expect(widget.locator('[data-verdict="invalid"]')).toContainText('Paste the Arctic Wolf ranges first');
  await expect(widget.locator('[data-verdict="ok"]')).toHaveCount(0);
  await expect.poll(() => gate(app)?.satisfied).toBe(false);
  await expect(stepButton(page)).not.toContainText('done');
  await expect(widget.getByRole('button', { name: /Copy the checked list/ })).toHaveCount(0);

  await widget.getByRole('textbox', { name: 'Arctic Wolf ranges', exact: true }).fill(ARCTIC_WOLF);
  await expect(widget.locator('[data-verdict="ok"]')).toBeVisible();
  await expect(widget.getByRole('region', { name: 'Warnings about your list' }).locator('[data-warning="arctic-wolf-not-covered"]')).toContainText('45.60.0.0/24');
  await expect(widget.getByRole('button', { name: /Copy the checked list/ })).toBeEnabled();
});

/** After a restart the app opens on the saved current step; the choice and ticks are already saved. */
async function openAdminIpRangesStepAfterRestart(page: Page) {
  await stepButton(page).click();
  return page.getByRole('region', { name: 'Check the Admin IP Ranges' });
}
