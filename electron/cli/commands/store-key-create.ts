import { AppError } from '../../../shared/errors.ts';
import { createStoreKeyFile, STORE_KEY_ENV } from '../../services/secrets/store-key.ts';
import { EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';

/** `store-key create FILE`: a new age private key for the key-file store, mode 0600, never over an existing file. */
export async function run(context: CliContext): Promise<CliOutcome> {
  const file = String(context.values.file);
  let created: { path: string; recipient: string };
  try {
    created = await createStoreKeyFile(file, context.global.dataDir);
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(error.message, error.code);
    throw error;
  }
  const text = [
    `Created the store key ${created.path} (public key ${created.recipient}), readable by this account only.`,
    'Whoever can read it can read the secrets stored with it: keep it away from the data folder and out of backups of it.',
    `Store a tenant's keys with it: printf '%s\\n' "$SECRET" | mimecast-aw credentials set --client-id ID --store-key ${created.path}`,
    `Then give every command the same key: --store-key ${created.path}, or ${STORE_KEY_ENV}=${created.path}.`,
  ].join('\n');
  return { exitCode: EXIT_OK, json: { created: created.path }, text };
}
