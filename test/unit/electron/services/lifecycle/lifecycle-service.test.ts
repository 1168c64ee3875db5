import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandoffRecord } from '../../../../../electron/services/handoff/handoff-record.ts';
import { createLifecycleService, type LifecycleService } from '../../../../../electron/services/lifecycle/lifecycle-service.ts';
import { createLifecycleScheduler } from '../../../../../electron/services/lifecycle/lifecycle-scheduler.ts';
import { silentLogger } from '../../../../../electron/services/logging/logger.ts';
import type { LifecycleCountdown } from '../../../../../shared/handoff/lifecycle-view.ts';
import { fakeCredentials, fakeVerification, tempProfiles, testClock } from '../../../../helpers/handoff-fakes.ts';

const HOUR = 60 * 60 * 1000;

let clock: ReturnType<typeof testClock>;
let env: ReturnType<typeof tempProfiles>;
let credentials: ReturnType<typeof fakeCredentials>;
let verification: ReturnType<typeof fakeVerification>;
let lifecycle: LifecycleService;
let record: ReturnType<typeof createHandoffRecord>;

beforeEach(() => {
  clock = testClock('2026-11-25T12:00:00.000Z');
  env = tempProfiles(clock.now);
  credentials = fakeCredentials(clock.now);
  verification = fakeVerification(clock.now);
  record = createHandoffRecord(env.profiles);
  lifecycle = createLifecycleService({ record, credentials, verification, profileName: () => 'Contoso', now: clock.now, whoami: () => 'bob' });
});
afterEach(() => env.cleanup());

const confirm = () => record.update('default', (s) => ({ ...s, confirmed: { at: clock.now().toISOString(), channel: 'portal' } }));

describe('12-hour refresh window', () => {
  it('starts when Arctic Wolf reports a failure and counts down on the clock', () => {
    const started = lifecycle.reportFailure('default').window;
    expect(started).toMatchObject({ startedAt: '2026-11-25T12:00:00.000Z', endsAt: '2026-11-26T00:00:00.000Z', remainingMs: 12 * HOUR, state: 'open' });

    clock.advance(3 * HOUR + 30 * 60 * 1000);
    expect(lifecycle.view('default').window).toMatchObject({ remainingMs: 8.5 * HOUR, state: 'open' });

    // A second report while the window runs does not restart it.
    expect(lifecycle.reportFailure('default').window?.startedAt).toBe('2026-11-25T12:00:00.000Z');

    clock.advance(9 * HOUR);
    expect(lifecycle.view('default').window).toMatchObject({ remainingMs: 0, state: 'closed' });
  });

  it('a report stamped while the clock was ahead has no more than 12 hours left once it is corrected, and a new report restarts it', () => {
    clock.set('2030-06-01T12:00:00.000Z');
    lifecycle.reportFailure('default');
    clock.set('2026-11-25T12:00:00.000Z');
    expect(lifecycle.view('default').window).toMatchObject({ remainingMs: 12 * HOUR, state: 'open', endsAt: '2026-11-26T00:00:00.000Z' });
    expect(lifecycle.reportFailure('default').window).toMatchObject({ startedAt: '2026-11-25T12:00:00.000Z', endsAt: '2026-11-26T00:00:00.000Z' });
    clock.advance(12 * HOUR);
    expect(lifecycle.view('default').window).toMatchObject({ remainingMs: 0, state: 'closed' });
  });

  it('ends only once new credentials are captured and verified', async () => {
    lifecycle.reportFailure('default');
    clock.advance(HOUR);
    await expect(lifecycle.markRefreshed('default')).rejects.toMatchObject({ code: 'refresh-not-captured' });

    credentials.replace({ clientId: 'mc-new-client-id-9999', clientSecret: 'new-secret-value-1' });
    await expect(lifecycle.markRefreshed('default')).rejects.toMatchObject({ code: 'refresh-not-verified' });

    clock.advance(60_000);
    await verification.run('default');
    const view = await lifecycle.markRefreshed('default');
    expect(view.window).toMatchObject({ state: 'refreshed', remainingMs: 0 });
    expect(view.refreshSteps.map((s) => s.id)).toEqual(['generate', 'capture', 'verify', 'portal-open', 'portal-secret', 'portal-expiry']);
    expect(view.refreshSteps.map((s) => s.text).join(' ')).toMatch(/View Account > Edit Information.*Use existing value.*Save Changes/s);
  });
});

describe('credential expiry', () => {
  it('reminds ahead of the date, then says it expired', () => {
    lifecycle.setExpiry('default', '2026-12-20');
    expect(lifecycle.view('default').expiry).toMatchObject({ state: 'ok', daysLeft: 25 });
    clock.set('2026-12-07T09:00:00.000Z');
    expect(lifecycle.view('default').expiry).toMatchObject({ state: 'reminder', daysLeft: 13 });
    clock.set('2026-12-20T00:00:00.000Z');
    expect(lifecycle.view('default').expiry).toMatchObject({ state: 'expired' });
  });
});

describe('notifications through the scheduler', () => {
  it('notifies each reminder once, and pushes the countdown while a window is open', () => {
    const notes: string[] = [];
    const countdowns: LifecycleCountdown[] = [];
    let run: (() => void) | undefined;
    const scheduler = createLifecycleScheduler({
      lifecycle,
      profileIds: () => ['default'],
      notify: (title) => notes.push(title),
      countdown: (c) => countdowns.push(c),
      logger: silentLogger,
      setInterval: (fn) => ((run = fn), 1),
      clearInterval: () => {},
    });
    lifecycle.setExpiry('default', '2026-12-01');
    scheduler.start();
    expect(notes).toEqual(['Mimecast credentials expire in 6 days']);

    run?.();
    expect(notes).toHaveLength(1);

    lifecycle.reportFailure('default');
    run?.();
    expect(countdowns.at(-1)).toMatchObject({ remainingMs: 12 * HOUR, state: 'open' });

    clock.advance(10.5 * HOUR);
    run?.();
    expect(notes.at(-1)).toBe('1 h 30 min left to refresh Mimecast credentials');
    clock.advance(2 * HOUR);
    run?.();
    expect(notes.at(-1)).toBe('The 12-hour refresh window has passed');
    expect(countdowns.at(-1)).toMatchObject({ remainingMs: 0, state: 'closed' });
    run?.();
    expect(notes).toHaveLength(3);
    scheduler.stop();
  });
});

describe('after a confirmed hand-off', () => {
  it('opens the API 1.0 removal and offers to forget the secret', async () => {
    expect(lifecycle.migrationGate('default').satisfied).toBe(false);
    await expect(lifecycle.forgetSecret('default')).rejects.toMatchObject({ code: 'handoff-not-confirmed' });
    expect(lifecycle.view('default').forgetSecret.offered).toBe(false);

    confirm();
    expect(lifecycle.migrationGate('default').satisfied).toBe(true);
    expect(lifecycle.view('default').forgetSecret.offered).toBe(true);
    const view = await lifecycle.forgetSecret('default');
    expect(credentials.forgetCalls).toBe(1);
    expect(view.forgetSecret).toEqual({ offered: false, forgottenAt: '2026-11-25T12:00:00.000Z', by: 'bob' });
  });
});
