import { AppError } from '../../../shared/errors.ts';
import { baseUrlOf, checkBaseUrl, DEFAULT_BASE_URL, type GatewayChoice } from '../../../shared/verification/gateways.ts';
import type { VerificationProgress } from '../../../shared/verification/report.ts';
import type { VerificationReport } from '../../../shared/verification/report.ts';
import type { VerificationSection } from '../../../shared/verification/section.ts';
import type { Logger } from '../logging/logger.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import type { Credentials, CredentialsService } from '../secrets/secret-store.ts';
import type { NetworkOptions } from '../http/transport.ts';
import type { MimecastClientOptions } from '../mimecast/mimecast-client.ts';
import { runVerification, type RunVerificationOptions } from './run-verification.ts';
import type { RunSource } from '../../../shared/verification/monitoring.ts';
import { recordOneOffRun, recordRun } from './run-outcome.ts';
import { permissionCount } from '../../../shared/verification/checks.ts';
import type { ReportGate } from '../progress/progress-service.ts';

/** Transport knobs the app leaves at their defaults and tests and the benchmark turn. */
export type ClientTuning = Pick<MimecastClientOptions, 'timeoutMs' | 'retry' | 'sleep' | 'lookup'> & Pick<RunVerificationOptions, 'runDeadlineMs'>;

export interface VerificationServiceDeps {
  profiles: ProfilesService;
  /** The only way this service reaches a stored secret. */
  credentials: CredentialsService;
  redactor: Redactor;
  logger: Logger;
  now?: () => Date;
  /** Progress for the UI's spinners (the app forwards it as the `verification.progress` event). */
  onProgress?: (progress: VerificationProgress) => void;
  client?: ClientTuning;
  /** The app's proxy and trusted roots (Network settings, the OS proxy), read for each run. */
  network?: () => NetworkOptions | Promise<NetworkOptions>;
  /** Tells the checklist whether the `verification` widget's step may be completed. */
  reportGate?: ReportGate;
}

export interface RunOptions {
  /**
   * Overrides the profile's saved gateway for this run only (the CLI's --base-url). Another gateway than the saved
   * one makes the run a one-off: recorded in the history as such, never the profile's latest result or gate.
   */
  baseUrl?: string;
  /**
   * The wait before a retry of this run's calls (429, 5xx). The fleet scheduler passes one that frees the run's slot
   * meanwhile, so one tenant backing off does not hold up the others.
   */
  sleep?: (ms: number) => Promise<void>;
  /** This run's proxy and trusted roots (the CLI's --proxy/--ca-file), instead of the app's. */
  network?: NetworkOptions;
  /** Who asked, for the run history: the admin in the app (default), the background re-check, or the CLI. */
  source?: RunSource;
}

export interface VerificationService {
  /** Verifies the profile's stored credentials and saves the report (with its time) in the profile. */
  run(profileId: string, options?: RunOptions): Promise<VerificationReport>;
  /** Verifies credentials the caller holds (the CLI's --client-id with the secret on stdin). Not saved. */
  runWith(credentials: Credentials, options?: RunOptions & { profileId?: string }): Promise<VerificationReport>;
  latest(profileId: string): VerificationReport | undefined;
  /** True when the profile's keys were stored after the last run, so its result no longer speaks for them. */
  keysReplacedSinceLatest(profileId: string): Promise<boolean>;
  gateway(profileId: string): GatewayChoice;
  /** Saves the gateway after checking a custom URL; throws AppError with the URL rule that failed. */
  setGateway(profileId: string, choice: GatewayChoice): GatewayChoice;
  /** The base URL a run would use now. */
  baseUrl(profileId: string): string;
}

function validBaseUrl(raw: string): string {
  const check = checkBaseUrl(raw);
  if (!check.ok) throw new AppError(check.code, check.message);
  return check.baseUrl;
}

function gateFor(report: VerificationReport): { satisfied: boolean; reason: string } {
  if (report.ok) return { satisfied: true, reason: `The token and all ${permissionCount} permissions were verified, and the role can read nothing more.` };
  if (!report.token.ok) return { satisfied: false, reason: 'Mimecast did not issue a token for these keys.' };
  const failed = report.checks.filter((c) => !c.ok).map((c) => c.permission);
  if (failed.length > 0) return { satisfied: false, reason: `Not yet readable: ${failed.join('; ')}.` };
  const extra = report.leastPrivilege?.probes.filter((p) => p.outcome === 'allowed').map((p) => p.permission) ?? [];
  return extra.length > 0
    ? { satisfied: false, reason: `The role can read more than Arctic Wolf needs: remove ${extra.join('; ')}.` }
    : { satisfied: false, reason: 'Least privilege could not be proved: run the check again.' };
}

