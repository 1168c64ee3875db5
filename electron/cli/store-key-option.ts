import { AppError } from '../../shared/errors.ts';
import { STORE_KEY_ENV, type StoreKey } from '../services/secrets/store-key.ts';
import { UsageError } from './command.ts';

/**
 * The store key of this run: `--store-key FILE`, else `MIMECAST_AW_STORE_KEY_FILE` (an empty variable counts as
 * unset, as `MIMECAST_AW_DATA_DIR` does). Read and checked before the command runs, so a wrong path, a key inside the
 * data folder or a file every user can read is one plain sentence (exit 2) before any secret is asked for.
 */
export async function storeKeyOfRun(flag: string | undefined, env: NodeJS.ProcessEnv, dataDir: string): Promise<StoreKey | undefined> {
  const fromEnv = env[STORE_KEY_ENV]?.trim() ? env[STORE_KEY_ENV] : undefined;
  const path = flag ?? fromEnv;
  if (path === undefined) return undefined;
  // Loaded only when a key is given: the age library is not part of every command's start-up.
  const { readStoreKey } = await import('../services/secrets/store-key.ts');
  try {
    return await readStoreKey(path, dataDir);
  } catch (error) {
    if (error instanceof AppError) throw new UsageError(`${flag !== undefined ? '--store-key' : STORE_KEY_ENV}: ${error.message}`, error.code);
    throw error;
  }
}
