import { AppError } from '../../../shared/errors.ts';
import { credentialInputErrorCodes } from '../../../shared/credentials/error-codes.ts';
import { NO_PROTECTED_STORE } from '../../services/secrets/choose-secret-store.ts';
import type { Redactor } from '../../services/logging/redactor.ts';
import type { CredentialStatus } from '../../services/secrets/secret-store.ts';
import { UsageError } from '../command.ts';
import { localDateTime } from '../local-time.ts';
import { secretBackendLabels } from '../../../shared/domain/secret-backend.ts';

/**
 * No protected store to keep or read the secret, or a key-file secret without its key: the contract counts it as an
 * input error (exit 2) in every command.
 */
export const noProtectedStoreCodes = [
  NO_PROTECTED_STORE,
  'secret-store-unavailable',
  'secret-store-locked',
  'secret-store-prompt-dismissed',
  'store-key-required',
  'store-key-wrong',
] as const;

/** Failures the contract counts as input errors (exit 2): bad values, or no protected store to put them in. */
const exitTwoCodes = new Set<string>([...credentialInputErrorCodes, ...noProtectedStoreCodes]);

/** This session has no keychain to use (no Secret Service, or a locked one): the key-file store is the way out. */
const noKeychainCodes = new Set<string>([NO_PROTECTED_STORE, 'secret-store-unavailable', 'secret-store-locked']);

const KEY_FILE_WAY_OUT =
  'On a machine without a desktop session (cron, a server, a container, CI), use the key-file store instead: ' +
  'create a key once with “mimecast-aw store-key create FILE” (outside the data folder), store the credentials with ' +
  '“credentials set --store-key FILE”, and give every command the same --store-key FILE or MIMECAST_AW_STORE_KEY_FILE.';

/** The message of a secret-store failure as the CLI says it: with the key-file store named where no keychain works. */
export function storeProblemText(code: string, message: string): string {
  return noKeychainCodes.has(code) ? `${message} ${KEY_FILE_WAY_OUT}` : message;
}

/**
 * Runs a credentials operation, turning input and no-store failures into exit 2 (their message passed through the
 * redactor, as every message is); other failures stay AppErrors, which the CLI redacts and answers with exit 1.
 */
export async function asCliInput<T>(redactor: Redactor, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof AppError && exitTwoCodes.has(error.code)) throw new UsageError(storeProblemText(error.code, redactor.redact(error.message)), error.code);
    throw error;
  }
}

/** The CLI contract's shape: `stored`, and when known `maskedClientId`, `backend`, `storedAt` — nothing else. */
export function statusJson(status: CredentialStatus): Record<string, unknown> {
  const { stored, maskedClientId, backend, storedAt } = status;
  return {
    stored,
    ...(maskedClientId !== undefined ? { maskedClientId } : {}),
    ...(backend !== undefined ? { backend } : {}),
    ...(storedAt !== undefined ? { storedAt } : {}),
  };
}

export function statusText(status: CredentialStatus, profileName: string, label?: string): string {
  // The store's one name (secretBackendLabels), never its id: "the GNOME Secret Service", not "the secret-service".
  const storeLabel = label ?? (status.backend ? secretBackendLabels[status.backend] : 'secret store');
  if (status.stored && status.recordLost) {
    return (
      `A Client Secret of “${profileName}” is still in the ${storeLabel}, but its record (the Client ID) was in a damaged profile file and is lost. ` +
      'Store the credentials again with `credentials set` (the old secret is removed then), or remove it with `credentials delete`.'
    );
  }
  if (status.stored) {
    return `Stored for “${profileName}”: Client ID ${status.maskedClientId ?? '?'} and its secret, in the ${storeLabel} since ${status.storedAt ? localDateTime(status.storedAt) : '?'}.`;
  }
  if (status.forgottenAt) return `Nothing usable for “${profileName}”: the secret of Client ID ${status.maskedClientId ?? '?'} was forgotten at ${localDateTime(status.forgottenAt)}.`;
  if (status.lostOnRestart) return `Nothing usable for “${profileName}”: the secret of Client ID ${status.maskedClientId ?? '?'} was kept in the app’s memory only and is gone.`;
  return `No credentials are stored for “${profileName}”.`;
}
