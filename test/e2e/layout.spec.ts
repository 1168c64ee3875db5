import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import type { StepId } from '../../shared/checklist/step-ids.ts';
import { checklistSteps, stepById } from '../../shared/checklist/steps/index.ts';
import { permissionCount } from '../../shared/verification/checks.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../testing/fake-mimecast.ts';
import { memoryKeychain } from '../../testing/memory-keychain.ts';
import { createHarness, expect, type AppHarness } from './harness.ts';

/**
 * The one-screen layout: every step of a migration (the longest path, with every optional part switched on) at a
 * common window size and at the app's minimum window, in light and dark. On each step: the first thing to do is on
 * the first screen, the page is short (at 1280x800: 1.6 windows, the hand-off 2), the step list is not clipped, and
 * axe finds nothing serious. Screenshots of every step land in test-results/layout/ for a person to look at
 * (LAYOUT_FULL_PAGE=1 adds each page as one tall sheet).
 */
const test = base.extend<{ app: AppHarness; mimecast: FakeMimecast }>({
  // eslint-disable-next-line no-empty-pattern
  mimecast: async ({}, use) => {
    const fake = await startFakeMimecast();
    await use(fake);
    await fake.close();
  },
  app: async ({ context }, use) => {
    const harness = await createHarness(context, {
      mimecast: { sleep: () => Promise.resolve(), timeoutMs: 1_500 },
      clipboard: { writeText: () => {}, readText: () => '', clear: () => {} },
      // A desktop with a working keychain, as the admin has: no "memory only" banners in the measurements.
      secrets: { keyring: memoryKeychain(), fallback: 'memory' },
    });
    await use(harness);
    harness.dispose();
  },
});

const shots = join(import.meta.dirname, '../../test-results/layout');
mkdirSync(shots, { recursive: true });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function seriousAxeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The page as one sheet: the step scrolls inside the window (header, step menu and footer stay put). */
function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.content-scroll')!;
    return window.innerHeight - scroller.clientHeight + scroller.scrollHeight;
  });
}

/**
 * Where the step's first control and first instruction end, and where the first screen ends (the top of the
 * footer), with the step scrolled to its top.
 */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('.step-main')!;
    const bottom = (el: Element | null) => (el ? el.getBoundingClientRect().bottom : null);
    const control = main.querySelector('input:not([type=hidden]):not([hidden]), textarea, select, button');
    return {
      control: bottom(control),
      controlName: control ? (control.getAttribute('aria-label') ?? control.closest('label, .field, li')?.textContent ?? control.textContent ?? '').trim().slice(0, 60) : 'none',
      instruction: bottom(main.querySelector('.sub-actions li')),
      fold: document.querySelector('.step-footer')!.getBoundingClientRect().top,
    };
  });
}

/** Every step button of the visible step list (sidebar, or the opened step menu) lies fully inside its box and the window. */
function clippedSteps(page: Page) {
  return page.evaluate(() => {
    const nav = [...document.querySelectorAll('nav[aria-label="Checklist steps"]')].find((n) => (n as HTMLElement).offsetParent !== null)!;
    const box = (nav.closest('.sidebar, .compact-steps-panel') ?? nav) as HTMLElement;
    const outer = box.getBoundingClientRect();
    const clipped = [...nav.querySelectorAll('button, [role=progressbar]')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const cut = (e: Element) => e.scrollWidth > e.clientWidth + 1;
        return r.top < outer.top - 0.5 || r.bottom > Math.min(outer.bottom, window.innerHeight) + 0.5 || r.right > window.innerWidth + 0.5 || [...el.querySelectorAll('span')].some(cut);
      })
      .map((el) => el.textContent?.trim() ?? '');
    return { clipped, count: nav.querySelectorAll('li').length, overflows: box.scrollHeight > box.clientHeight + 1 };
  });
}

const viewports = [
  { width: 1280, height: 800, budget: 1.6, handoffBudget: 2 },
  { width: 860, height: 600 },
] as const;

const order = checklistSteps.map((s) => s.id);

