import { userInfo } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { createServices, type Services } from '../services/compose.ts';
import { fileSink } from '../services/logging/logger.ts';
import { createKeyringSecretStore } from '../services/secrets/keyring-secret-store.ts';
import { openConfStore } from '../services/settings/conf-store.ts';
import type { StoreKey } from '../services/secrets/store-key.ts';

/** Who ran the command, as the report shows it: the OS account, marked as the CLI ("alex (CLI)"). */
function cliUser(): string {
  let name = '';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): still say it was the CLI.
  }
  return `${name || 'unknown user'} (CLI)`;
}

/**
 * The services wired with Node adapters on a data folder: the same stores and keychain service as the app, a log
 * file of its own. Loaded only when a command runs (its imports are most of the CLI's start-up time).
 */
export function createCliServices(dataDir: string, version: string, storeKey?: StoreKey): Services {
  const services = createServices({
    dataDir,
    openStore: openConfStore,
    version,
    platform: process.platform,
    logSinks: [fileSink(join(dataDir, 'logs', 'cli.log'))],
    openExternal: () => Promise.reject(new AppError('not-supported', 'The CLI does not open links.')),
    emit: () => {},
    whoami: cliUser,
    // The CLI keeps secrets in the OS keychain, or in the key-file store when given a store key (machines without a
    // keychain): no memory fallback for a process that ends at once.
    secrets: storeKey ? { storeKey, fallback: 'refuse' } : { keyring: createKeyringSecretStore({ platform: process.platform }), fallback: 'refuse' },
  });
  // The private key is a secret like the ones it protects: no message or log line may carry it.
  if (storeKey) services.redactor.register(storeKey.identity);
  return services;
}
