import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './harness.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the app frame follows the OS ${colorScheme} theme and has no serious accessibility violations`, async ({ app }) => {
    const page = await app.open();
    await page.emulateMedia({ colorScheme });
    await expect(page.getByLabel('Profile', { exact: true })).toHaveValue('default');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(246, 247, 249)');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the profile controls work from the keyboard alone', async ({ app }) => {
  const page = await app.open();
  await expect(page.getByLabel('Profile', { exact: true })).toHaveValue('default');
  await page.getByRole('button', { name: 'New' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Keyboard tenant');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Profile', { exact: true })).toHaveValue('keyboard-tenant');
});

test('the page cannot reach the network or Node', async ({ app }) => {
  const page = await app.open();
  await expect(page.getByLabel('Profile', { exact: true })).toHaveValue('default');
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  // The CSP header allows connections to our own origin only.
  const blocked = await page.evaluate(() => fetch('https://example.com/').then(() => false, () => true));
  expect(blocked).toBe(true);
});
