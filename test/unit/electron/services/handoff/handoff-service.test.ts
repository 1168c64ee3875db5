import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandoffService, type HandoffService } from '../../../../../electron/services/handoff/handoff-service.ts';
import { createIntakeClient } from '../../../../../electron/services/intake/intake-client.ts';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { silentLogger } from '../../../../../electron/services/logging/logger.ts';
import { startFakeIntake, type FakeIntake } from '../../../../../testing/fake-intake.ts';
import { CLIENT_ID, CLIENT_SECRET, failingReport, fakeCredentials, overPrivilegedReport, fakeVerification, memorySecrets, tempProfiles, testClock } from '../../../../helpers/handoff-fakes.ts';

const TOKEN = 'intake-bearer-token-xyz';

let clock: ReturnType<typeof testClock>;
let env: ReturnType<typeof tempProfiles>;
let verification: ReturnType<typeof fakeVerification>;
let credentials: ReturnType<typeof fakeCredentials>;
let secrets: ReturnType<typeof memorySecrets>;
let intake: FakeIntake;
let service: HandoffService;
let waits: number[];

function build(): HandoffService {
  return createHandoffService({
    profiles: env.profiles,
    credentials,
    secrets,
    verification,
    intake: createIntakeClient({ sleep: (ms) => (waits.push(ms), Promise.resolve()), now: clock.now }),
    redactor: createRedactor(),
    logger: silentLogger,
    now: clock.now,
    whoami: () => 'alice',
  });
}

beforeEach(async () => {
  clock = testClock();
  env = tempProfiles(clock.now);
  verification = fakeVerification(clock.now);
  credentials = fakeCredentials(clock.now);
  secrets = memorySecrets();
  intake = await startFakeIntake({ token: TOKEN });
  waits = [];
  service = build();
});
afterEach(async () => {
  await intake.close();
  env.cleanup();
});

describe('pre-flight', () => {
  it('runs verification when there is none and when the latest is older than an hour', async () => {
    const first = await service.preflight('default');
    expect(first).toMatchObject({ rerun: true, blocked: false });
    expect(verification.runs).toBe(1);

    clock.advance(30 * 60 * 1000);
    expect(await service.preflight('default')).toMatchObject({ rerun: false });
    expect(verification.runs).toBe(1);

    clock.advance(31 * 60 * 1000);
    expect(await service.preflight('default')).toMatchObject({ rerun: true });
    expect(verification.runs).toBe(2);
  });

  it('blocks submission on a failing permission until the admin proceeds, and records who did', async () => {
    verification.next = (at) => failingReport(at, 'url-protection');
    const view = await service.preflight('default');
    expect(view.blocked).toBe(true);
    expect(view.record.failing).toEqual(['url-protection']);
    await service.configureIntake('default', { url: intake.url, token: TOKEN });
    await expect(service.submitIntake('default', { enforcePreflight: true })).rejects.toMatchObject({ code: 'preflight-failed' });
    expect(intake.requests).toHaveLength(0);

    service.proceedDespiteFailure('default');
    const after = await service.preflight('default');
    expect(after.blocked).toBe(false);
    expect(after.record.proceeded).toEqual({ at: clock.now().toISOString(), by: 'alice' });
    expect(service.view('default').section.timeline?.map((e) => e.kind)).toContain('proceeded-despite-failure');
    expect((await service.submitIntake('default', { enforcePreflight: true })).ok).toBe(true);
  });

  it('an over-privileged role holds the hand-off back too; proceeding is recorded as the acknowledgement', async () => {
    verification.next = (at) => overPrivilegedReport(at);
    const view = await service.preflight('default');
    expect(view).toMatchObject({ blocked: true, record: { ok: false, failing: ['least-privilege'] } });
    service.proceedDespiteFailure('default');
    expect((await service.preflight('default')).blocked).toBe(false);
    const timeline = service.view('default').section.timeline ?? [];
    expect(timeline.find((e) => e.kind === 'proceeded-despite-failure')).toMatchObject({ by: 'alice', text: expect.stringContaining('least-privilege') as string });
  });

  it('asks for the decision again when verification runs again and still fails', async () => {
    verification.next = (at) => failingReport(at);
    await service.preflight('default');
    service.proceedDespiteFailure('default');
    clock.advance(5_000);
    expect((await service.preflight('default', { rerun: true })).blocked).toBe(true);
  });
});

