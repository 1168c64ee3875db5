import { z } from 'zod';

/**
 * Where a captured secret lives. The ids are part of the CLI contract (`credentials … --json`). `key-file`: encrypted
 * (age) to a store key the CLI is given (`--store-key`), for machines without a keychain; the app cannot read it.
 */
export const secretBackendSchema = z.enum(['secret-service', 'keychain', 'dpapi', 'safe-storage', 'key-file', 'memory']);
export type SecretBackend = z.infer<typeof secretBackendSchema>;

/**
 * Each store's one name, in the words the admin knows, wherever a message names where a secret is (the app, every
 * CLI command); the current store's own label (which may say more, e.g. safeStorage's backend) is preferred when it matches.
 */
export const secretBackendLabels: Record<SecretBackend, string> = {
  'secret-service': 'GNOME Secret Service',
  keychain: 'macOS Keychain',
  dpapi: 'Windows Credential Manager',
  'safe-storage': 'Electron safeStorage',
  'key-file': 'key-file store (for scheduled runs)',
  memory: 'Memory only (this run)',
};

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
