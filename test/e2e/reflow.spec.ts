import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { checklistSteps } from '../../shared/checklist/steps/index.ts';
import { expect, test } from './harness.ts';

/**
 * Reflow (WCAG 1.4.10): from 640 CSS px up (a 1280 px window at 200 % zoom) the page never scrolls sideways, with
 * "Default tenant" and with a 64-character name (the longest a profile may have) in the list or open. A long name
 * is cut with an ellipsis in the header and shown whole on hover and on keyboard focus.
 * Screenshots land in test-results/reflow/ for a person to look at.
 */
const LONG_NAME = 'Northwind Traders International Holdings European Operations Ltd';
const shots = join(import.meta.dirname, '../../test-results/reflow');
mkdirSync(shots, { recursive: true });

/** How far the page, the step's scroller and the header reach past the window's width (0 when nothing does). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const page = document.scrollingElement!;
    const over = (el: Element | null) => (el ? Math.max(0, el.scrollWidth - el.clientWidth) : 0);
    const header = document.querySelector('.app-header')!;
    const outside = [...header.querySelectorAll('button, select, label')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => (el.tagName === 'SELECT' ? 'the profile picker' : el.textContent?.trim() || el.tagName));
    return { page: over(page), content: over(document.querySelector('.content-scroll, .tenants-view')), header: over(header), outside };
  });
}

const viewports = [
  { width: 640, height: 400 },
  { width: 860, height: 600 },
] as const;

for (const viewport of viewports) {
  test(`${viewport.width}x${viewport.height}: no sideways scroll on any step or the tenants view, with a 64-character name listed and open`, async ({ app }) => {
    test.setTimeout(180_000);
    expect(LONG_NAME).toHaveLength(64);
    const page = await app.open();
    await page.setViewportSize(viewport);
    const s = app.services;
    s.progress.update(undefined, { op: 'choose', choice: 'deployment', value: 'migration' });
    s.progress.update(undefined, { op: 'choose', choice: 'admin-ip-plan', value: 'set' });
    const picker = page.getByLabel('Profile', { exact: true });
    await expect(picker).toHaveValue('default');
    const problems: string[] = [];
    const measure = async (where: string) => {
      const o = await sidewaysOverflow(page);
      if (o.page > 0) problems.push(`${where}: the page scrolls sideways by ${o.page} px`);
      if (o.content > 0) problems.push(`${where}: the content scrolls sideways by ${o.content} px`);
      if (o.header > 0 || o.outside.length > 0) problems.push(`${where}: the header overflows by ${o.header} px; outside the window: ${o.outside.join(', ')}`);
    };

    // "Default tenant" alone, then with the long name in the list but another profile open, then the long one open.
    await measure('Default tenant only');
    s.profiles.create(LONG_NAME);
    s.profiles.switchTo('default');
    await page.reload();
    await expect(picker).toHaveValue('default');
    for (const step of checklistSteps) {
      s.progress.update(undefined, { op: 'goTo', step: step.id });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
      await expect(page.getByRole('status').filter({ hasText: /^(Loading|Checking)/ })).toHaveCount(0);
      await measure(step.id);
    }
    await page.getByRole('button', { name: 'All tenants' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await measure('tenants view');

    await picker.selectOption({ label: LONG_NAME });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(checklistSteps[0]!.title);
    await measure('long name open');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(shots, `${viewport.width}x${viewport.height}-${colorScheme}-long-name.png`) });
    }
    await page.getByRole('button', { name: 'All tenants' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await measure('tenants view, long name open');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: join(shots, `${viewport.width}x${viewport.height}-${colorScheme}-tenants.png`) });
    }
    expect(problems).toEqual([]);
  });
}

test('a long name is cut in the header and shown whole on hover and on keyboard focus; Escape hides it', async ({ app }) => {
  const page = await app.open();
  await page.setViewportSize({ width: 860, height: 600 });
  app.services.profiles.create(LONG_NAME);
  await page.reload();
  const picker = page.getByLabel('Profile', { exact: true });
  await expect(picker).toHaveValue('northwind-traders-international-holdings-europea');
  const tooltip = page.getByRole('tooltip');
  const shown = page.locator('.profile-picker-text');
  await expect(shown).toHaveText(LONG_NAME);
  expect(await shown.evaluate((el) => el.scrollWidth > el.clientWidth), 'the name is cut with an ellipsis').toBe(true);
  await expect(tooltip).toBeHidden();

  await page.locator('.profile-picker').hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(LONG_NAME);
  await page.mouse.move(0, 300);
  await expect(tooltip).toBeHidden();

  // By keyboard: Tab to the picker from the control before it.
  await page.getByRole('button', { name: 'About' }).focus();
  await page.keyboard.press('Tab');
  await expect(picker).toBeFocused();
  await expect(tooltip).toBeVisible();
  const box = await tooltip.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(860);
  await expect(picker).toHaveAccessibleDescription(LONG_NAME);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(shots, `860x600-${colorScheme}-tooltip.png`) });
  }
  const axe = await new AxeBuilder({ page }).include('.app-header').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(picker).toBeFocused();

  // A short name fits: no tooltip repeats it.
  await picker.selectOption('default');
  await expect(page.locator('.profile-picker-text')).toHaveText('Default tenant');
  await picker.focus();
  await expect(tooltip).toHaveCount(0);
});

test('a name saved with a control character before they were refused shows the character, never applies it', async ({ app }) => {
  const page = await app.open();
  const s = app.services;
  s.profiles.settings.set('profiles', [...s.profiles.state().profiles, { id: 'initech', name: 'Initech \u202Ekoob retsam', createdAt: new Date().toISOString() }]);
  s.profiles.switchTo('initech');
  await page.reload();
  const picker = page.getByLabel('Profile', { exact: true });
  await expect(picker).toHaveValue('initech');
  await expect(picker.locator('option:checked')).toHaveText('Initech ⟨U+202E⟩koob retsam');
  await expect(page.locator('.profile-picker-text')).toHaveText('Initech ⟨U+202E⟩koob retsam');
  await page.getByRole('button', { name: 'All tenants' }).click();
  await expect(page.getByRole('rowheader', { name: /Initech/ })).toContainText('Initech ⟨U+202E⟩koob retsam');
  expect(await page.evaluate(() => document.body.innerText.includes('\u202E'))).toBe(false);

  // A new name with one is refused in the dialog, with the reason, and what was typed stays.
  await page.getByRole('button', { name: 'New' }).click();
  const field = page.getByRole('dialog').getByLabel('Profile name');
  await field.fill('Acme \u2066EU\u2069');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('The name holds a left-to-right isolate (U+2066), an invisible character');
  await expect(field).toHaveValue('Acme \u2066EU\u2069');
  expect(s.profiles.state().profiles).toHaveLength(2);
});
