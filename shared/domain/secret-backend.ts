import { z } from 'zod';

/**
 * Where a captured secret lives. The ids are part of the CLI contract (`credentials … --json`). `key-file`: encrypted
 * (age) to a store key the CLI is given (`--store-key`), for machines without a keychain; the app cannot read it.
 */
export const secretBackendSchema = z.enum(['secret-service', 'keychain', 'dpapi', 'safe-storage', 'key-file', 'memory']);
export type SecretBackend = z.infer<typeof secretBackendSchema>;

export const secretStoreInfoSchema = z.object({
  backend: secretBackendSchema,
  /** What the admin reads, e.g. "GNOME Secret Service" or "Electron safeStorage (libsecret)". */
  label: z.string(),
  /** False only for the memory fallback: the secret is gone when the app quits. */
  persistent: z.boolean(),
  /** One honest sentence about what this store protects against. */
  protection: z.string(),
});
export type SecretStoreInfo = z.infer<typeof secretStoreInfoSchema>;
