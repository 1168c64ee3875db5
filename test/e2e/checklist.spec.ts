import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import { resolveStep } from '../../shared/checklist/evaluate.ts';
import type { StepId } from '../../shared/checklist/step-ids.ts';
import { stepById } from '../../shared/checklist/steps/index.ts';
import { passingReport } from '../helpers/handoff-fakes.ts';
import { createHarness, expect, type AppHarness } from './harness.ts';

/**
 * The whole checklist through the UI, for both deployment kinds: every step completed, progress surviving a restart,
 * keyboard-only completion, evidence attached, and axe on every step.
 *
 * Gates owned by other features: the new-deployment path stores the keys through the credentials widget, the
 * migration path drives the IP ranges check through its widget. The keys in the migration path are reported through
 * the progress service, and the hand-off is recorded through the hand-off service, in this (the main) process — so
 * the checklist's own behaviour does not hang on every other widget's details.
 */
const copied: string[] = [];
const test = base.extend<{ app: AppHarness }>({
  app: async ({ context }, use) => {
    const harness = await createHarness(context, {
      clipboard: { writeText: (text) => void copied.push(text), readText: () => copied.at(-1) ?? '', clear: () => {} },
    });
    await use(harness);
    harness.dispose();
  },
});

// A real 1×1 PNG, attached as evidence.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const stepList = (page: Page) => page.getByRole('navigation', { name: 'Checklist steps' });
const breadcrumb = (page: Page) => page.getByRole('list', { name: 'Path in the Mimecast Administration Console' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function expectNoSeriousAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Ticks every required box the step shows for the choices made so far. */
async function tickRequired(page: Page, app: AppHarness, id: StepId) {
  const step = resolveStep(stepById(id), app.services.progress.read());
  for (const action of step.actions.filter((a) => a.required)) {
    await page.getByRole('checkbox', { name: action.label, exact: true }).check();
  }
}

async function expectCurrentDone(page: Page, id: StepId) {
  await expect(stepList(page).getByRole('button', { name: new RegExp(`^\\d+\\. ${escape(stepById(id).shortTitle)}`) })).toContainText('Current, done');
}

/**
 * The admin's "Healthy" from the Unified Portal, recorded through the hand-off service: its widget then reports the
 * gate itself (a gate set behind its back would be re-synced away when the widget loads).
 */
/**
 * A passing verification, saved and reported the way the verification service does after a run: this spec has no
 * Mimecast stand-in (verification.spec.ts runs the real thing against one), and the hand-off's pre-flight reuses a
 * recent run instead of calling the real gateway.
 */
function standInPassingVerification(app: AppHarness) {
  app.services.profiles.store().write('verification', { latest: passingReport(new Date()) });
  app.services.progress.update(undefined, { op: 'gate', widget: 'verification', satisfied: true, reason: 'The token and all four permissions were verified.' });
}

function recordPortalHandoff(app: AppHarness) {
  app.services.handoff.recordPortalOutcome(app.services.profiles.active().id, 'Healthy');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function next(page: Page, to: StepId) {
  await page.getByRole('button', { name: `Next: ${stepById(to).shortTitle}` }).click();
  await expect(heading(page)).toHaveText(stepById(to).title);
  // Focus follows the step change to its heading, so keyboard and screen-reader users start at the top.
  await expect(heading(page)).toBeFocused();
}

/** Completes a step with the keyboard only: Tab through it, Space on each unticked box, arrow into a radio choice. */
async function completeByKeyboard(page: Page, radioToPick?: string) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { type: el?.type ?? '', checked: Boolean(el?.checked), inList: Boolean(el?.closest('.sub-actions')), label: el?.labels?.[0]?.textContent ?? '', text: el?.textContent ?? '' };
    });
    if (focused.type === 'radio' && radioToPick && focused.label !== radioToPick) {
      await page.keyboard.press('ArrowDown');
      continue;
    }
    if (focused.type === 'checkbox' && focused.inList && !focused.checked && !focused.label.includes('(optional)')) await page.keyboard.press('Space');
    if (focused.text.startsWith('Next:')) return;
  }
  throw new Error('Never reached the Next button with Tab');
}

