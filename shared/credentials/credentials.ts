import { z } from 'zod';
import { secretBackendSchema, secretStoreInfoSchema } from '../domain/secret-backend.ts';

/** Longest Client ID or Secret the app accepts; Mimecast's are far shorter, this only stops a runaway paste. */
export const CREDENTIAL_MAX_LENGTH = 1024;

/**
 * The profile section `credentials`: everything about the stored credentials except the secret itself.
 * The Client ID is not a secret (Mimecast shows it again in the console), so it is kept whole for verification
 * and the hand-off; the UI only ever sees it masked.
 */
export const credentialsSectionSchema = z.object({
  clientId: z.string().optional(),
  storedAt: z.iso.datetime().optional(),
  backend: secretBackendSchema.optional(),
  /** The SecretStore account holding the current secret; absent once the secret was forgotten or deleted. */
  secretAccount: z.string().optional(),
  forgottenAt: z.iso.datetime().optional(),
  /**
   * Crash-safety bookkeeping. `pendingAccount`: a new secret is being written there and is not yet the current one.
   * `retiredAccounts`: secrets that were replaced and still have to be deleted from the store.
   */
  pendingAccount: z.string().optional(),
  retiredAccounts: z.array(z.string()).optional(),
});
export type CredentialsSection = z.infer<typeof credentialsSectionSchema>;

/**
 * One secret encrypted in the profile file: base64 ciphertext and what encrypted it — Electron safeStorage, or age to a
 * store key (the key-file store).
 */
export const encryptedSecretSchema = z.object({
  ciphertext: z.string().min(1),
  /** safeStorage: `getSelectedStorageBackend()` at encryption time (Linux), or the platform's fixed backend. `age`: the key-file store. */
  backend: z.string(),
  encryptedAt: z.iso.datetime(),
  /** `age` only: the store key's public half (`age1…`) it was encrypted to, so a wrong key is named as such. */
  recipient: z.string().optional(),
});
export type EncryptedSecret = z.infer<typeof encryptedSecretSchema>;

/** The profile section `encryptedSecrets`: ciphertexts by SecretStore account (the safeStorage and key-file adapters). */
export const encryptedSecretsSectionSchema = z.record(z.string(), encryptedSecretSchema);
export type EncryptedSecretsSection = z.infer<typeof encryptedSecretsSectionSchema>;

/** What the UI and the CLI may know: never the secret. `stored`, `maskedClientId`, `backend`, `storedAt` are the CLI contract. */
export const credentialStatusSchema = z.object({
  stored: z.boolean(),
  maskedClientId: z.string().optional(),
  backend: secretBackendSchema.optional(),
  storedAt: z.iso.datetime().optional(),
  /** Set when the secret was dropped on purpose after the hand-off; the masked ID and dates stay. */
  forgottenAt: z.iso.datetime().optional(),
  /** The secret was kept in memory only and the app has restarted since: it is gone and must be captured again. */
  lostOnRestart: z.boolean().optional(),
  /**
   * The keychain holds a secret of this profile that its record does not name — the record was in a damaged profile
   * file that was set aside. `stored` is true (the secret is there), but the Client ID is unknown: capture again or delete.
   */
  recordLost: z.boolean().optional(),
});
export type CredentialStatusValue = z.infer<typeof credentialStatusSchema>;

/** The answer to a capture: the status plus what the app changed in the input (trimmed spaces, a newline). */
export const captureResultSchema = credentialStatusSchema.extend({
  notices: z.array(z.string()),
});

export const captureRequestSchema = z.object({
  // No trimming here: the service trims and tells the admin it did.
  clientId: z.string().max(CREDENTIAL_MAX_LENGTH, 'The Client ID is far longer than any Mimecast Client ID. Copy it again.'),
  clientSecret: z.string().max(CREDENTIAL_MAX_LENGTH, 'The Client Secret is far longer than any Mimecast Client Secret. Copy it again.'),
  /** The admin checked each value is in its own field after a length-based swap warning. */
  confirmedFields: z.boolean().optional(),
});

export const credentialFieldSchema = z.enum(['clientId', 'clientSecret']);
export type CredentialField = z.infer<typeof credentialFieldSchema>;

export const copyResultSchema = z.object({
  field: credentialFieldSchema,
  /** Seconds until the app clears the clipboard (the secret only), else null. */
  clearsInSeconds: z.number().int().nullable(),
});

/** Where secrets go in this run, and why the app fell back when it did. */
export const storeInfoSchema = secretStoreInfoSchema.extend({
  /** Set when a protected store was unavailable and the app fell back: the banner shows it. */
  fallbackReason: z.string().optional(),
});
export type StoreInfo = z.infer<typeof storeInfoSchema>;

/** Clipboard countdown pushed once a second after the secret was copied. */
export const clipboardCountdownSchema = z.object({
  field: credentialFieldSchema,
  secondsLeft: z.number().int().min(0),
  /** With `secondsLeft` 0: whether the app cleared it (false when something else was copied since). */
  cleared: z.boolean().optional(),
});
export type ClipboardCountdown = z.infer<typeof clipboardCountdownSchema>;

/**
 * `abcd…wxyz`: enough to recognise a Client ID, not enough to use it. Short IDs show less, and a stored value that
 * looks like a secret (base64 punctuation: saved before the capture refused such values) shows nothing at all.
 */
export function maskClientId(clientId: string): string {
  if (/[+/=]/.test(clientId)) return '… (hidden: this value looks like a secret; capture the keys again)';
  if (clientId.length <= 4) return '…';
  if (clientId.length < 12) return `${clientId.slice(0, 2)}…${clientId.slice(-2)}`;
  return `${clientId.slice(0, 4)}…${clientId.slice(-4)}`;
}
