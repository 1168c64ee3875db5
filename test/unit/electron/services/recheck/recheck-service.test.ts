import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { silentLogger } from '../../../../../electron/services/logging/logger.ts';
import { createVerificationService, type VerificationService } from '../../../../../electron/services/verification/verification-service.ts';
import { createRecheckService, FIRST_BACKOFF_MS, TICK_MS, type RecheckService } from '../../../../../electron/services/recheck/recheck-service.ts';
import type { CredentialsService } from '../../../../../electron/services/secrets/secret-store.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';
import { fakeCredentials, tempProfiles, testClock } from '../../../../helpers/handoff-fakes.ts';

// The real verification service against the loopback fake Mimecast API, on a clock the test steps by hand.
const HOUR = 3_600_000;
let clock: ReturnType<typeof testClock>;
let env: ReturnType<typeof tempProfiles>;
let fake: FakeMimecast;
let verification: VerificationService;
let recheck: RecheckService;
let notes: Array<{ title: string; body: string }>;
let handedOff: boolean;
let timers: { run?: () => void; ms?: number; cleared: boolean };

beforeEach(async () => {
  clock = testClock('2026-11-25T02:05:00.000Z');
  env = tempProfiles(clock.now);
  fake = await startFakeMimecast();
  const credentials = fakeCredentials(clock.now, { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET });
  verification = createVerificationService({
    profiles: env.profiles,
    credentials: credentials as unknown as CredentialsService,
    redactor: createRedactor(),
    logger: silentLogger,
    now: clock.now,
    client: { sleep: () => Promise.resolve(), timeoutMs: 2_000, retry: { maxAttempts: 1 } },
  });
  verification.setGateway('default', { kind: 'custom', baseUrl: fake.baseUrl });
  notes = [];
  handedOff = true;
  timers = { cleared: false };
  recheck = createRecheckService({
    profiles: env.profiles,
    verification,
    handedOff: () => handedOff,
    notify: (title, body) => notes.push({ title, body }),
    logger: silentLogger,
    now: clock.now,
    random: () => 0.5, // no jitter: the middle of the ±10 % band
    formatTime: (at) => at.toISOString().slice(11, 16),
    timers: { setInterval: (run, ms) => ((timers.run = run), (timers.ms = ms), 'handle'), clearInterval: () => void (timers.cleared = true) },
  });
});
afterEach(async () => {
  await fake.close();
  env.cleanup();
});

const dataCalls = () => fake.requests.filter((r) => r.route === 'token').length;

