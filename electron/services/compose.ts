import { userInfo } from 'node:os';
import type { WidgetId } from '../../shared/checklist/step-ids.ts';
import type { EventName, EventPayloadOf } from '../../shared/ipc/contract.ts';
import { DEFAULT_BASE_URL } from '../../shared/verification/gateways.ts';
import { createEvidenceService, type EvidenceService } from './evidence/evidence-service.ts';
import { createFleetService, type FleetService } from './fleet/fleet-service.ts';
import { createTenantsOverview } from './fleet/tenants-overview.ts';
import { createAppHandlers } from './handlers/app-handlers.ts';
import { createCredentialHandlers } from './handlers/credentials-handlers.ts';
import { createEvidenceHandlers } from './handlers/evidence-handlers.ts';
import { createHandoffHandlers } from './handlers/handoff-handlers.ts';
import { createIpRangesHandlers } from './handlers/ip-ranges-handlers.ts';
import { createLifecycleHandlers } from './handlers/lifecycle-handlers.ts';
import { createNetworkHandlers } from './handlers/network-handlers.ts';
import { createProfileHandlers } from './handlers/profiles-handlers.ts';
import { createProgressHandlers } from './handlers/progress-handlers.ts';
import { createRecheckHandlers } from './handlers/recheck-handlers.ts';
import { createReportHandlers, type SaveReport } from './handlers/report-handlers.ts';
import { createTenantsHandlers } from './handlers/tenants-handlers.ts';
import { createVerificationHandlers } from './handlers/verification-handlers.ts';
import { createHandoffService, type HandoffService } from './handoff/handoff-service.ts';
import { lazyTokenStore } from './handoff/lazy-token-store.ts';
import { intakeTokenAccount } from './handoff/ports.ts';
import type { SystemProxyResolver } from './http/proxy.ts';
import type { NetworkOptions } from './http/transport.ts';
import { createIntakeClient, type IntakeClientOptions } from './intake/intake-client.ts';
import { createIpRangesService, type IpRangesService } from './ip-ranges/ip-ranges-service.ts';
import { createLifecycleScheduler, type LifecycleScheduler } from './lifecycle/lifecycle-scheduler.ts';
import { createLifecycleService, type LifecycleService } from './lifecycle/lifecycle-service.ts';
import { createLogger, describeError, type LogSink, type Logger } from './logging/logger.ts';
import { createRedactor, type Redactor } from './logging/redactor.ts';
import { createNetworkSettingsService } from './network/network-settings.ts';
import { createProfilesService, type ProfilesService } from './profiles/profiles-service.ts';
import { createProgressService, type ProgressService, type ReportGate } from './progress/progress-service.ts';
import { createRecheckService, type RecheckService } from './recheck/recheck-service.ts';
import { createReportService, type ReportService } from './report/report-service.ts';
import { createRouter, type Handlers, type Router } from './router.ts';
import { chooseSecretStore, type ChosenSecretStore, type SecretStoreCandidates } from './secrets/choose-secret-store.ts';
import { createClipboardService, type ClipboardPort, type ClipboardService, type Timers } from './secrets/clipboard-service.ts';
import { createCredentialsService } from './secrets/credentials-service.ts';
import { createMemorySecretStore } from './secrets/memory-secret-store.ts';
import { createProfileCiphertextStore } from './secrets/profile-ciphertext-store.ts';
import type { CredentialsService } from './secrets/secret-store.ts';
import type { OpenStore } from './settings/store.ts';
import { createUpdatesHandlers } from './handlers/updates-handlers.ts';
import { createActivity } from './updates/activity.ts';
import type { UpdatePolicy } from './updates/policy/update-policy.ts';
import { RELEASE_PUBLIC_KEY } from './updates/release-key.ts';
import { createUpdatesService, type UpdateEngine, type UpdatesService } from './updates/updates-service.ts';
import { createVerificationService, savedBaseUrl, type ClientTuning, type VerificationService } from './verification/verification-service.ts';

/**
 * What the services need from the outside world. `electron/main` passes Electron-backed adapters; the CLI and the
 * tests pass Node-backed ones. Nothing below this line imports `electron`.
 */