/** The gateway a profile saved (Global when none). */
function savedGateway(profiles: Pick<ProfilesService, 'store'>, profileId: string): GatewayChoice {
  return profiles.store(profileId).read('verification')?.gateway ?? { kind: 'global' };
}

/** The base URL a run of the profile would use now; throws AppError when its saved custom URL breaks a rule. */
export function savedBaseUrl(profiles: Pick<ProfilesService, 'store'>, profileId: string): string {
  return validBaseUrl(baseUrlOf(savedGateway(profiles, profileId)));
}

export function createVerificationService(deps: VerificationServiceDeps): VerificationService {
  const { profiles, credentials, redactor, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const running = new Map<string, Promise<VerificationReport>>();

  const section = (profileId: string): VerificationSection => profiles.store(profileId).read('verification') ?? {};
  const saveSection = (profileId: string, next: VerificationSection): void => {
    profiles.store(profileId).write('verification', next);
  };
  const gateway = (profileId: string): GatewayChoice => savedGateway(profiles, profileId);
  const baseUrlOfProfile = (profileId: string): string => savedBaseUrl(profiles, profileId);
  /** A saved gateway the rules now refuse is no standing to compare with: a run on any other gateway is a one-off. */
  const savedBaseUrlOrNone = (profileId: string): string | undefined => {
    try {
      return baseUrlOfProfile(profileId);
    } catch {
      return undefined;
    }
  };

  const verify = async (given: Credentials, baseUrl: string, profileId: string, options: RunOptions): Promise<VerificationReport> => {
    deps.onProgress?.({ kind: 'started', profileId, baseUrl });
    const chosen = options.network ?? (await deps.network?.());
    const report = await runVerification({
      ...deps.client,
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(chosen ? { network: chosen } : {}),
      baseUrl,
      credentials: given,
      redactor,
      now,
      onProgress: (progress) => deps.onProgress?.({ ...progress, profileId }),
    });
    logger.info('verification finished', {
      profileId,
      baseUrl,
      ok: report.ok,
      token: report.token.code,
      checks: report.checks.map((c) => `${c.id}:${c.ok ? `ok(${c.events?.count ?? '?'})` : (c.code ?? 'failed')}`),
      leastPrivilege: report.leastPrivilege?.probes.map((p) => `${p.id}:${p.outcome}`),
      durationMs: report.durationMs,
    });
    return report;
  };

  return {
    run(profileId, options = {}) {
      // A second click while a run is under way joins it instead of doubling the calls against the quota.
      const existing = running.get(profileId);
      if (existing) return existing;
      const run = (async () => {
        const baseUrl = options.baseUrl === undefined ? baseUrlOfProfile(profileId) : validBaseUrl(options.baseUrl);
        const oneOff = options.baseUrl !== undefined && baseUrl !== savedBaseUrlOrNone(profileId);
        const report = await credentials.withCredentials(profileId, (stored) => verify(stored, baseUrl, profileId, options));
        const current = section(profileId);
        if (oneOff) {
          saveSection(profileId, { ...current, ...recordOneOffRun(current, report, options.source ?? 'app') });
          return report;
        }
        saveSection(profileId, { ...current, latest: report, ...recordRun(current, report, options.source ?? 'app') });
        deps.reportGate?.(profileId, gateFor(report));
        return report;
      })().finally(() => running.delete(profileId));
      running.set(profileId, run);
      return run;
    },
    async runWith(given, options = {}) {
      const fallback = options.profileId && profiles.resolve(options.profileId) ? baseUrlOfProfile(options.profileId) : DEFAULT_BASE_URL;
      const baseUrl = options.baseUrl === undefined ? fallback : validBaseUrl(options.baseUrl);
      return verify(given, baseUrl, options.profileId ?? '', options);
    },
    latest: (profileId) => section(profileId).latest,
    async keysReplacedSinceLatest(profileId) {
      const latest = section(profileId).latest;
      if (!latest) return false;
      try {
        const { storedAt } = await credentials.status(profileId);
        return storedAt !== undefined && Date.parse(storedAt) > Date.parse(latest.ranAt);
      } catch {
        // A locked keychain must not hide the last result; the note about replaced keys is a courtesy.
        return false;
      }
    },
    gateway,
    setGateway(profileId, choice) {
      const saved: GatewayChoice = choice.kind === 'custom' ? { kind: 'custom', baseUrl: validBaseUrl(choice.baseUrl) } : { kind: choice.kind };
      saveSection(profileId, { ...section(profileId), gateway: saved });
      return saved;
    },
    baseUrl: baseUrlOfProfile,
  };
}