describe('background re-check', { timeout: 20_000 }, () => {
  it('verifies a handed-off profile every interval (default 6 h), and records each run in the history', async () => {
    await verification.run('default'); // the pre-flight before the hand-off
    expect(recheck.view('default')).toMatchObject({ handedOff: true, enabled: true, intervalHours: 6, nextAt: '2026-11-25T08:05:00.000Z' });

    clock.advance(5 * HOUR);
    await recheck.tick();
    expect(dataCalls()).toBe(1); // not due yet

    clock.advance(HOUR);
    await recheck.tick();
    expect(dataCalls()).toBe(2);
    const view = recheck.view('default');
    expect(view.history.map((h) => [h.source, h.outcome])).toEqual([['schedule', 'passed'], ['app', 'passed']]);
    expect(view.history[0]!.summary).toContain('Audit events 1');
    expect(view.nextAt).toBe('2026-11-25T14:05:00.000Z');
    expect(notes).toEqual([]);
  });

  it('jitters the next run within ±10 % of the interval', async () => {
    await verification.run('default');
    const jittered = createRecheckService({ profiles: env.profiles, verification, handedOff: () => true, notify: () => {}, logger: silentLogger, now: clock.now, random: () => 0 });
    clock.advance(6 * HOUR);
    await jittered.tick();
    expect(jittered.view('default').nextAt).toBe(new Date(clock.now().getTime() + 0.9 * 6 * HOUR).toISOString());
  });

  it('notifies once on the first failure, with the time until which Arctic Wolf can recover the data', async () => {
    await verification.run('default');
    fake.configure({ clientSecret: 'revoked-and-replaced-secret' });
    clock.advance(6 * HOUR); // 08:05
    await recheck.tick();
    expect(notes).toEqual([
      {
        title: 'Mimecast credentials failed: Default tenant',
        body: 'Arctic Wolf can recover data until 20:05 — replace the credentials before then. Mimecast no longer issues a token for these keys.',
      },
    ]);
    expect(recheck.view('default')).toMatchObject({ failingSince: '2026-11-25T08:05:00.000Z', recoverUntil: '2026-11-25T20:05:00.000Z' });

    clock.advance(6 * HOUR); // still failing: the same streak, no second notification
    await recheck.tick();
    expect(notes).toHaveLength(1);
    expect(recheck.view('default').failingSince).toBe('2026-11-25T08:05:00.000Z');

    fake.configure({ clientSecret: FAKE_CLIENT_SECRET }); // fixed: the streak ends
    clock.advance(6 * HOUR);
    await recheck.tick();
    expect(recheck.view('default')).toMatchObject({ failingSince: null, recoverUntil: null });

    fake.configure({ answers: { 'url-protection': { kind: 'forbidden' } } }); // a new streak notifies again
    clock.advance(6 * HOUR);
    await recheck.tick();
    expect(notes).toHaveLength(2);
    expect(notes[1]!.body).toContain('Failing: URL Protection logs.');
  });

  it('backs off on 429: sooner than the interval, doubling, never past it; no failure notification', async () => {
    await verification.run('default');
    fake.configure({ answers: { token: { kind: 'rate-limited', header: 'X-RateLimit-Reset', value: '1000' } } });
    clock.advance(6 * HOUR);
    const waits: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      await recheck.tick();
      const next = Date.parse(recheck.view('default').nextAt!);
      waits.push(next - clock.now().getTime());
      clock.set(new Date(next).toISOString());
    }
    expect(waits).toEqual([FIRST_BACKOFF_MS, 2 * FIRST_BACKOFF_MS, 4 * FIRST_BACKOFF_MS, 8 * FIRST_BACKOFF_MS, 16 * FIRST_BACKOFF_MS, 6 * HOUR]);
    expect(notes).toEqual([]);
    expect(recheck.view('default').history.every((h) => h.source !== 'schedule' || h.outcome === 'rate-limited')).toBe(true);

    fake.configure({ answers: {} }); // the quota is back: the regular interval again
    await recheck.tick();
    expect(Date.parse(recheck.view('default').nextAt!) - clock.now().getTime()).toBe(6 * HOUR);
  });

  it('the admin picks the interval or turns it off; profiles not handed off are not watched', async () => {
    await verification.run('default');
    expect(recheck.setSettings('default', { enabled: true, intervalHours: 1 })).toMatchObject({ intervalHours: 1, nextAt: '2026-11-25T03:05:00.000Z' });
    recheck.setSettings('default', { enabled: false, intervalHours: 1 });
    clock.advance(2 * HOUR);
    await recheck.tick();
    expect(dataCalls()).toBe(1);
    recheck.setSettings('default', { enabled: true, intervalHours: 1 });
    handedOff = false;
    await recheck.tick();
    expect(dataCalls()).toBe(1);
    expect(recheck.view('default').nextAt).toBeNull();
  });

  it('a clock that was ahead and is corrected does not stall it: the next run comes within the interval from now', async () => {
    await verification.run('default');
    clock.set('2030-06-01T12:00:00.000Z'); // the machine's clock jumps years ahead
    await recheck.tick();
    expect(dataCalls()).toBe(2);
    expect(recheck.view('default').nextAt).toBe('2030-06-01T18:00:00.000Z');

    clock.set('2026-11-25T02:10:00.000Z'); // corrected
    const bound = clock.now().getTime() + 6 * HOUR * 1.1;
    expect(Date.parse(recheck.view('default').nextAt!)).toBeLessThanOrEqual(bound);
    await recheck.tick();
    expect(dataCalls()).toBe(2); // not due at once: the interval still applies
    expect(recheck.view('default').nextAt).toBe('2026-11-25T08:10:00.000Z');
    clock.advance(6 * HOUR);
    await recheck.tick();
    expect(dataCalls()).toBe(3);
    expect(recheck.view('default').history[0]!.source).toBe('schedule');
  });

  it('a last run dated ahead of the clock (no next time saved) also counts from now', async () => {
    clock.set('2030-06-01T12:00:00.000Z');
    await verification.run('default'); // a run on the wrong clock, before any re-check was scheduled
    clock.set('2026-11-25T02:10:00.000Z');
    expect(recheck.view('default').nextAt).toBe('2026-11-25T08:10:00.000Z');
    expect(recheck.setSettings('default', { enabled: true, intervalHours: 2 }).nextAt).toBe('2026-11-25T04:10:00.000Z');
    clock.advance(2 * HOUR);
    await recheck.tick();
    expect(dataCalls()).toBe(2);
  });

  it('start() ticks on the injected timer every minute; stop() clears it', async () => {
    await verification.run('default');
    recheck.start();
    expect(timers.ms).toBe(TICK_MS);
    clock.advance(6 * HOUR);
    timers.run!();
    await expect.poll(dataCalls).toBe(2);
    recheck.stop();
    expect(timers.cleared).toBe(true);
  });
});
