import type { NetworkOptions } from '../http/transport.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ProfileSummary } from '../../../shared/domain/profile.ts';
import { FLEET_DEFAULT_CONCURRENCY, type FleetRun, type FleetTenantResult, type FleetTenantState } from '../../../shared/fleet/fleet-run.ts';
import { failedChecks, type VerificationReport } from '../../../shared/verification/report.ts';
import type { VerificationService } from '../verification/verification-service.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { CredentialsService } from '../secrets/secret-store.ts';
import { runPool, type TaskOutcome } from './scheduler.ts';
import type { RunSource } from '../../../shared/verification/monitoring.ts';

/**
 * `verify` for many tenants: every profile with stored credentials (or those asked for), each against its own saved
 * gateway, a few at a time. Built on the verification service's `run`, so each tenant's report is saved in its
 * profile and its checklist gate follows, exactly as when the admin verifies that tenant alone.
 */

export interface FleetPlan {
  /** Profiles with stored credentials, in profile-id order. */
  run: ProfileSummary[];
  /** Profiles without usable credentials, in profile-id order. */
  skipped: string[];
}

export interface FleetTenantUpdate {
  profileId: string;
  state: FleetTenantState;
  waitMs?: number;
  result?: FleetTenantResult;
  done: number;
  total: number;
}

export interface FleetVerifyOptions {
  /** Profile ids or names; absent: every profile. */
  profiles?: readonly string[];
  concurrency?: number;
  signal?: AbortSignal;
  onUpdate?: (update: FleetTenantUpdate) => void;
  /** Every tenant's proxy and trusted roots (the CLI's --proxy/--ca-file), instead of the app's. */
  network?: NetworkOptions;
  /** Who asked, for each tenant's run history: the app's "Verify all" (default) or the CLI's `fleet verify`. */
  source?: RunSource;
}

export interface FleetService {
  plan(profiles?: readonly string[]): Promise<FleetPlan>;
  verify(options?: FleetVerifyOptions): Promise<FleetRun>;
}

export interface FleetServiceDeps {
  profiles: Pick<ProfilesService, 'state' | 'resolve'>;
  credentials: Pick<CredentialsService, 'status'>;
  verification: Pick<VerificationService, 'run' | 'baseUrl'>;
  now?: () => Date;
  /** The timer behind a tenant's back-off (tests and the app's test harness skip the waits). */
  delay?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function createFleetService(deps: FleetServiceDeps): FleetService {
  const now = deps.now ?? (() => new Date());

  const select = (wanted?: readonly string[]): ProfileSummary[] => {
    const all = deps.profiles.state().profiles;
    if (!wanted) return [...all].sort(byId);
    const chosen = new Map<string, ProfileSummary>();
    const unknown: string[] = [];
    for (const name of wanted) {
      const found = deps.profiles.resolve(name);
      if (found) chosen.set(found.id, found);
      else unknown.push(name);
    }
    if (unknown.length > 0) {
      throw new AppError(
        'profile-not-found',
        `No profile ${unknown.map((u) => `“${u}”`).join(', ')}. Known profiles: ${all.map((p) => p.id).sort().join(', ')}.`,
      );
    }
    return [...chosen.values()].sort(byId);
  };

  const plan = async (wanted?: readonly string[]): Promise<FleetPlan> => {
    const run: ProfileSummary[] = [];
    const skipped: string[] = [];
    for (const profile of select(wanted)) {
      const status = await deps.credentials.status(profile.id);
      if (status.stored) run.push(profile);
      else skipped.push(profile.id);
    }
    return { run, skipped };
  };

  const baseUrlOf = (profileId: string): string => {
    try {
      return deps.verification.baseUrl(profileId);
    } catch {
      return ''; // a saved gateway the rules now refuse: the row's error says so
    }
  };

  return {
    plan,
    async verify(options = {}) {
      const started = now().getTime();
      const concurrency = options.concurrency ?? FLEET_DEFAULT_CONCURRENCY;
      const { run, skipped } = await plan(options.profiles);
      const startedAt = new Map<string, number>();
      const results = new Map<string, FleetTenantResult>();
      let done = 0;
      const update = (profileId: string, state: FleetTenantState, extra: Partial<FleetTenantUpdate> = {}): void =>
        options.onUpdate?.({ profileId, state, done, total: run.length, ...extra });
      for (const profile of run) update(profile.id, 'queued');

      const resultOf = (profile: ProfileSummary, outcome: TaskOutcome<VerificationReport>): FleetTenantResult => {
        const durationMs = Math.max(0, Math.round(now().getTime() - (startedAt.get(profile.id) ?? now().getTime())));
        const base = { profile: profile.id, name: profile.name, durationMs };
        if (outcome.status === 'done') {
          const report = outcome.value;
          // No token: the token's own code and message say why (a DNS failure is not a wrong secret).
          const error = report.token.ok ? null : { code: report.token.code ?? 'token-refused', message: report.token.message };
          return { ...base, ok: report.ok, baseUrl: report.baseUrl, failedChecks: failedChecks(report), error };
        }
        const error =
          outcome.status === 'cancelled'
            ? { code: 'cancelled', message: 'Cancelled before this tenant’s verification finished.' }
            : outcome.error instanceof AppError
              ? { code: outcome.error.code, message: outcome.error.message }
              : { code: 'internal', message: 'The verification failed unexpectedly. See the log file.' };
        return { ...base, ok: false, baseUrl: baseUrlOf(profile.id), failedChecks: [], error };
      };

      await runPool<ProfileSummary, VerificationReport>({
        items: run,
        concurrency,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(deps.delay ? { delay: deps.delay } : {}),
        run: (profile, context) =>
          deps.verification.run(profile.id, {
            sleep: (ms) => context.sleep(ms),
            ...(options.network ? { network: options.network } : {}),
            ...(options.source ? { source: options.source } : {}),
          }),
        onRunning(profile) {
          if (!startedAt.has(profile.id)) startedAt.set(profile.id, now().getTime());
          update(profile.id, 'running');
        },
        onWaiting: (profile, ms) => update(profile.id, 'waiting', { waitMs: Math.max(0, Math.round(ms)) }),
        onSettled(profile, outcome) {
          const result = resultOf(profile, outcome);
          results.set(profile.id, result);
          done += 1;
          update(profile.id, outcome.status === 'cancelled' ? 'cancelled' : result.ok ? 'passed' : 'failed', { result });
        },
      });

      const ordered = run.map((p) => results.get(p.id)!);
      const passed = ordered.filter((r) => r.ok).length;
      return {
        ok: ordered.length > 0 && passed === ordered.length,
        total: ordered.length,
        passed,
        failed: ordered.length - passed,
        results: ordered,
        skipped,
        cancelled: ordered.filter((r) => r.error?.code === 'cancelled').map((r) => r.profile),
        durationMs: Math.max(0, Math.round(now().getTime() - started)),
      };
    },
  };
}
