import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defaultDataDir } from '../services/paths.ts';
import { UsageError } from './command.ts';

/**
 * The data folder of this run: `--data-dir`, else `MIMECAST_AW_DATA_DIR`, else the app's own folder — as an
 * absolute path, checked before anything is opened. An empty `--data-dir` is a usage error (left alone it would put
 * settings in a default folder and profiles in the current one), and so is a path that is, or runs through, a file.
 */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  if (flag !== undefined && flag.trim() === '') {
    throw new UsageError('--data-dir needs a folder, but it was given an empty value. Name the folder (it is created if missing), or leave the option out to use the app’s own folder.', 'invalid-data-dir');
  }
  const chosen = flag ?? (env.MIMECAST_AW_DATA_DIR?.trim() ? env.MIMECAST_AW_DATA_DIR : defaultDataDir(env));
  const from = flag !== undefined ? '--data-dir' : env.MIMECAST_AW_DATA_DIR?.trim() ? 'MIMECAST_AW_DATA_DIR' : 'The data folder';
  const dir = resolve(cwd, chosen);
  // The nearest part of the path that exists must be a folder: a file there can never hold the data folder.
  for (let part = dir; ; part = dirname(part)) {
    const kind = kindOf(part);
    if (kind === 'folder') break;
    if (kind === 'other') {
      const what = part === dir ? `“${dir}” is a file, not a folder` : `“${part}” is a file, so “${dir}” cannot be a folder`;
      throw new UsageError(`${from}: ${what}. Name a folder (it is created if missing).`, 'invalid-data-dir');
    }
    if (dirname(part) === part) break;
  }
  return dir;
}

function kindOf(path: string): 'folder' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}