export interface Adapters {
  dataDir: string;
  openStore: OpenStore;
  version: string;
  platform: string;
  logSinks: LogSink[];
  openExternal: (url: string) => Promise<void>;
  /** Pushes an event to the renderer (no-op in the CLI). */
  emit: <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;
  now?: () => Date;
  /**
   * Where secrets go. The app: `{ keyring: createKeyringSecretStore({ platform }), safeStorage, fallback: 'memory' }`;
   * the CLI: `{ keyring, fallback: 'refuse' }`. Absent: memory only (tests that do not care).
   */
  secrets?: Omit<SecretStoreCandidates, 'platform' | 'ciphertexts' | 'now'>;
  /** How this surface is given a store key, said when a key-file secret cannot be read (default: the CLI's flags). */
  storeKeyAdvice?: string;
  /** Electron's clipboard in the app; absent in the CLI (copying then answers `clipboard-unavailable`). */
  clipboard?: ClipboardPort;
  /** The clipboard countdown's timers; tests step them by hand. */
  timers?: Timers;
  /** Mimecast client knobs (timeout, retry waits, DNS); tests and the benchmark turn them. */
  mimecast?: ClientTuning;
  /**
   * The app's network: the operating system's proxy (Electron's session.resolveProxy, PAC included) and whether the
   * saved Network settings apply to every call. Absent (CLI, most tests): the environment's proxy only, plus the
   * CLI's per-call `--proxy`/`--ca-file`.
   */
  network?: { systemProxy?: SystemProxyResolver; useSavedSettings: boolean };
  /** Desktop notifications (Electron's Notification in the app): credential expiry and the 12-hour window. */
  notify?: (title: string, body: string) => void;
  /** Save dialog + HTML write or printToPDF, in the app; absent elsewhere (`report.save` then says so). */
  saveReport?: SaveReport;
  /** Intake client knobs (waits, timeout) for tests; the OS user name recorded as "who confirmed". */
  intake?: Pick<IntakeClientOptions, 'sleep' | 'timeoutMs' | 'lookup'>;
  /** Who is acting, for "confirmed by" and "completed by": the OS account (the CLI adds that it was the CLI). */
  whoami?: () => string;
  /**
   * The app's own updates: the machine policy (read once at start), the feed the build was made with, and
   * electron-updater as the download engine. Absent (CLI, most tests): no feed, so `updates.*` say "not configured".
   */
  updates?: {
    policy: Promise<UpdatePolicy>;
    builtInFeedUrl: string | null;
    /** Made with the app's network options (proxy, trusted roots), the redactor's register for proxy credentials, the log. */
    engine?: (network: () => Promise<NetworkOptions>, registerSecret: (value: string) => void, logger: Logger) => UpdateEngine;
    arch: string;
    publicKey?: string;
  };
}

export interface Services {
  redactor: Redactor;
  logger: Logger;
  profiles: ProfilesService;
  credentials: CredentialsService;
  clipboard: ClipboardService;
  progress: ProgressService;
  /** The Admin IP Ranges check saved per profile (the CLI's `check-ip-ranges --profile` records through it). */
  ipRanges: IpRangesService;
  evidence: EvidenceService;
  verification: VerificationService;
  /** Many tenants verified together (`fleet verify`, the tenants view's "Verify all"). */
  fleet: FleetService;
  handoff: HandoffService;
  lifecycle: LifecycleService;
  /** Expiry and 12-hour-window notifications and countdowns (started when desktop notifications are wired: the app). */
  lifecycleScheduler: LifecycleScheduler;
  report: ReportService;
  /** The background re-check of handed-off profiles (started when desktop notifications are wired: the app). */
  recheck: RecheckService;
  /** The app's updates: checks, the verified download, "restart when convenient". */
  updates: UpdatesService;
  handlers: Handlers;
  router: Router;
}

/** The OS account name recorded as "who confirmed"; a locked-down machine without one still works. */
function osUserName(): string {
  try {
    return userInfo().username || 'unknown user';
  } catch {
    return 'unknown user';
  }
}

/**
 * Creates every service once, each after the ones it needs (no service reaches one created later), and wires the
 * handlers of every channel. The one place that knows how the features depend on each other.
 */
