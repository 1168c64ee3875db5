import { userInfo } from 'node:os';
import type { LifecycleCountdown } from '../../../shared/handoff/lifecycle-view.ts';
import type { IntakeProgressEvent } from '../../../shared/handoff/handoff-view.ts';
import type { EvidenceService } from '../evidence/evidence-service.ts';
import { createHandoffHandlers } from '../handlers/handoff-handlers.ts';
import { createLifecycleHandlers } from '../handlers/lifecycle-handlers.ts';
import { createReportHandlers, type SaveReport } from '../handlers/report-handlers.ts';
import { createIntakeClient, type IntakeClientOptions } from '../intake/intake-client.ts';
import type { NetworkOptions } from '../http/transport.ts';
import { createLifecycleScheduler, type LifecycleScheduler } from '../lifecycle/lifecycle-scheduler.ts';
import { createLifecycleService, type LifecycleService } from '../lifecycle/lifecycle-service.ts';
import type { Logger } from '../logging/logger.ts';
import type { Redactor } from '../logging/redactor.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { createReportService, type ReportService } from '../report/report-service.ts';
import type { Handlers } from '../router.ts';
import type { CredentialsService } from '../secrets/secret-store.ts';
import type { TokenStore } from './lazy-token-store.ts';
import { createHandoffService, type HandoffService } from './handoff-service.ts';
import { intakeTokenAccount, type VerificationPort } from './ports.ts';
import { describeError } from '../logging/logger.ts';

/** The OS account name recorded as "who confirmed"; a locked-down machine without one still works. */
export function osUserName(): string {
  try {
    return userInfo().username || 'unknown user';
  } catch {
    return 'unknown user';
  }
}

export interface HandoffFeatureDeps {
  profiles: ProfilesService;
  credentials: CredentialsService;
  /** Where the intake token is kept (the same protected store as the client secret). */
  secrets: TokenStore;
  verification: VerificationPort;
  evidence: Pick<EvidenceService, 'list' | 'dataUrl'>;
  redactor: Redactor;
  logger: Logger;
  now: () => Date;
  appVersion: string;
  whoami?: () => string;
  intake?: Pick<IntakeClientOptions, 'sleep' | 'timeoutMs' | 'lookup'>;
  /** The app's proxy and trusted roots, read for each submission. */
  network?: () => NetworkOptions | Promise<NetworkOptions>;
  reportGate: (profileId: string, gate: { satisfied: boolean; reason: string }) => void;
  onIntakeProgress: (event: IntakeProgressEvent) => void;
  onCountdown: (event: LifecycleCountdown) => void;
  /** A profile's hand-off record changed (outcome, receipt, expiry, window, forgotten secret). */
  onChange?: (profileId: string) => void;
  /** Desktop notifications; without it (CLI, most tests) the scheduler is not started. */
  notify?: (title: string, body: string) => void;
  saveReport?: SaveReport;
}

export interface HandoffFeature {
  handoff: HandoffService;
  lifecycle: LifecycleService;
  report: ReportService;
  scheduler: LifecycleScheduler;
  handlers: ReturnType<typeof createHandoffHandlers> & ReturnType<typeof createLifecycleHandlers> & Pick<Handlers, 'report.save'>;
}

/** Wires the hand-off, lifecycle and report services and their handlers, so compose.ts needs one call. */
export function createHandoffFeature(deps: HandoffFeatureDeps): HandoffFeature {
  const { profiles, now, logger, redactor } = deps;
  const whoami = deps.whoami ?? osUserName;
  const handoff = createHandoffService({
    profiles,
    credentials: deps.credentials,
    secrets: deps.secrets,
    verification: deps.verification,
    intake: createIntakeClient({
      now,
      redact: (text) => redactor.redact(text),
      registerSecret: (value) => redactor.register(value),
      ...(deps.network ? { network: deps.network } : {}),
      ...deps.intake,
    }),
    redactor,
    logger,
    now,
    whoami,
    ...(deps.onChange ? { onChange: deps.onChange } : {}),
  });
  const lifecycle = createLifecycleService({
    record: handoff.record,
    credentials: deps.credentials,
    verification: deps.verification,
    profileName: (id) => profiles.resolve(id)?.name ?? id,
    now,
    whoami,
  });
  const report = createReportService({
    profiles,
    credentialStatus: (id) => deps.credentials.status(id),
    screenshots: (id) => deps.evidence.list(id).map((item) => ({ step: item.step, label: item.label, addedAt: item.addedAt, dataUrl: deps.evidence.dataUrl(id, item.id) })),
    now,
    whoami,
    appVersion: deps.appVersion,
    redactor,
  });
  const scheduler = createLifecycleScheduler({
    lifecycle,
    profileIds: () => profiles.state().profiles.map((p) => p.id),
    notify: deps.notify ?? (() => {}),
    countdown: deps.onCountdown,
    logger,
  });
  if (deps.notify) scheduler.start();

  // A deleted profile takes its intake token with it; a store that cannot be opened must not block the deletion.
  profiles.onBeforeDelete(async (profileId) => {
    try {
      await deps.secrets.delete(intakeTokenAccount(profileId));
    } catch (error) {
      logger.warn('could not remove the intake token of a deleted profile', { profileId, error: describeError(error) });
    }
  });

  const syncGate = (profileId: string): void => deps.reportGate(profileId, lifecycle.migrationGate(profileId));
  return {
    handoff,
    lifecycle,
    report,
    scheduler,
    handlers: {
      ...createHandoffHandlers({ profiles, handoff, syncGate, onIntakeProgress: (profileId, p) => deps.onIntakeProgress({ profileId, ...p }) }),
      ...createLifecycleHandlers(profiles, lifecycle),
      ...createReportHandlers({ profiles, report, ...(deps.saveReport ? { saveReport: deps.saveReport } : {}), now, logger }),
    },
  };
}
