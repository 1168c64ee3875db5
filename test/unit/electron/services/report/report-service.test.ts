import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReportService, type ReportService } from '../../../../../electron/services/report/report-service.ts';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { checkResult } from '../../../../../electron/services/verification/diagnosis.ts';
import { escapeHtml } from '../../../../../electron/services/report/escape.ts';
import { emptyProgress } from '../../../../../shared/checklist/progress.ts';
import { createRole } from '../../../../../shared/checklist/steps/create-role.ts';
import { rolePermissions } from '../../../../../shared/verification/checks.ts';
import { checkIds } from '../../../../../shared/verification/report.ts';
import { CLIENT_ID, CLIENT_SECRET, failingReport, fakeCredentials, overPrivilegedReport, tempProfiles, testClock } from '../../../../helpers/handoff-fakes.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

let clock: ReturnType<typeof testClock>;
let env: ReturnType<typeof tempProfiles>;
let report: ReportService;
let redactor: ReturnType<typeof createRedactor>;

beforeEach(() => {
  clock = testClock('2026-11-25T15:00:00.000Z');
  env = tempProfiles(clock.now);
  env.profiles.rename('default', 'Contoso <script>alert("x")</script> & Co');
  redactor = createRedactor();
  redactor.register(CLIENT_SECRET); // as the credentials service does when the secret enters the process
  const credentials = fakeCredentials(clock.now);
  report = createReportService({
    profiles: env.profiles,
    credentialStatus: (id) => credentials.status(id),
    screenshots: () => [
      { step: 'create-role', label: 'Role "AW" <saved>', addedAt: '2026-11-25T13:00:00.000Z', dataUrl: PNG },
      { step: 'create-role', label: 'not an image', addedAt: '2026-11-25T13:00:00.000Z', dataUrl: 'javascript:alert(1)' },
    ],
    now: clock.now,
    whoami: () => 'carol',
    appVersion: '1.2.3',
    redactor,
  });

  const store = env.profiles.store('default');
  const progress = emptyProgress(new Date('2026-11-25T10:00:00.000Z'));
  progress.choices.deployment = { value: 'new', at: '2026-11-25T10:00:00.000Z' };
  progress.steps['create-role'] = { ticks: {}, inputs: {}, completedAt: '2026-11-25T10:30:00.000Z', completedBy: 'carol' };
  store.write('progress', progress);
  store.write('verification', { latest: failingReport(new Date('2026-11-25T14:00:00.000Z'), 'impersonation-protection') });
  store.write('ipRanges', {
    adminText: '203.0.113.0/24',
    arcticWolfText: '203.0.113.0/24',
    currentIp: '',
    lastVerdict: 'caution',
    checkedAt: '2026-11-25T11:00:00.000Z',
    acknowledgement: { text: 'I am a managed service provider', at: '2026-11-25T11:05:00.000Z', adminRanges: ['203.0.113.0/24'] },
  });
  store.write('handoff', {
    channel: 'intake',
    accountName: 'Mimecast API 2.0 - Contoso',
    intake: { url: 'https://intake.example.com/mimecast?tenant=1', configuredAt: '2026-11-25T14:10:00.000Z' },
    preflight: { checkedAt: '2026-11-25T14:20:00.000Z', verificationRanAt: '2026-11-25T14:00:00.000Z', ok: false, failing: ['impersonation-protection'], proceeded: { at: '2026-11-25T14:21:00.000Z', by: 'carol' } },
    // A message that (wrongly) echoed the secret: the report must still not contain it.
    submission: { at: '2026-11-25T14:22:00.000Z', by: 'carol', channel: 'intake', ok: true, receiptId: 'rcpt-777', status: 201, attempts: 2, message: `accepted ${CLIENT_SECRET}` },
    confirmed: { at: '2026-11-25T14:22:00.000Z', channel: 'intake' },
    lifecycle: { credentialExpiry: '2027-05-01', failureReportedAt: '2026-11-25T14:40:00.000Z' },
    timeline: [{ at: '2026-11-25T14:22:00.000Z', kind: 'intake-accepted', text: 'Intake accepted <b>now</b>', by: 'carol' }],
  });
});
afterEach(() => env.cleanup());