export function createServices(adapters: Adapters): Services {
  const now = adapters.now ?? (() => new Date());
  const whoami = adapters.whoami ?? osUserName;
  const redactor = createRedactor();
  const logger = createLogger(redactor, adapters.logSinks, now);
  const profiles = createProfilesService({
    dataDir: adapters.dataDir,
    openStore: adapters.openStore,
    now,
    onRecovery: (recovery) => adapters.emit('store.recovered', recovery),
  });
  // A step completed is recorded with who did it: the OS account (and in the CLI, that it was the CLI).
  const progress = createProgressService({ profiles, now, ...(adapters.whoami ? { actor: adapters.whoami } : {}), onChange: (view) => adapters.emit('progress.changed', view) });
  /** The one gate reporter: each feature's service tells the checklist whether its widget's step may be completed. */
  const gateOf = (widget: WidgetId): ReportGate => (profileId, gate) => progress.reportGate(profileId, widget, gate);
  const evidence = createEvidenceService({ profiles, now });
  const copyText = adapters.clipboard ? (text: string) => adapters.clipboard?.writeText(text) : undefined;

  const secrets = adapters.secrets;
  // Chosen once per run (the keychain probe writes a test item), shared by the credentials and the intake token.
  let chosenStore: Promise<ChosenSecretStore> | undefined;
  const secretStore = (): Promise<ChosenSecretStore> =>
    (chosenStore ??= secrets
      ? chooseSecretStore({ ...secrets, platform: adapters.platform, ciphertexts: createProfileCiphertextStore(profiles), now })
      : Promise.resolve({ store: createMemorySecretStore() }));
  const protectedStore = lazyTokenStore(async () => (await secretStore()).store);
  const credentials = createCredentialsService({
    profiles,
    redactor,
    logger,
    now,
    secretStore,
    reportGate: gateOf('credentials-capture'),
    storeKeyGiven: secrets?.storeKey !== undefined,
    ...(adapters.storeKeyAdvice ? { storeKeyAdvice: adapters.storeKeyAdvice } : {}),
  });
  const clipboard = createClipboardService({
    clipboard: adapters.clipboard,
    credentials,
    onCountdown: (tick) => adapters.emit('credentials.clipboardCountdown', tick),
    ...(adapters.timers ? { timers: adapters.timers } : {}),
  });
  const ipRanges = createIpRangesService({ profiles, now, reportGate: gateOf('ip-ranges-check'), ...(copyText ? { copyText } : {}) });

  const network = createNetworkSettingsService({
    dataDir: adapters.dataDir,
    openStore: adapters.openStore,
    secrets: protectedStore,
    redactor,
    onRecover: (recovery) => logger.warn('the network settings file was damaged and moved aside', { ...recovery }),
    ...(adapters.network?.systemProxy ? { systemProxy: adapters.network.systemProxy } : {}),
    gatewayUrl: () => {
      try {
        return savedBaseUrl(profiles, profiles.active().id);
      } catch {
        return DEFAULT_BASE_URL;
      }
    },
  });
  const networkOptions = adapters.network?.useSavedSettings
    ? () => network.options()
    : adapters.network?.systemProxy
      ? () => ({ systemProxy: adapters.network?.systemProxy })
      : undefined;

  // What an update restart must wait for: verifications (the admin's own, the background re-check, Verify all) and
  // intake submissions. Tracked here, where the services are made, so none of them has to report it.
  const activity = createActivity();
  const verificationService = createVerificationService({
    profiles,
    credentials,
    redactor,
    logger,
    now,
    onProgress: (event) => adapters.emit('verification.progress', event),
    reportGate: gateOf('verification'),
    ...(adapters.mimecast ? { client: adapters.mimecast } : {}),
    ...(networkOptions ? { network: networkOptions } : {}),
  });
  const verification: VerificationService = {
    ...verificationService,
    run: (...args) => activity.track('a verification', () => verificationService.run(...args)),
    runWith: (...args) => activity.track('a verification', () => verificationService.runWith(...args)),
  };
  const mimecastSleep = adapters.mimecast?.sleep;
  const fleet = createFleetService({
    profiles,
    credentials,
    verification,
    now,
    // Where tests skip the Mimecast client's waits, a tenant's back-off is skipped too.
    ...(mimecastSleep ? { delay: (ms: number) => mimecastSleep(ms) } : {}),
  });

  // The hand-off, then the credential lifecycle that follows it, then the completion report that tells both.
  const handoffService = createHandoffService({
    profiles,
    credentials,
    secrets: protectedStore,
    verification,
    intake: createIntakeClient({
      now,
      redact: (text) => redactor.redact(text),
      registerSecret: (value) => redactor.register(value),
      ...(networkOptions ? { network: networkOptions } : {}),
      ...adapters.intake,
    }),
    redactor,
    logger,
    now,
    whoami,
    onChange: (profileId) => adapters.emit('handoff.changed', { profileId }),
  });
  const handoff: HandoffService = {
    ...handoffService,
    submitIntake: (...args) => activity.track('the hand-off to Arctic Wolf', () => handoffService.submitIntake(...args)),
  };
  const updates = createUpdatesService({
    installedVersion: adapters.version,
    platform: adapters.platform,
    arch: adapters.updates?.arch ?? process.arch,
    policy: adapters.updates?.policy ?? Promise.resolve({ managed: false, disabledReason: null, channel: null, updateUrl: null, notices: [] }),
    builtInFeedUrl: adapters.updates?.builtInFeedUrl ?? null,
    publicKey: adapters.updates?.publicKey ?? RELEASE_PUBLIC_KEY,
    feed: { registerSecret: (value) => redactor.register(value), ...(networkOptions ? { network: networkOptions } : {}) },
    ...(adapters.updates?.engine ? { engine: adapters.updates.engine(async () => (await networkOptions?.()) ?? {}, (value) => redactor.register(value), logger) } : {}),
    busy: () => activity.current(),
    logger,
    now,
    onChange: (status) => adapters.emit('updates.changed', status),
  });
  const lifecycle = createLifecycleService({
    record: handoff.record,
    credentials,
    verification,
    profileName: (id) => profiles.resolve(id)?.name ?? id,
    now,
    whoami,
  });
  const report = createReportService({
    profiles,
    credentialStatus: (id) => credentials.status(id),
    screenshots: (id) => evidence.list(id).map((item) => ({ step: item.step, label: item.label, addedAt: item.addedAt, dataUrl: evidence.dataUrl(id, item.id) })),
    now,
    whoami,
    appVersion: adapters.version,
    redactor,
  });
  const lifecycleScheduler = createLifecycleScheduler({
    lifecycle,
    profileIds: () => profiles.state().profiles.map((p) => p.id),
    notify: adapters.notify ?? (() => {}),
    countdown: (event) => adapters.emit('lifecycle.countdown', event),
    logger,
  });
  const recheck = createRecheckService({
    profiles,
    verification,
    handedOff: (profileId) => handoff.isConfirmed(profileId),
    notify: adapters.notify ?? (() => {}),
    logger,
    now,
    onChange: (profileId) => adapters.emit('recheck.changed', { profileId }),
  });
  // Only where notifications reach the admin (the app): the CLI re-checks when the admin's own scheduler runs it.
  if (adapters.notify) {
    lifecycleScheduler.start();
    recheck.start();
  }

  // A deleted profile takes its secrets with it; a store that cannot be opened must not block the deletion.
  profiles.onBeforeDelete(async (profileId) => void (await credentials.delete(profileId)));
  profiles.onBeforeDelete(async (profileId) => {
    try {
      await protectedStore.delete(intakeTokenAccount(profileId));
    } catch (error) {
      logger.warn('could not remove the intake token of a deleted profile', { profileId, error: describeError(error) });
    }
  });

  // Tells the checklist whether the hand-off is confirmed (the `handoff` widget's gate; "remove API 1.0" waits on it).
  const reportHandoffGate = gateOf('handoff');
  const handlers: Handlers = {
    ...createAppHandlers({
      version: adapters.version,
      platform: adapters.platform,
      profiles,
      secretStoreInfo: () => credentials.storeInfo(),
      openExternal: adapters.openExternal,
    }),
    ...createProfileHandlers(profiles),
    ...createIpRangesHandlers(ipRanges),
    ...createProgressHandlers({ progress, evidence, ...(copyText ? { copyText } : {}) }),
    ...createEvidenceHandlers(evidence),
    ...createCredentialHandlers({ profiles, credentials, clipboard }),
    ...createVerificationHandlers(profiles, verification),
    ...createNetworkHandlers(network),
    ...createHandoffHandlers({
      profiles,
      handoff,
      syncGate: (profileId) => reportHandoffGate(profileId, lifecycle.migrationGate(profileId)),
      onIntakeProgress: (profileId, event) => adapters.emit('handoff.intakeProgress', { profileId, ...event }),
    }),
    ...createLifecycleHandlers(profiles, lifecycle),
    ...createReportHandlers({ profiles, report, ...(adapters.saveReport ? { saveReport: adapters.saveReport } : {}), now, logger }),
    ...createRecheckHandlers(profiles, recheck),
    ...createUpdatesHandlers(updates),
    ...createTenantsHandlers({
      overview: createTenantsOverview({ profiles, progress, credentials, verification, handoff, lifecycle, now }),
      fleet,
      onProgress: (event) => adapters.emit('tenants.progress', event),
    }),
  };

  return {
    redactor,
    logger,
    profiles,
    credentials,
    clipboard,
    progress,
    ipRanges,
    evidence,
    verification,
    fleet,
    handoff,
    lifecycle,
    lifecycleScheduler,
    report,
    recheck,
    updates,
    handlers,
    router: createRouter(handlers, { logger, redactor }),
  };
}
