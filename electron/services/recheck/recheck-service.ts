import { visibleName } from '../../../shared/domain/name-text.ts';
import { REFRESH_WINDOW_MS } from '../../../shared/handoff/refresh-steps.ts';
import { DEFAULT_RECHECK_HOURS, type RecheckRecord, type RecheckSettings, type RecheckView } from '../../../shared/verification/monitoring.ts';
import type { VerificationSection } from '../../../shared/verification/section.ts';
import { checkCatalog } from '../../../shared/verification/checks.ts';
import { describeError, type Logger } from '../logging/logger.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { VerificationService } from '../verification/verification-service.ts';
import { runOutcome } from '../verification/run-outcome.ts';

/**
 * The background re-check. While the app runs, every handed-off profile is verified again on the interval its admin
 * picked (default 6 h, jittered ±10 % so many tenants do not hit Mimecast at the same minute). A 429 or an unreachable
 * gateway proves nothing: the next try comes sooner, backing off (15 min, 30 min, … up to the interval). The first
 * failed run of a streak notifies once, with the time until which Arctic Wolf can still recover the data (12 hours
 * after the failure). Time comes from an injected clock, so tests step it by hand.
 */

export const TICK_MS = 60_000;
export const FIRST_BACKOFF_MS = 15 * 60_000;
const JITTER = 0.1;
const HOUR_MS = 3_600_000;