describe('completion report', () => {
  it('names each permission exactly as the role step and the verification do', async () => {
    const ranAt = new Date('2026-11-25T14:00:00.000Z');
    const checks = checkIds.map((id) => checkResult(id, { kind: 'response', status: id === 'url-protection' ? 403 : 200, body: { meta: { status: 200 }, data: [], fail: [] }, headers: {}, retries: 0 }, 'https://api.services.mimecast.com', ranAt));
    const latest = { ...failingReport(ranAt), checks };
    env.profiles.store('default').write('verification', { latest });
    const html = await report.html('default');
    for (const { permission } of rolePermissions) {
      expect(html).toContain(escapeHtml(permission));
      expect(createRole.actions.map((a) => a.label)).toContain(`Tick ${permission}.`);
    }
  });

  it('holds the masked Client ID and never the secret or the full Client ID', async () => {
    const html = await report.html('default');
    expect(html).toContain('mc-c…cdef');
    expect(html).not.toContain(CLIENT_SECRET);
    expect(html).not.toContain(CLIENT_ID);
    expect(html).toContain('never included in this report');
  });

  it('escapes every value it prints', async () => {
    const html = await report.html('default');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Contoso &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('Intake accepted &lt;b&gt;now&lt;/b&gt;');
    expect(html).toContain('alt="Role &quot;AW&quot; &lt;saved&gt;"');
  });

  it('shows a profile name saved before control characters were refused with each one made visible, never applied', async () => {
    // Written past the service's name rule, as an older version of the app could have saved it.
    env.profiles.settings.set('profiles', env.profiles.state().profiles.map((p) => ({ ...p, name: 'Initech \u202Ekoob retsam' })));
    const html = await report.html('default');
    expect(html).toContain('Tenant profile “Initech ⟨U+202E⟩koob retsam”');
    expect(html).not.toContain('\u202E');
  });

  it('is self-contained: inline CSS, images as data: URLs, no script, nothing fetched', async () => {
    const html = await report.html('default');
    expect(html).toContain('<style>');
    expect(html).toContain(`src="${PNG}"`);
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/<script|<link|src="http|href="http/i);
  });

  it('reports steps with time and who, verification, IP verdict and acknowledgement, hand-off and lifecycle', async () => {
    const html = await report.html('default');
    expect(html).toContain('Create');
    expect(html).toContain('2026-11-25 10:30:00 UTC');
    expect(html).toContain('New deployment');
    expect(html).toMatch(/Impersonation|impersonation/);
    expect(html).toContain('Caution');
    expect(html).toContain('I am a managed service provider');
    expect(html).toContain('HTTPS intake');
    expect(html).toContain('rcpt-777');
    expect(html).toContain('https://intake.example.com/mimecast');
    expect(html).not.toContain('tenant=1');
    expect(html).toContain('Proceeded despite failure');
    expect(html).toContain('2027-05-01');
    expect(html).toContain('generated 2026-11-25 15:00:00 UTC by carol');
  });

  it('shows each log’s recent events, the least-privilege probes, quiet logs and the verification history', async () => {
    const store = env.profiles.store('default');
    const latest = overPrivilegedReport(new Date('2026-11-25T14:00:00.000Z'));
    store.write('verification', {
      latest: { ...latest, warnings: [...latest.warnings, { code: 'no-events', check: 'url-protection', message: 'No URL Protection logs in the last 24 hours.' }] },
      history: [
        { ranAt: '2026-11-25T08:00:00.000Z', source: 'schedule', outcome: 'failed', summary: 'Refused: URL Protection logs (forbidden).' },
        { ranAt: '2026-11-25T14:00:00.000Z', source: 'cli', outcome: 'over-privileged', summary: 'Collecting works, but the role can also read: Monitoring Menu > Data Leak Prevention > Read.' },
      ],
      recheck: { failingSince: '2026-11-25T08:00:00.000Z' },
    });
    const html = await report.html('default');
    expect(html).toContain('3 since 2026-11-24 14:00:00 UTC; newest 2026-11-25 14:00:00 UTC');
    expect(html).toContain('Monitoring Menu &gt; Data Leak Prevention &gt; Read');
    expect(html).toContain('<span class="bad">Readable</span>');
    expect(html).toContain('No URL Protection logs in the last 24 hours.');
    expect(html).toContain('Verification history');
    expect(html).toContain('Background re-check');
    expect(html).toContain('Refused: URL Protection logs (forbidden).');
    expect(html).toContain('Arctic Wolf can recover data until 2026-11-25 20:00:00 UTC');
  });

  it('writes an owner-only HTML file', async () => {
    const path = join(env.dataDir, 'report.html');
    await report.writeHtml('default', path);
    expect(readFileSync(path, 'utf8')).toMatch(/^<!doctype html>/);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe('completion report of a fresh profile', () => {
  it('lists every step as not completed and says what was not done', async () => {
    const fresh = tempProfiles(clock.now);
    try {
      const service = createReportService({
        profiles: fresh.profiles,
        credentialStatus: () => Promise.resolve({ stored: false }),
        screenshots: () => [],
        now: clock.now,
        whoami: () => 'carol',
        appVersion: '1.2.3',
        redactor,
      });
      const html = await service.html('default');
      expect(html.match(/Not completed/g)?.length).toBeGreaterThanOrEqual(8);
      expect(html).toContain('The credentials were not verified on their saved gateway yet');
      expect(html).toContain('No screenshots attached.');
    } finally {
      fresh.cleanup();
    }
  });
});
