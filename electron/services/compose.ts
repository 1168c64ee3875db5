import type { EventName, EventPayloadOf } from '../../shared/ipc/contract.ts';
import { createAppHandlers } from './handlers/app-handlers.ts';
import { createProfileHandlers } from './handlers/profiles-handlers.ts';
import { createProgressHandlers } from './handlers/progress-handlers.ts';
import { createEvidenceHandlers } from './handlers/evidence-handlers.ts';
import { createProgressService, type ProgressService } from './progress/progress-service.ts';
import { createEvidenceService, type EvidenceService } from './evidence/evidence-service.ts';
import { createCredentialHandlers } from './handlers/credentials-handlers.ts';
import { chooseSecretStore, type ChosenSecretStore, type SecretStoreCandidates } from './secrets/choose-secret-store.ts';
import { createClipboardService, type ClipboardPort, type ClipboardService, type Timers } from './secrets/clipboard-service.ts';
import { createCredentialsService } from './secrets/credentials-service.ts';
import { createMemorySecretStore } from './secrets/memory-secret-store.ts';
import { createProfileCiphertextStore } from './secrets/profile-ciphertext-store.ts';
import type { CredentialsService } from './secrets/secret-store.ts';
import { createLogger, type LogSink, type Logger } from './logging/logger.ts';
import { createRedactor, type Redactor } from './logging/redactor.ts';
import { createProfilesService, type ProfilesService } from './profiles/profiles-service.ts';
import { createRouter, type Handlers, type Router } from './router.ts';
import { createIpRangesHandlers } from './handlers/ip-ranges-handlers.ts';
import { createIpRangesService } from './ip-ranges/ip-ranges-service.ts';
import type { OpenStore } from './settings/store.ts';
import { createVerificationHandlers } from './handlers/verification-handlers.ts';
import { createHandoffFeature, type HandoffFeature, type HandoffFeatureDeps } from './handoff/handoff-feature.ts';
import { lazyTokenStore } from './handoff/lazy-token-store.ts';
import type { SystemProxyResolver } from './http/proxy.ts';
import { createNetworkHandlers } from './handlers/network-handlers.ts';
import { createNetworkSettingsService } from './network/network-settings.ts';
import { DEFAULT_BASE_URL } from '../../shared/verification/gateways.ts';
import { createVerificationService, type ClientTuning, type VerificationService } from './verification/verification-service.ts';
import { createFleetService, type FleetService } from './fleet/fleet-service.ts';
import { createTenantsOverview } from './fleet/tenants-overview.ts';
import { createTenantsHandlers } from './handlers/tenants-handlers.ts';
import { createRecheckHandlers } from './handlers/recheck-handlers.ts';
import { createRecheckService, type RecheckService } from './recheck/recheck-service.ts';

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
  saveReport?: HandoffFeatureDeps['saveReport'];
  /** Intake client knobs (waits, timeout) for tests; the OS user name recorded as "who confirmed". */
  intake?: HandoffFeatureDeps['intake'];
  whoami?: () => string;
}

export interface Services {
  redactor: Redactor;
  logger: Logger;
  profiles: ProfilesService;
  credentials: CredentialsService;
  clipboard: ClipboardService;
  progress: ProgressService;
  evidence: EvidenceService;
  verification: VerificationService;
  /** Many tenants verified together (`fleet verify`, the tenants view's "Verify all"). */
  fleet: FleetService;
  /** Hand-off, lifecycle (with its scheduler) and the completion report. */
  handoff: HandoffFeature;
  /** The background re-check of handed-off profiles (started when desktop notifications are wired: the app). */
  recheck: RecheckService;
  handlers: Handlers;
  router: Router;
}