export interface RecheckTimers {
  setInterval: (run: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

export interface RecheckDeps {
  profiles: ProfilesService;
  verification: Pick<VerificationService, 'run'>;
  /** Only profiles whose credentials Arctic Wolf accepted are watched. */
  handedOff: (profileId: string) => boolean;
  notify: (title: string, body: string) => void;
  logger: Logger;
  now: () => Date;
  /** 0 ≤ x < 1, for the jitter (tests pass a constant). */
  random?: () => number;
  /** How a deadline reads in a notification: "14:05", or with the day when it is not today. */
  formatTime?: (at: Date, now: Date) => string;
  timers?: RecheckTimers;
  /** A profile's re-check record or history changed (the app pushes an event so the panel reloads). */
  onChange?: (profileId: string) => void;
}

function localClockTime(at: Date, now: Date): string {
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === now.toDateString() ? time : `${at.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })} ${time}`;
}

export interface RecheckService {
  view(profileId: string): RecheckView;
  setSettings(profileId: string, settings: RecheckSettings): RecheckView;
  /** Runs every due profile once, one after another; a tick while one runs is skipped. */
  tick(): Promise<void>;
  start(): void;
  stop(): void;
}

export function createRecheckService(deps: RecheckDeps): RecheckService {
  const { profiles, now, logger } = deps;
  const random = deps.random ?? Math.random;
  const formatTime = deps.formatTime ?? localClockTime;
  const timers: RecheckTimers = deps.timers ?? { setInterval: (run, ms) => setInterval(run, ms).unref(), clearInterval: (h) => clearInterval(h as NodeJS.Timeout) };
  let handle: unknown;
  let busy = false;

  const section = (profileId: string): VerificationSection => profiles.store(profileId).read('verification') ?? {};
  const saveRecheck = (profileId: string, change: (record: RecheckRecord) => RecheckRecord): void => {
    const current = section(profileId);
    profiles.store(profileId).write('verification', { ...current, recheck: change(current.recheck ?? {}) });
    deps.onChange?.(profileId);
  };
  const intervalMs = (record: RecheckRecord): number => (record.intervalHours ?? DEFAULT_RECHECK_HOURS) * HOUR_MS;

  /** When the profile's next run is due as saved: its `nextAt`, else an interval after its last run, else now. */
  const savedDueAt = (profileId: string): number => {
    const { recheck = {}, latest } = section(profileId);
    if (recheck.nextAt) return Date.parse(recheck.nextAt);
    return latest ? Date.parse(latest.ranAt) + intervalMs(recheck) : now().getTime();
  };
  /**
   * The latest a next run may be, seen from now: one interval at the top of its jitter band. A saved time past that
   * was written while the clock was ahead (then corrected), and would stall the re-check until the wrong date came
   * round again; it counts as one interval from now instead. An unreadable time does too.
   */
  const latestAllowed = (record: RecheckRecord): number => now().getTime() + intervalMs(record) * (1 + JITTER);
  const dueAt = (profileId: string): number => {
    const record = section(profileId).recheck ?? {};
    const saved = savedDueAt(profileId);
    return Number.isFinite(saved) && saved <= latestAllowed(record) ? saved : now().getTime() + intervalMs(record);
  };
  /** Saves the bounded time when the saved one was past the bound, so the next run stops moving with the clock. */
  const settleDueAt = (profileId: string): number => {
    const due = dueAt(profileId);
    if (due !== savedDueAt(profileId)) {
      logger.warn('background re-check: the saved next run was past one interval from now (the clock was corrected); it runs an interval from now', { profileId });
      saveRecheck(profileId, (r) => ({ ...r, nextAt: new Date(due).toISOString() }));
    }
    return due;
  };

  const view = (profileId: string): RecheckView => {
    const { recheck = {}, history = [] } = section(profileId);
    const handedOff = deps.handedOff(profileId);
    const enabled = recheck.enabled !== false;
    return {
      profileId,
      handedOff,
      enabled,
      intervalHours: recheck.intervalHours ?? DEFAULT_RECHECK_HOURS,
      nextAt: handedOff && enabled ? new Date(Math.max(dueAt(profileId), now().getTime())).toISOString() : null,
      failingSince: recheck.failingSince ?? null,
      recoverUntil: recheck.failingSince ? new Date(Date.parse(recheck.failingSince) + REFRESH_WINDOW_MS).toISOString() : null,
      lastError: recheck.lastError?.message ?? null,
      history: [...history].reverse(),
    };
  };

  const notifyFailure = (profileId: string, failingSince: string, failing: string): void => {
    const name = visibleName(profiles.resolve(profileId)?.name ?? profileId);
    const until = new Date(Date.parse(failingSince) + REFRESH_WINDOW_MS);
    deps.notify(
      `Mimecast credentials failed: ${name}`,
      `Arctic Wolf can recover data until ${formatTime(until, now())} — replace the credentials before then. ${failing}`,
    );
  };

  const runOne = async (profileId: string): Promise<void> => {
    let report;
    try {
      report = await deps.verification.run(profileId, { source: 'schedule' });
    } catch (error) {
      // No stored secret (forgotten after the hand-off), a locked keychain: said on the panel, tried again next interval.
      const message = error instanceof Error ? error.message : String(error);
      logger.warn('background re-check could not run', { profileId, error: describeError(error) });
      saveRecheck(profileId, (r) => ({ ...r, lastError: { at: now().toISOString(), message: message.slice(0, 1000) }, nextAt: new Date(now().getTime() + intervalMs(r)).toISOString() }));
      return;
    }
    const outcome = runOutcome(report);
    saveRecheck(profileId, (r) => {
      const { lastError: _lastError, backoffMs: previous, ...rest } = r;
      const next: RecheckRecord = { ...rest };
      if (outcome === 'rate-limited' || outcome === 'unreachable') {
        next.backoffMs = Math.min(previous ? previous * 2 : FIRST_BACKOFF_MS, intervalMs(r));
        next.nextAt = new Date(now().getTime() + next.backoffMs).toISOString();
      } else {
        next.nextAt = new Date(now().getTime() + intervalMs(r) * (1 - JITTER + 2 * JITTER * random())).toISOString();
      }
      if (outcome === 'failed' && next.failingSince && next.notifiedFor !== next.failingSince) {
        const failing = report.token.ok
          ? `Failing: ${report.checks.filter((c) => !c.ok).map((c) => checkCatalog[c.id].label).join(', ')}.`
          : 'Mimecast no longer issues a token for these keys.';
        notifyFailure(profileId, next.failingSince, failing);
        next.notifiedFor = next.failingSince;
      }
      return next;
    });
  };

  const tick = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      for (const { id } of profiles.state().profiles) {
        try {
          if (!deps.handedOff(id) || section(id).recheck?.enabled === false) continue;
          if (now().getTime() < settleDueAt(id)) continue;
          await runOne(id);
        } catch (error) {
          // One unreadable profile must not stop the re-check of the others.
          logger.warn('background re-check failed', { profileId: id, error: describeError(error) });
        }
      }
    } finally {
      busy = false;
    }
  };

  return {
    view,
    setSettings(profileId, settings) {
      saveRecheck(profileId, (r) => {
        const interval = settings.intervalHours * HOUR_MS;
        const latest = section(profileId).latest;
        // A last run dated ahead of now (a clock since corrected) counts as a run now: the next is one interval away.
        const from = latest ? Math.min(Date.parse(latest.ranAt), now().getTime()) : now().getTime();
        const { nextAt: _nextAt, ...rest } = r;
        return { ...rest, enabled: settings.enabled, intervalHours: settings.intervalHours, ...(settings.enabled ? { nextAt: new Date(Math.max(from + interval, now().getTime())).toISOString() } : {}) };
      });
      return view(profileId);
    },
    tick,
    start() {
      if (handle !== undefined) return;
      handle = timers.setInterval(() => void tick(), TICK_MS);
    },
    stop() {
      if (handle === undefined) return;
      timers.clearInterval(handle);
      handle = undefined;
    },
  };
}
