import type { SecretBackend } from '../../../shared/domain/secret-backend.ts';

/** Where a secret was stored, in the words the admin knows; the current store's own label is preferred when it matches. */
export const backendLabels: Record<SecretBackend, string> = {
  'secret-service': 'GNOME Secret Service',
  keychain: 'macOS Keychain',
  dpapi: 'Windows Credential Manager',
  'safe-storage': 'Electron safeStorage',
  'key-file': 'key-file store (for scheduled runs)',
  memory: 'Memory only (this run)',
};