export function createServices(adapters: Adapters): Services {
  const now = adapters.now ?? (() => new Date());
  const redactor = createRedactor();
  const logger = createLogger(redactor, adapters.logSinks, now);
  const profiles = createProfilesService({
    dataDir: adapters.dataDir,
    openStore: adapters.openStore,
    now,
    onRecovery: (recovery) => adapters.emit('store.recovered', recovery),
  });
  const secrets = adapters.secrets;
  // Chosen once per run (the keychain probe writes a test item), shared by the credentials and the intake token.
  let chosenStore: Promise<ChosenSecretStore> | undefined;
  const secretStore = (): Promise<ChosenSecretStore> =>
    (chosenStore ??= secrets
      ? chooseSecretStore({ ...secrets, platform: adapters.platform, ciphertexts: createProfileCiphertextStore(profiles), now })
      : Promise.resolve({ store: createMemorySecretStore() }));
  const copyText = adapters.clipboard ? (text: string) => adapters.clipboard?.writeText(text) : undefined;
  const credentials = createCredentialsService({
    profiles,
    redactor,
    logger,
    now,
    secretStore,
    // `progress` is created below; the gate is only reported later, on a capture or a delete.
    reportGate: (profileId, gate) => void progress.update(profileId, { op: 'gate', widget: 'credentials-capture', ...gate }),
  });
  profiles.onBeforeDelete(async (id) => void (await credentials.delete(id)));
  const clipboard = createClipboardService({
    clipboard: adapters.clipboard,
    credentials,
    onCountdown: (tick) => adapters.emit('credentials.clipboardCountdown', tick),
    ...(adapters.timers ? { timers: adapters.timers } : {}),
  });

  const progress = createProgressService({ profiles, now, onChange: (view) => adapters.emit('progress.changed', view) });
  const evidence = createEvidenceService({ profiles, now });
  const ipRanges = createIpRangesService({
    profiles,
    now,
    reportGate: (profileId, gate) => void progress.update(profileId, { op: 'gate', widget: 'ip-ranges-check', ...gate }),
    ...(copyText ? { copyText } : {}),
  });

  const protectedStore = lazyTokenStore(async () => (await secretStore()).store);
  const network = createNetworkSettingsService({
    dataDir: adapters.dataDir,
    openStore: adapters.openStore,
    secrets: protectedStore,
    redactor,
    onRecover: (recovery) => logger.warn('the network settings file was damaged and moved aside', { ...recovery }),
    ...(adapters.network?.systemProxy ? { systemProxy: adapters.network.systemProxy } : {}),
    gatewayUrl: () => {
      try {
        return verification.baseUrl(profiles.active().id);
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

  const verification = createVerificationService({
    profiles,
    credentials,
    redactor,
    logger,
    now,
    onProgress: (event) => adapters.emit('verification.progress', event),
    reportGate: (profileId, gate) => void progress.update(profileId, { op: 'gate', widget: 'verification', ...gate }),
    ...(adapters.mimecast ? { client: adapters.mimecast } : {}),
    ...(networkOptions ? { network: networkOptions } : {}),
  });

  const mimecastSleep = adapters.mimecast?.sleep;
  const fleet = createFleetService({
    profiles,
    credentials,
    verification,
    now,
    // Where tests skip the Mimecast client's waits, a tenant's back-off is skipped too.
    ...(mimecastSleep ? { delay: (ms: number) => mimecastSleep(ms) } : {}),
  });

  const handoff = createHandoffFeature({
    profiles,
    credentials,
    secrets: protectedStore,
    verification,
    evidence,
    redactor,
    logger,
    now,
    appVersion: adapters.version,
    // Only a change is reported: the widget re-syncs on every load, and each update announces `progress.changed`.
    reportGate: (profileId, gate) => {
      if (progress.read(profileId).gates.handoff?.satisfied !== gate.satisfied) progress.update(profileId, { op: 'gate', widget: 'handoff', ...gate });
    },
    onIntakeProgress: (event) => adapters.emit('handoff.intakeProgress', event),
    onCountdown: (event) => adapters.emit('lifecycle.countdown', event),
    onChange: (profileId) => adapters.emit('handoff.changed', { profileId }),
    ...(adapters.notify ? { notify: adapters.notify } : {}),
    ...(adapters.saveReport ? { saveReport: adapters.saveReport } : {}),
    ...(adapters.intake ? { intake: adapters.intake } : {}),
    ...(networkOptions ? { network: networkOptions } : {}),
    ...(adapters.whoami ? { whoami: adapters.whoami } : {}),
  });

  const recheck = createRecheckService({
    profiles,
    verification,
    handedOff: (profileId) => handoff.handoff.isConfirmed(profileId),
    notify: adapters.notify ?? (() => {}),
    logger,
    now,
    onChange: (profileId) => adapters.emit('recheck.changed', { profileId }),
  });
  // Only where notifications reach the admin (the app): the CLI re-checks when the admin's own scheduler runs it.
  if (adapters.notify) recheck.start();

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
    ...handoff.handlers,
    ...createRecheckHandlers(profiles, recheck),
    ...createTenantsHandlers({
      overview: createTenantsOverview({ profiles, progress, credentials, verification, handoff: handoff.handoff, lifecycle: handoff.lifecycle, now }),
      fleet,
      onProgress: (event) => adapters.emit('tenants.progress', event),
    }),
  };

  return { redactor, logger, profiles, credentials, clipboard, progress, evidence, verification, fleet, handoff, recheck, handlers, router: createRouter(handlers, { logger, redactor }) };
}
