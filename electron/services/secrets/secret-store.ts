import type { SecretStoreInfo } from '../../../shared/domain/secret-backend.ts';
import type { CredentialStatusValue, StoreInfo } from '../../../shared/credentials/credentials.ts';

/**
 * The port every secret goes through. Adapters: the OS keychain (@napi-rs/keyring; Linux pinned to the Secret
 * Service), Electron's async safeStorage (ciphertext in the profile store), and memory for this run only.
 * Accounts start with the profile id: `<profileId>:client-secret:<folderTag>:<uuid>` (a fresh one per capture),
 * `<profileId>:intake-token`, …
 */
export interface SecretStore {
  info(): SecretStoreInfo;
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
  /**
   * Every account this store holds for the app (never the secrets). Lets `delete` remove items a crash or a damaged
   * profile file left unrecorded, and the start-up sweep find items no profile points to. Absent where the store
   * cannot be searched (safeStorage keeps its ciphertexts in the profile files themselves).
   */
  accounts?(): Promise<string[]>;
}

/** What `checkReadable` finds: whether this run can read the profile's stored secret, and if not, why. */
export type ReadCheck = { readable: true } | { readable: false; code: string; message: string };

/** What the UI and the CLI may know about stored credentials: never the secret. Shape fixed by the CLI contract. */
export type CredentialStatus = CredentialStatusValue;

/** A capture's answer: the status plus what the app changed in the input, said plainly ("removed a trailing newline"). */
export type CaptureResult = CredentialStatus & { notices: string[] };

/** What a capture receives: the two values, and whether the admin confirmed each is in its own field. */
export interface CaptureInput extends Credentials {
  confirmedFields?: boolean | undefined;
}

export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** Owns the credentials of each profile. The only way code reaches a secret is `withCredentials`, in the main process. */
export interface CredentialsService {
  status(profileId: string): Promise<CredentialStatus>;
  /** Stores new credentials (first capture or replacement). The old secret survives any failure or crash. */
  capture(profileId: string, credentials: CaptureInput): Promise<CaptureResult>;
  delete(profileId: string): Promise<CredentialStatus>;
  /** Drops the secret but keeps the masked Client ID and dates (after a confirmed hand-off). */
  forgetSecret(profileId: string): Promise<CredentialStatus>;
  /**
   * Whether this run can read the profile's stored secret (it is read, and dropped at once): the CLI's `credentials
   * status` says so, with the reason when it cannot.
   */
  checkReadable(profileId: string): Promise<ReadCheck>;
  /** Runs `use` with the stored credentials; throws AppError('no-credentials') when none are stored. */
  withCredentials<T>(profileId: string, use: (credentials: Credentials) => Promise<T>): Promise<T>;
  /** Removes keychain items of this data folder that no profile points to (the app runs it once at start). */
  sweepOrphans(): Promise<void>;
  /** Where secrets go in this run (and why, when the app fell back to memory). */
  storeInfo(): Promise<StoreInfo>;
}
