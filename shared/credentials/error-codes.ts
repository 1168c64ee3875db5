/**
 * The error codes of the credentials feature, in one place: the services throw them, the IPC channels list them and
 * the CLI maps them to exit codes. Pure, so both processes share them.
 */

/** Bad input at capture (`credentials.capture`, `credentials set`). */
export const credentialInputErrorCodes = [
  'client-id-empty',
  'client-secret-empty',
  'client-id-invalid',
  'client-secret-invalid',
  'client-secret-too-short',
  'credentials-identical',
  'credentials-swapped',
  'client-id-looks-secret',
] as const;

/**
 * Reading the stored secret back for use: none stored, the item gone, kept in another store, or in the key-file store
 * with no store key given to this run (`store-key-required`) or one that does not open it (`store-key-wrong`).
 */
export const credentialUseErrorCodes = ['no-credentials', 'secret-missing', 'secret-store-mismatch', 'store-key-required', 'store-key-wrong'] as const;

/** Failures of the OS keychain adapter. */
export const keyringErrorCodes = ['secret-store-unavailable', 'secret-store-locked', 'secret-store-prompt-dismissed', 'secret-store-failed'] as const;

/** Everything a feature that reads the stored secret (verification, hand-off, lifecycle) may fail with. */
export const secretReadErrorCodes = [...credentialUseErrorCodes, ...keyringErrorCodes, 'secret-store-changed'] as const;
