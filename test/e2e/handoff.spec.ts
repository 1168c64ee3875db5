import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { createHarness, type AppHarness } from './harness.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../testing/fake-mimecast.ts';
import { startFakeIntake, type FakeIntake } from '../../testing/fake-intake.ts';
import { permissionCount } from '../../shared/verification/checks.ts';

// The built hand-off and lifecycle widgets in Chromium, the real services in this process, the loopback fake
// Mimecast API (for the pre-flight verification) and the loopback fake intake, both through the real axios clients.
// One controlled clock: the services read `clock.now`, and the page's clock is installed at the same instant.
const INTAKE_TOKEN = `e2e-intake-token-${crypto.randomUUID()}`;
const T0 = Date.parse('2026-11-25T12:00:00.000Z');

interface Fixtures {
  app: AppHarness;
  mimecast: FakeMimecast;
  intake: FakeIntake;
  clock: { now: number };
  clipboard: string[];
  notes: string[];
  /** Only the lifecycle test passes a notify adapter: with one, the services start the minute-by-minute scheduler. */
  withNotifications: boolean;
}

const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  mimecast: async ({}, use) => {
    const fake = await startFakeMimecast();
    await use(fake);
    await fake.close();
  },
  // eslint-disable-next-line no-empty-pattern
  intake: async ({}, use) => {
    const fake = await startFakeIntake({ token: INTAKE_TOKEN });
    await use(fake);
    await fake.close();
  },
  // eslint-disable-next-line no-empty-pattern
  clock: async ({}, use) => use({ now: T0 }),
  // eslint-disable-next-line no-empty-pattern
  clipboard: async ({}, use) => use([]),
  // eslint-disable-next-line no-empty-pattern
  notes: async ({}, use) => use([]),
  withNotifications: [false, { option: true }],
  app: async ({ context, clock, clipboard, notes, withNotifications }, use) => {
    const harness = await createHarness(context, {
      now: () => new Date(clock.now),
      whoami: () => 'e2e-admin',
      mimecast: { sleep: () => Promise.resolve(), timeoutMs: 1_500 },
      intake: { sleep: () => Promise.resolve(), timeoutMs: 1_500 },
      clipboard: { writeText: (t) => void clipboard.push(t), readText: () => clipboard.at(-1) ?? '', clear: () => void clipboard.push('') },
      ...(withNotifications ? { notify: (title: string) => void notes.push(title) } : {}),
      // The app's main process shows a save dialog; here the report lands in the data folder.
      saveReport: ({ html, suggestedName }) => {
        const path = join(harness.dataDir, suggestedName);
        writeFileSync(path, html, { mode: 0o600 });
        return Promise.resolve(path);
      },
    });
    await use(harness);
    harness.services.lifecycleScheduler.stop();
    await Promise.resolve(harness.services.clipboard.dispose());
    harness.dispose();
  },
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function storeKeys(app: AppHarness, mimecast: FakeMimecast) {
  await app.services.credentials.capture('default', { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
  app.services.verification.setGateway('default', { kind: 'custom', baseUrl: mimecast.baseUrl });
}

async function openHandoffStep(page: Page) {
  await page.getByRole('navigation', { name: 'Checklist steps' }).getByRole('button', { name: /Hand off to Arctic Wolf/ }).click();
  return { handoff: page.getByRole('region', { name: 'Hand the credentials to Arctic Wolf' }), lifecycle: page.getByRole('region', { name: 'Credential lifecycle' }) };
}

async function saveReport(app: AppHarness, panel: ReturnType<Page['getByRole']>): Promise<string> {
  await panel.getByRole('button', { name: 'Save report (HTML)' }).click();
  await expect(panel.getByText(/Completion report saved:/)).toBeVisible();
  const file = filesUnder(app.dataDir).find((f) => f.endsWith('.html'));
  expect(file).toBeDefined();
  return readFileSync(file!, 'utf8');
}

test('portal channel to the end: pre-flight, copy from the main process, outcome, receipt, gate, report', async ({ app, mimecast, clipboard }) => {
  const page = await app.open();
  await storeKeys(app, mimecast);
  // A migration from API 1.0: the "remove the API 1.0 application" step waits for the confirmed hand-off.
  await app.services.router.dispatch('progress.update', { profileId: 'default', patch: { op: 'choose', choice: 'deployment', value: 'migration' } });
  const removeApi1 = page.getByRole('navigation', { name: 'Checklist steps' }).getByRole('button', { name: /Remove API 1\.0 application/ });
  await expect(removeApi1).toContainText('Blocked');
  const { handoff } = await openHandoffStep(page);

  // The pre-flight ran verification by itself (there was none yet) against the fake Mimecast.
  await expect(handoff.getByText(`Verified: the token and all ${permissionCount} permissions work, and the role reads nothing more.`)).toBeVisible();
  await expect(handoff.getByText('Data Collection > Cloud Sensors > Add Account + > Mimecast', { exact: true })).toBeVisible();
  await expect(handoff.getByLabel(/Account Name/)).toHaveValue('Mimecast API 2.0 - Default tenant - 2026-11-25');

  await handoff.getByRole('button', { name: 'Copy Client ID' }).click();
  await handoff.getByRole('button', { name: 'Copy Client Secret' }).click();
  await expect(handoff.getByText(/Client Secret on the clipboard: cleared in 30 s/)).toBeVisible();
  expect(clipboard).toEqual([FAKE_CLIENT_ID, FAKE_CLIENT_SECRET]);

  await handoff.getByRole('radio', { name: /Healthy/ }).check();
  await handoff.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(handoff.getByText(/Recorded: Healthy/)).toBeVisible();
  // The timeline is folded to one line; opened, it lists what was recorded.
  await handoff.getByText(/^Timeline \(\d+ entr/).click();
  await expect(handoff.getByRole('list', { name: 'Timeline' })).toContainText('Unified Portal showed “Healthy”');
  // One time format: no raw ISO time in what the admin reads.
  await expect(handoff).not.toContainText(/\d{4}-\d\d-\d\dT\d\d:/);
  await expect(handoff.getByText(/begins polling with activity from about one hour before/)).toBeVisible();
  expect(await app.services.router.dispatch('progress.get', { profileId: 'default' })).toMatchObject({ ok: true, value: { progress: { gates: { handoff: { satisfied: true } } } } });
  await expect(removeApi1).not.toContainText('Blocked');

  const axe = await new AxeBuilder({ page }).include('.handoff-panel').include('.lifecycle-panel').analyze();
  expect(axe.violations).toEqual([]);

  const html = await saveReport(app, handoff);
  expect(html).toContain('Arctic Wolf Unified Portal');
  expect(html).toContain('Healthy');
  // The suggested Account Name was used (the outcome was recorded with it on screen), so the report names it.
  expect(html).toContain('Mimecast API 2.0 - Default tenant - 2026-11-25');
  expect(html).toContain('e2e-admin');
  expect(html).toContain('fake…6789');
  expect(html).not.toContain(FAKE_CLIENT_SECRET);
  expect(html).not.toContain(FAKE_CLIENT_ID);
  expect(await page.content()).not.toContain(FAKE_CLIENT_SECRET);
});

test('intake channel to the end: 503 then 201 with one idempotency key, receipt saved, token nowhere on disk', async ({ app, mimecast, intake }) => {
  const page = await app.open();
  await storeKeys(app, mimecast);
  intake.script({ status: 503, body: { message: 'warming up' } }, { status: 201, body: { id: 'AW-RCPT-2026' } });
  const { handoff } = await openHandoffStep(page);
  await expect(handoff.getByText(/Verified:/)).toBeVisible();

  await handoff.getByRole('radio', { name: /HTTPS intake/ }).check();
  await handoff.getByLabel('Intake URL').fill(intake.url);
  await handoff.getByLabel('Account Name').fill('Contoso Mimecast (intake)');
  await handoff.getByLabel(/Intake token/).fill(INTAKE_TOKEN);
  await handoff.getByRole('button', { name: 'Save intake settings' }).click();
  await expect(handoff.getByLabel(/Intake token/)).toHaveValue('');
  await expect(handoff.getByText('(one is stored; leave empty to keep it)')).toBeVisible();

  await handoff.getByRole('button', { name: 'Submit the credentials' }).click();
  await expect(handoff.getByText(/The intake accepted the credentials \(HTTP 201\)\. Receipt: AW-RCPT-2026\./)).toBeVisible();
  await expect(handoff.getByTestId('handoff-receipt')).toHaveText('AW-RCPT-2026');

  expect(intake.requests).toHaveLength(2);
  expect(intake.requests.every((r) => r.problem === '')).toBe(true);
  expect(new Set(intake.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
  expect(intake.requests[1]?.body).toMatchObject({ vendor: 'mimecast', apiVersion: '2.0', accountName: 'Contoso Mimecast (intake)', baseUrl: mimecast.baseUrl, clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET, credentialExpiry: null });

  // Survives a restart.
  const restarted = await app.restart();
  const again = await openHandoffStep(restarted);
  await expect(again.handoff.getByTestId('handoff-receipt')).toHaveText('AW-RCPT-2026');

  const html = await saveReport(app, again.handoff);
  expect(html).toContain('HTTPS intake');
  expect(html).toContain('AW-RCPT-2026');
  for (const file of filesUnder(app.dataDir)) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toContain(INTAKE_TOKEN);
    expect(text, file).not.toContain(FAKE_CLIENT_SECRET);
  }
  expect(JSON.stringify(app.calls.map((c) => c.result))).not.toContain(INTAKE_TOKEN);
});

test.describe('with desktop notifications', () => {
  test.use({ withNotifications: true });

  test('lifecycle: the 12-hour window counts down on a controlled clock, notifies, and the refresh guide shows', async ({ app, mimecast, clock, notes }) => {
    const page = await app.open();
    await page.clock.install({ time: T0 - 5_000 });
    await page.clock.pauseAt(T0);
    await storeKeys(app, mimecast);
    const { lifecycle } = await openHandoffStep(page);

    // Folded to one line until something needs the admin; opened, it offers to start the refresh window.
    await lifecycle.getByRole('heading', { name: 'Credential lifecycle' }).click();
    await lifecycle.getByRole('button', { name: 'Arctic Wolf reported the credentials failed' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start the countdown' }).click();
    await expect(lifecycle.getByTestId('lifecycle-countdown')).toHaveText('12:00:00');
    await expect(lifecycle.getByRole('list', { name: 'Refresh the credentials' })).toContainText('Manage API 2.0 credentials > Generate');
    await expect(lifecycle.getByRole('list', { name: 'Refresh the credentials' })).toContainText('Clear “Use existing value”');

    await page.clock.fastForward('01:30:00');
    await expect(lifecycle.getByTestId('lifecycle-countdown')).toHaveText('10:30:00');

    // The main process's scheduler, on the same clock, warns in the last two hours and when the window closes.
    clock.now = T0 + 10.5 * 60 * 60 * 1000;
    app.services.lifecycleScheduler.tick();
    expect(notes.at(-1)).toBe('1 h 30 min left to refresh Mimecast credentials');
    clock.now = T0 + 12 * 60 * 60 * 1000 + 1_000;
    app.services.lifecycleScheduler.tick();
    expect(notes.at(-1)).toBe('The 12-hour refresh window has passed');
    await page.clock.fastForward('10:30:01');
    await expect(lifecycle.getByTestId('lifecycle-countdown')).toHaveText('00:00:00');
    await expect(lifecycle.getByText('The 12-hour window has passed', { exact: true })).toBeVisible();
  });
});