describe('Unified Portal hand-off', () => {
  it('refuses an Account Name holding a bidirectional or control character, saying why', () => {
    expect(() => service.setAccountName('default', 'Initech \u202Ekoob')).toThrow(/^The Account Name holds a right-to-left override \(U\+202E\)/);
    expect(service.view('default').section.accountName).toBeUndefined();
  });

  it('guides with the current path, a unique account name, the region and the expiry', async () => {
    await service.preflight('default');
    const guide = await service.portalGuide('default');
    expect(guide.path).toEqual(['Data Collection', 'Cloud Sensors', 'Add Account +', 'Mimecast']);
    expect(guide.olderPathNote).toMatch(/Telemetry Management/);
    expect(guide.accountName).toBe('Mimecast API 2.0 - Default tenant - 2026-11-25');
    expect(guide.region).toEqual({ label: 'Global (default)', baseUrl: 'https://api.services.mimecast.com' });
    expect(guide.credentialExpiry).toBeNull();
    expect(guide.maskedClientId).not.toBe(CLIENT_ID);
    expect(JSON.stringify(guide)).not.toContain(CLIENT_SECRET);
    expect(guide.healthStates.map((h) => h.state)).toEqual(['Healthy', 'Pending Arctic Wolf Config', 'Invalid Credentials', 'Degraded', 'Provisioned', 'Not Available']);
  });

  it('records the outcome the admin saw with time and user; an accepted state confirms the hand-off', () => {
    service.chooseChannel('default', 'portal');
    let view = service.recordPortalOutcome('default', 'Invalid Credentials');
    expect(view.confirmed).toBe(false);
    clock.advance(60_000);
    view = service.recordPortalOutcome('default', 'Pending Arctic Wolf Config');
    expect(view.confirmed).toBe(true);
    expect(view.section.portalOutcome).toEqual({ at: '2026-11-25T12:01:00.000Z', by: 'alice', state: 'Pending Arctic Wolf Config' });
    expect(view.nextSteps.join(' ')).toMatch(/one hour before/);
    expect(view.nextSteps.join(' ')).toMatch(/2026-11-25T11:01:00.000Z/);
    expect(view.nextSteps.join(' ')).toMatch(/Concierge/);
  });
});

describe('HTTPS intake hand-off', () => {
  it('submits the profile’s credentials, saves the receipt and confirms', async () => {
    await service.preflight('default');
    await service.configureIntake('default', { url: intake.url, accountName: 'Contoso Mimecast', token: TOKEN });
    const result = await service.submitIntake('default', { enforcePreflight: true });
    expect(result).toMatchObject({ ok: true, status: 201, attempts: 1 });
    expect(intake.requests[0]?.body).toEqual({
      vendor: 'mimecast',
      apiVersion: '2.0',
      accountName: 'Contoso Mimecast',
      baseUrl: 'https://api.services.mimecast.com',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      credentialExpiry: null,
    });
    const view = service.view('default');
    expect(view.confirmed).toBe(true);
    expect(view.section.submission).toMatchObject({ channel: 'intake', receiptId: result.receiptId, by: 'alice' });
  });

  it('keeps the token in the secret store, never in the profile file', async () => {
    await service.configureIntake('default', { url: intake.url, token: TOKEN });
    expect(secrets.values.get('default:intake-token')).toBe(TOKEN);
    expect((await service.intakeConfig('default')).tokenStored).toBe(true);
    const files = readdirSync(join(env.dataDir, 'profiles')).filter((f) => f.endsWith('.json'));
    for (const file of files) expect(readFileSync(join(env.dataDir, 'profiles', file), 'utf8')).not.toContain(TOKEN);
  });

  it('reuses the idempotency key after a restart, and uses a new one for new credentials', async () => {
    intake.script({ status: 503 }, { status: 503 }, { status: 503 });
    await service.configureIntake('default', { url: intake.url, token: TOKEN });
    expect((await service.submitIntake('default', { enforcePreflight: false })).ok).toBe(false);

    service = build(); // an app restart: a fresh service over the same files
    expect((await service.submitIntake('default', { enforcePreflight: false })).ok).toBe(true);
    const keys = new Set(intake.requests.map((r) => r.headers['idempotency-key']));
    expect(keys.size).toBe(1);

    clock.advance(1000);
    credentials.replace({ clientId: 'mc-client-id-new-0000', clientSecret: 'another-secret-123' });
    await service.submitIntake('default', { enforcePreflight: false });
    expect(new Set(intake.requests.map((r) => r.headers['idempotency-key'])).size).toBe(2);
  });

  it('refuses an insecure intake URL and explains a missing token', async () => {
    await expect(service.configureIntake('default', { url: 'http://intake.example.com/x', token: TOKEN })).rejects.toMatchObject({ code: 'intake-url-insecure' });
    await expect(service.submitIntake('default', { url: intake.url, enforcePreflight: false })).rejects.toMatchObject({ code: 'intake-token-missing' });
  });

  it('records a refused submission without confirming, and the message carries no secret', async () => {
    intake.script({ status: 400, body: { message: `duplicate ${CLIENT_SECRET}` } });
    await service.configureIntake('default', { url: intake.url, token: TOKEN });
    const result = await service.submitIntake('default', { enforcePreflight: false });
    expect(result.ok).toBe(false);
    expect(result.message).not.toContain(CLIENT_SECRET);
    const view = service.view('default');
    expect(view.confirmed).toBe(false);
    expect(JSON.stringify(view)).not.toContain(CLIENT_SECRET);
  });
});
