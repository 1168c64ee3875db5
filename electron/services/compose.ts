import type { SecretStoreInfo } from '../../shared/domain/secret-backend.ts';
import type { EventName, EventPayloadOf } from '../../shared/ipc/contract.ts';
import { createAppHandlers } from './handlers/app-handlers.ts';
import { createProfileHandlers } from './handlers/profile-handlers.ts';
import { createLogger, type LogSink, type Logger } from './logging/logger.ts';
import { createRedactor, type Redactor } from './logging/redactor.ts';
import { createProfilesService, type ProfilesService } from './profiles/profiles-service.ts';
import { createRouter, type Handlers, type Router } from './router.ts';
import type { OpenStore } from './settings/store.ts';

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
}

export interface Services {
  redactor: Redactor;
  logger: Logger;
  profiles: ProfilesService;
  handlers: Handlers;
  router: Router;
}

/** Stand-in until the secret store lands: what this run can offer is memory only, and it says so. */
const memoryOnly: SecretStoreInfo = {
  backend: 'memory',
  label: 'Memory only (this run)',
  persistent: false,
  protection: 'The secret is kept in this app’s memory only and is gone when you quit.',
};

export function createServices(adapters: Adapters): Services {
  const now = adapters.now ?? (() => new Date());
  const redactor = createRedactor();
  const logger = createLogger(redactor, adapters.logSinks, now);
  const profiles = createProfilesService({ dataDir: adapters.dataDir, openStore: adapters.openStore, now });

  const handlers: Handlers = {
    ...createAppHandlers({
      version: adapters.version,
      platform: adapters.platform,
      profiles,
      secretStoreInfo: () => memoryOnly,
      openExternal: adapters.openExternal,
    }),
    ...createProfileHandlers(profiles),
  };

  return { redactor, logger, profiles, handlers, router: createRouter(handlers, { logger, redactor }) };
}