test('new deployment: every step through the UI, keyboard-only on two of them, resumed after a restart, axe-clean', async ({ app }) => {
  // Eight steps, a restart and six axe scans: more than the default minute on a busy machine.
  test.slow();
  let page = await app.open();
  await expect(heading(page)).toHaveText('Before you start');
  await expect(stepList(page)).toContainText('0 of 8 steps done');
  await expect(stepList(page).getByRole('button')).toHaveCount(8);
  await expectNoSeriousAxeViolations(page, 'before-you-start');

  // 1. Before you start: the deployment kind must be answered, not just defaulted.
  await tickRequired(page, app, 'before-you-start');
  await expect(page.getByRole('region', { name: 'Waiting for' })).toContainText('Answer: Is this a new');
  await page.getByLabel('New deployment').check();
  await expectCurrentDone(page, 'before-you-start');
  await expect(page.getByRole('status').filter({ hasText: 'Step done' })).toBeVisible();
  await next(page, 'create-role');

  // 2. Create the role, keyboard only, in the New Menu console.
  await completeByKeyboard(page, 'New Menu');
  await expect(breadcrumb(page).getByRole('listitem')).toHaveText(['Account', 'Admin Roles']);
  await expectCurrentDone(page, 'create-role');
  await page.getByRole('button', { name: 'Copy Role Name' }).click();
  await expect(page.getByRole('button', { name: /^Copied Role Name/ })).toBeVisible();
  expect(copied.at(-1)).toBe('Arctic Wolf App Role');
  for (const img of await page.locator('.illustration-thumb img').all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1000);
  }
  await expectNoSeriousAxeViolations(page, 'create-role');
  await page.getByRole('button', { name: /^Next:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(stepById('create-application').title);
  await expect(heading(page)).toBeFocused();

  // 3. Half of the application step, then the app restarts on the same data folder.
  await page.getByRole('radio', { name: 'Integrations Hub' }).check();
  await expect(breadcrumb(page).getByRole('listitem')).toHaveText(['Integrations', 'Integrations Hub', 'Mimecast API 2.0', 'Configure New']);
  await expect(page.getByRole('note', { name: /Caution: Name and products are final/ })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Find the Mimecast API 2.0 tile and click Configure New.' }).check();
  await page.getByRole('checkbox', { name: 'If a pop-up asks you to accept the API Terms and Conditions, review and accept them.' }).check();
  await expectNoSeriousAxeViolations(page, 'create-application');

  page = await app.restart();
  await expect(heading(page)).toHaveText(stepById('create-application').title);
  await expect(page.getByRole('radio', { name: 'Integrations Hub' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Find the Mimecast API 2.0 tile and click Configure New.' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'If a pop-up asks you to accept the API Terms and Conditions, review and accept them.' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Click Next.', exact: true })).not.toBeChecked();
  await expect(stepList(page)).toContainText('2 of 8 steps done');
  await tickRequired(page, app, 'create-application');
  await expectCurrentDone(page, 'create-application');
  await next(page, 'notifications');

  // 4. Notifications, keyboard only: a malformed email is refused in words, then corrected.
  const email = page.getByLabel('Email', { exact: true });
  await page.getByLabel('Technical Point of Contact', { exact: true }).fill('Sam Example');
  await email.fill('secops@');
  await email.press('Tab');
  await expect(page.getByText('“secops@” is not an email address.', { exact: false }).first()).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('secops@contoso.example');
  await email.press('Enter');
  await heading(page).focus();
  await completeByKeyboard(page);
  await expectCurrentDone(page, 'notifications');
  await expectNoSeriousAxeViolations(page, 'notifications');
  await next(page, 'generate-keys');

  // 5. Generate keys: the one-time-secret warning comes first, and evidence carries the capture warning.
  await expect(page.getByRole('note', { name: 'Warning: The Client Secret is shown only once' })).toBeVisible();
  // The optional screenshots are folded to one line; opened, they carry the capture warning.
  await page.getByRole('heading', { name: 'Your screenshots (optional)' }).click();
  await expect(page.getByRole('note', { name: 'Caution: never capture the Client Secret' })).toBeVisible();
  await tickRequired(page, app, 'generate-keys');
  await expectCurrentDone(page, 'generate-keys');
  await expectNoSeriousAxeViolations(page, 'generate-keys');
  await next(page, 'capture-keys');

  // 6. Capture: waits for the credentials gate; the hand-off is blocked until then.
  await expect(stepList(page).getByRole('button', { name: /Hand off to Arctic Wolf/ })).toContainText('Blocked');
  await tickRequired(page, app, 'capture-keys');
  await expect(page.getByRole('region', { name: 'Waiting for' })).toContainText('Store the Client ID and Client Secret');
  // The credentials feature's own widget stores the keys and opens its gate.
  const capture = page.getByRole('region', { name: 'Client ID and Client Secret' });
  await capture.getByLabel('Client ID', { exact: true }).fill('e2e-client-id-0001');
  await capture.getByLabel('Client Secret', { exact: true }).fill('E2e+placeholder/secret=');
  await capture.getByRole('button', { name: 'Save the keys' }).click();
  await expect(capture.getByText('Stored. You can close the Mimecast dialog now.', { exact: true })).toBeVisible();
  // Stored is not proven: the step waits for the verification, so "Step done" never sits beside a failed check.
  await expect(page.getByRole('region', { name: 'Waiting for' })).toContainText('Verify the keys');
  await expect(page.getByRole('status').filter({ hasText: 'Step done' })).toHaveCount(0);
  standInPassingVerification(app);
  await expectCurrentDone(page, 'capture-keys');
  await expect(stepList(page).getByRole('button', { name: /Hand off to Arctic Wolf/ })).toContainText('To do');
  await expectNoSeriousAxeViolations(page, 'capture-keys');
  await next(page, 'admin-ip-ranges');

  // 7. Admin IP Ranges: the caution in full; skipping completes the optional step.
  await expect(page.getByRole('note', { name: 'Caution: Do not enter only Arctic Wolf IP addresses' })).toContainText(
    'This restricts sign in permissions for all other accounts except for managed service providers.',
  );
  await page.getByLabel('No, skip this step').check();
  await expectCurrentDone(page, 'admin-ip-ranges');
  await expectNoSeriousAxeViolations(page, 'admin-ip-ranges');
  await next(page, 'handoff');

  // 8. Hand-off: completes when the hand-off feature reports it.
  await expect(page.getByRole('note', { name: 'Caution: The 12-hour window' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'handoff');
  recordPortalHandoff(app);
  await expectCurrentDone(page, 'handoff');
  await expect(stepList(page)).toContainText('8 of 8 steps done');
  await expect(page.getByText('Every step is done.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Next:/ })).toHaveCount(0);

  // Every completed step has a "confirmed at" time for the report.
  const saved = app.services.progress.read();
  for (const id of ['before-you-start', 'create-role', 'create-application', 'notifications', 'generate-keys', 'capture-keys', 'admin-ip-ranges', 'handoff'] as const) {
    expect(saved.steps[id]?.completedAt, id).toMatch(/^\d{4}-\d\d-\d\dT/);
  }

  // Start over asks first, then clears the checklist.
  await page.getByRole('button', { name: 'Start over…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the checklist over?' });
  await expectNoSeriousAxeViolations(page, 'start-over dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(stepList(page)).toContainText('8 of 8 steps done');
  await page.getByRole('button', { name: 'Start over…' }).click();
  await dialog.getByRole('button', { name: 'Start over' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText('Before you start');
  await expect(stepList(page)).toContainText('0 of 8 steps done');
});

test('migration: every step including the API 1.0 removal, with the IP check, evidence by file and by paste', async ({ app }) => {
  // Nine steps with evidence and five axe scans: more than the default minute on a busy machine.
  test.slow();
  const page = await app.open();
  await page.getByLabel('Migration from API 1.0').check();
  await expect(stepList(page).getByRole('button')).toHaveCount(9);
  await tickRequired(page, app, 'before-you-start');
  await expectCurrentDone(page, 'before-you-start');
  await next(page, 'create-role');

  await tickRequired(page, app, 'create-role');
  await expectCurrentDone(page, 'create-role');
  // Evidence: a chosen file and a pasted image, both kept in the profile folder and shown as thumbnails.
  await page.locator('input[type=file]').setInputFiles({ name: 'role-saved.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByRole('img', { name: 'Attached screenshot: role-saved.png' })).toBeVisible();
  await page.evaluate((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'clip.png', { type: 'image/png' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, [...PNG]);
  await expect(page.getByRole('img', { name: 'Attached screenshot: Pasted image' })).toBeVisible();
  expect(app.services.evidence.files().map((f) => [f.step, f.label])).toEqual([
    ['create-role', 'role-saved.png'],
    ['create-role', 'Pasted image'],
  ]);
  await page.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'image/png', buffer: Buffer.from('not an image') });
  await expect(page.getByRole('alert').filter({ hasText: 'not a PNG or JPEG' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'create-role with evidence');
  await page.getByRole('button', { name: 'Remove Pasted image' }).click();
  await expect(page.getByRole('img', { name: 'Attached screenshot: Pasted image' })).toHaveCount(0);
  await next(page, 'create-application');

  await tickRequired(page, app, 'create-application');
  await expectCurrentDone(page, 'create-application');
  await next(page, 'notifications');

  await page.getByLabel('Technical Point of Contact', { exact: true }).fill('Sam Example');
  await page.getByLabel('Email', { exact: true }).fill('secops@contoso.example');
  await page.getByLabel('Email', { exact: true }).blur();
  await tickRequired(page, app, 'notifications');
  await expectCurrentDone(page, 'notifications');
  await next(page, 'generate-keys');

  await tickRequired(page, app, 'generate-keys');
  await expectCurrentDone(page, 'generate-keys');
  await next(page, 'capture-keys');

  await tickRequired(page, app, 'capture-keys');
  app.services.progress.update(undefined, { op: 'gate', widget: 'credentials-capture', satisfied: true });
  standInPassingVerification(app);
  await expectCurrentDone(page, 'capture-keys');
  await next(page, 'admin-ip-ranges');

  // Setting ranges: the step waits for the IP check widget's verdict.
  await page.getByLabel('Yes, set Admin IP Ranges').check();
  await expect(breadcrumb(page).getByRole('listitem')).toHaveText(['Administration', 'Account', 'Account Settings', 'User Access and Permissions', 'Admin IP Ranges']);
  await tickRequired(page, app, 'admin-ip-ranges');
  const widget = page.getByRole('region', { name: 'Check the Admin IP Ranges' });
  await widget.getByLabel('Arctic Wolf ranges', { exact: true }).fill('45.60.0.0/24');
  await widget.getByLabel('Ranges you will enter in Mimecast', { exact: true }).fill('203.0.113.0/24');
  await expectCurrentDone(page, 'admin-ip-ranges');
  await expectNoSeriousAxeViolations(page, 'admin-ip-ranges (set)');
  await next(page, 'handoff');

  await expect(stepList(page).getByRole('button', { name: /Remove API 1\.0 application/ })).toContainText('Blocked');
  recordPortalHandoff(app);
  await expectCurrentDone(page, 'handoff');
  await next(page, 'remove-api-1');

  await expect(page.getByRole('note', { name: 'Caution: Not before the new application works' })).toBeVisible();
  await tickRequired(page, app, 'remove-api-1');
  await expectCurrentDone(page, 'remove-api-1');
  await expectNoSeriousAxeViolations(page, 'remove-api-1');
  await expect(stepList(page)).toContainText('9 of 9 steps done');

  // The step list lets the admin go back freely; ticks stay.
  await stepList(page).getByRole('button', { name: /Create the role/ }).click();
  await expect(heading(page)).toHaveText(stepById('create-role').title);
  await expect(page.getByRole('checkbox', { name: 'Click Save and Exit.' })).toBeChecked();
  await expect(page.getByRole('img', { name: 'Attached screenshot: role-saved.png' })).toBeVisible();
});

test('a Cloud Integrated tenant gets its own path, fields and illustrations; the New Menu shows the new menu', async ({ app }) => {
  const page = await app.open();
  await page.getByRole('radio', { name: /^Email Security Cloud Integrated/ }).check();
  await stepList(page).getByRole('button', { name: /Create the application/ }).click();
  await expect(breadcrumb(page).getByRole('listitem')).toHaveText(['Integrations', 'API 2.0 Applications', 'New Application']);
  await expect(page.getByRole('radio', { name: 'Integrations Hub' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Click New Application.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Enlarge Picture 1/ }).locator('img')).toHaveAttribute('src', '/screens/mimecast-ci-api-applications.png');

  await stepList(page).getByRole('button', { name: /Before you start/ }).click();
  await page.getByRole('radio', { name: /^Email Security Cloud Gateway/ }).check();
  await stepList(page).getByRole('button', { name: /Create the role/ }).click();
  await page.getByRole('radio', { name: /^New Menu/ }).check();
  await expect(page.getByRole('checkbox', { name: 'In Security Permissions, choose Cannot Manage Roles.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Enlarge Picture 1/ }).locator('img')).toHaveAttribute('src', '/screens/mimecast-role-properties-new-menu.png');
  await stepList(page).getByRole('button', { name: /Create the application/ }).click();
  // The Integrations Hub is the default; its illustration marks the Hub, drawn with the New Menu.
  await expect(breadcrumb(page).getByRole('listitem')).toHaveText(['Integrations', 'Integrations Hub', 'Mimecast API 2.0', 'Configure New']);
  await expect(page.getByRole('button', { name: /^Enlarge Picture 1/ }).locator('img')).toHaveAttribute('src', '/screens/mimecast-integrations-hub.png');
  await page.getByRole('radio', { name: 'API and Platform Integrations' }).check();
  await expect(page.getByRole('list', { name: 'Path in the Mimecast Administration Console' })).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Enlarge Picture 1/ }).locator('img')).toHaveAttribute('src', '/screens/mimecast-api-integrations-new-menu.png');
  await expectNoSeriousAxeViolations(page, 'create-application (New Menu, API page)');
});
