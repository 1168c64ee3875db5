import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileData } from '../../../../shared/domain/profile-data.ts';
import { cli } from '../../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../testing/services.ts';
import { startFakeIntake, type FakeIntake } from '../../../../testing/fake-intake.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, refusedBaseUrl, startFakeMimecast, type FakeMimecast } from '../../../../testing/fake-mimecast.ts';

const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] a CLI-only onboarding with credentials in the real keychain — ${skipReason}`);

const TOKEN = `intake-token-${crypto.randomUUID()}`;

/** The report's checklist row of a step, by its title: [confirmed at, confirmed by]. */
function stepRow(html: string, title: string): [string, string] {
  const match = new RegExp(`<tr><td>\\d+</td><td>${title}</td><td>(.*?)</td><td>(.*?)</td></tr>`).exec(html);
  if (!match) throw new Error(`no checklist row “${title}” in the report`);
  return [match[1]!, match[2]!];
}

/** The report's section under a heading, up to the next section. */
function section(html: string, heading: string): string {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  if (start < 0) throw new Error(`no section “${heading}”`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe.skipIf(skipReason !== undefined)('a CLI-only onboarding is reported as done', () => {
  let mimecast: FakeMimecast;
  let intake: FakeIntake;
  let dataDir: string;
  let html: string;
  let profileFile: ProfileData;
  let oneOffUrl: string;

  beforeAll(async () => {
    [mimecast, intake] = await Promise.all([startFakeMimecast(), startFakeIntake({ token: TOKEN })]);
    oneOffUrl = await refusedBaseUrl();
    dataDir = tempDataDir('aw-cli-onboarding-');
    // Outside the data folder: report --out refuses a path inside it.
    const reportFile = join(tempDataDir('aw-cli-onboarding-report-'), 'report.html');
    const on = ['--profile', 'Contoso', '--data-dir', dataDir];
    const steps: Array<[string[], string, NodeJS.ProcessEnv?, number?]> = [
      [['credentials', 'set', '--client-id', FAKE_CLIENT_ID, '--base-url', mimecast.baseUrl], `${FAKE_CLIENT_SECRET}\n`],
      [['verify'], ''],
      [['check-ip-ranges', '--admin', join(dataDir, 'admin.txt'), '--arctic-wolf', join(dataDir, 'aw.txt')], ''],
      [['submit', '--intake-url', intake.url], '', { MIMECAST_AW_INTAKE_TOKEN: TOKEN }],
      [['fleet', 'verify', '--profiles', 'contoso'], ''],
      // Last, a one-off run against another gateway: it fails, and must not become the profile's standing.
      [['verify', '--base-url', oneOffUrl], '', {}, 1],
      [['report', '--out', reportFile], ''],
    ];
    writeFileSync(join(dataDir, 'admin.txt'), '192.0.2.0/24\n');
    writeFileSync(join(dataDir, 'aw.txt'), '198.51.100.0/24\n');
    for (const [args, stdin, env = {}, exit = 0] of steps) {
      const run = await cli([...args, ...on], stdin, env);
      expect(run.code, `${args.join(' ')}: ${run.stderr}${run.stdout}`).toBe(exit);
    }
    html = readFileSync(reportFile, 'utf8');
    profileFile = JSON.parse(readFileSync(join(dataDir, 'profiles', 'contoso.json'), 'utf8')) as ProfileData;
  }, 60_000);

  afterAll(async () => {
    await cli(['credentials', 'delete', '--profile', 'Contoso', '--data-dir', dataDir]);
    rmSync(dataDir, { recursive: true, force: true });
    await Promise.all([mimecast.close(), intake.close()]);
  });

  it('the steps the CLI establishes are done in the profile’s progress, by the OS user from the CLI', () => {
    const steps = profileFile.progress!.steps;
    for (const step of ['capture-keys', 'handoff'] as const) {
      expect(steps[step]?.completedAt, step).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(steps[step]?.completedBy, step).toMatch(/\(CLI\)$/);
    }
  });

  it('the report shows those steps done, with who and when', () => {
    for (const title of ['Capture the Client ID and Client Secret', 'Hand the keys to Arctic Wolf']) {
      const [at, by] = stepRow(html, title);
      expect(at, title).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d/);
      expect(by, title).toMatch(/\(CLI\)$/);
    }
  });

  it('the IP check run with --profile is recorded in the profile and the report', () => {
    expect(profileFile.ipRanges).toMatchObject({ lastVerdict: 'ok', adminText: '192.0.2.0/24\n', arcticWolfText: '198.51.100.0/24\n' });
    expect(profileFile.progress!.choices['admin-ip-plan']).toMatchObject({ value: 'set' });
    const ip = section(html, 'Admin IP Ranges check');
    expect(ip).toContain('<span class="ok">OK</span>');
    expect(ip).not.toContain('not run');
  });

  it('the one-off run against another gateway is recorded as such and never becomes the headline', () => {
    const verification = section(html, 'Verification of the API 2.0 credentials');
    expect(verification).toContain(mimecast.baseUrl);
    expect(verification).not.toContain(oneOffUrl);
    expect(verification).toContain('<span class="ok">Passed</span>');
    expect(profileFile.verification!.latest!.baseUrl).toBe(mimecast.baseUrl);
    expect(profileFile.progress!.gates.verification!.satisfied).toBe(true);
    const oneOff = profileFile.verification!.history!.filter((h) => h.oneOffBaseUrl);
    expect(oneOff).toEqual([expect.objectContaining({ source: 'cli', oneOffBaseUrl: oneOffUrl })]);
    expect(section(html, 'Verification history')).toContain(`CLI, one-off against ${oneOffUrl}`);
  });

  it('fleet verify runs are recorded as from the CLI, never the app', () => {
    const sources = profileFile.verification!.history!.map((h) => h.source);
    expect(sources).toEqual(['cli', 'cli', 'cli']);
    expect(section(html, 'Verification history')).not.toContain('<td>App</td>');
  });
});