for (const viewport of viewports) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every step at ${viewport.width}x${viewport.height}, ${colorScheme}: action on the first screen, short pages, step list whole, axe-clean`, async ({ app, mimecast }) => {
      // Ten pages, each measured, photographed and checked by axe: longer than one ordinary test.
      test.setTimeout(180_000);
      const page = await app.open();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme });
      await expect(heading(page)).toHaveText('Before you start');

      // The longest path, with the keys stored and verified, so each step shows its fullest state.
      const progress = app.services.progress;
      progress.update(undefined, { op: 'choose', choice: 'deployment', value: 'migration' });
      progress.update(undefined, { op: 'choose', choice: 'admin-ip-plan', value: 'set' });
      await app.services.credentials.capture('default', { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
      app.services.verification.setGateway('default', { kind: 'custom', baseUrl: mimecast.baseUrl });
      await app.services.verification.run('default');

      const visits: Array<{ id: StepId; label: string; before?: () => void }> = order.map((id) => ({ id, label: id }));
      // The hand-off once more after it was recorded: the receipt and the completion state are on the page too.
      visits.splice(order.indexOf('handoff') + 1, 0, {
        id: 'handoff',
        label: 'handoff-recorded',
        before: () => app.services.handoff.recordPortalOutcome(app.services.profiles.active().id, 'Healthy'),
      });

      const heights: string[] = [];
      const problems: string[] = [];
      for (const visit of visits) {
        visit.before?.();
        progress.update(undefined, { op: 'goTo', step: visit.id });
        await expect(heading(page)).toHaveText(stepById(visit.id).title);
        // Lazy widgets and pictures loaded: the page has its full height.
        await expect(page.getByRole('status').filter({ hasText: /^(Loading|Checking)/ })).toHaveCount(0);
        if (visit.label === 'handoff-recorded') await expect(page.getByText(/Recorded: Healthy/)).toBeVisible();
        await expect.poll(() => page.evaluate(() => [...document.images].every((img) => img.complete))).toBe(true);
        const t0 = Date.now();
        const name = `${viewport.width}x${viewport.height}-${colorScheme}-${visit.label}`;
        await page.screenshot({ path: join(shots, `${name}.png`) });

        const height = await pageHeight(page);
        heights.push(`${visit.label}: ${Math.round(height)} px = ${(height / viewport.height).toFixed(2)} windows`);
        if ('budget' in viewport) {
          const budget = visit.id === 'handoff' ? viewport.handoffBudget : viewport.budget;
          if (height > budget * viewport.height) problems.push(`${visit.label}: ${Math.round(height)} px is over ${budget} windows`);
        }

        const screen = await firstScreen(page);
        if (screen.control === null || screen.control > screen.fold) problems.push(`${visit.label}: first control (${screen.controlName}) ends at ${screen.control}, below the fold at ${screen.fold}`);
        const gated = stepById(visit.id).widgets.some((w) => w.gate);
        if (!gated && screen.instruction !== null && screen.instruction > screen.fold) problems.push(`${visit.label}: first instruction ends at ${screen.instruction}, below the fold at ${screen.fold}`);

        const t1 = Date.now();
        problems.push(...(await seriousAxeViolations(page, visit.label)));
        if (process.env.LAYOUT_TIMING === '1') console.log(`${visit.label}: measure ${t1 - t0} ms, axe ${Date.now() - t1} ms`);

        if (process.env.LAYOUT_FULL_PAGE === '1') {
          await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) });
          await page.screenshot({ path: join(shots, `full-${name}.png`) });
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
        }
      }

      // The step list: the sidebar in a wide window, the step menu in a narrow one; every step whole.
      const menu = page.getByRole('button', { name: /^Step \d+ of \d+:/ });
      if (viewport.width < 1000) {
        await expect(page.locator('.sidebar')).toBeHidden();
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        await menu.click();
        await expect(page.getByRole('navigation', { name: 'Checklist steps' })).toBeVisible();
        problems.push(...(await seriousAxeViolations(page, 'step menu open')));
        await page.screenshot({ path: join(shots, `${viewport.width}x${viewport.height}-${colorScheme}-step-menu.png`) });
      } else {
        await expect(menu).toBeHidden();
      }
      const list = await clippedSteps(page);
      expect(list.count).toBe(order.length);
      expect(list.clipped, 'step list entries cut off').toEqual([]);
      expect(list.overflows, 'the step list needs scrolling').toBe(false);

      console.log(`${viewport.width}x${viewport.height} ${colorScheme}\n  ${heights.join('\n  ')}`);
      expect(problems).toEqual([]);
    });
  }
}

test('pictures open full size in a dialog by click or Enter, Escape closes it, and the badges match the instructions', async ({ app }) => {
  const page = await app.open();
  await page.setViewportSize({ width: 1280, height: 800 });
  app.services.progress.update(undefined, { op: 'goTo', step: 'create-role' });
  await expect(heading(page)).toHaveText(stepById('create-role').title);

  // The badge beside an instruction names its picture; the thumbnail says which picture it is.
  const roleName = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'In Properties, enter the Role Name.' }) });
  await expect(roleName.locator('.badge-ref')).toHaveText('1');
  await expect(roleName).toContainText('Picture 1');
  const saveExit = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'Click Save and Exit.' }) });
  await expect(saveExit.locator('.badge-ref')).toHaveText('2');
  await expect(saveExit).toContainText('Picture 2');

  const second = page.getByRole('button', { name: /^Enlarge Picture 2/ });
  await second.click();
  const dialog = page.getByRole('dialog', { name: /^Picture 2: Application Permissions/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img')).toHaveAttribute('alt', new RegExp(`only the ${permissionCount} read permissions ticked`));
  await expect.poll(() => dialog.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1000);
  expect(await seriousAxeViolations(page, 'picture dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(second).toBeFocused();

  const first = page.getByRole('button', { name: /^Enlarge Picture 1/ });
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /^Picture 1: .*New Role: Properties/ })).toBeVisible();
  await page.getByRole('button', { name: 'Close the picture' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(first).toBeFocused();
});

test('dark windows show the dark rendering of each picture', async ({ app }) => {
  const page = await app.open();
  await page.emulateMedia({ colorScheme: 'dark' });
  app.services.progress.update(undefined, { op: 'goTo', step: 'notifications' });
  const img = page.getByRole('button', { name: /^Enlarge Picture 1/ }).locator('img');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.currentSrc !== '' && new URL(el.currentSrc).pathname)).toBe('/screens/mimecast-hub-notifications.dark.png');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc !== '' && new URL(el.currentSrc).pathname)).toBe('/screens/mimecast-hub-notifications.png');
});

test('narrow window: the step menu opens from the keyboard, Escape closes it, and picking a step goes there', async ({ app }) => {
  const page = await app.open();
  await page.setViewportSize({ width: 860, height: 600 });
  const menu = page.getByRole('button', { name: 'Step 1 of 8: Before you start' });
  await menu.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('navigation', { name: 'Checklist steps' });
  await expect(list.getByRole('button', { name: /^1\. Before you start/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await list.getByRole('button', { name: /^4\. Notifications/ }).click();
  await expect(heading(page)).toHaveText(stepById('notifications').title);
  await expect(list).toBeHidden();
  await expect(page.getByRole('button', { name: 'Step 4 of 8: Notifications' })).toBeVisible();
});
