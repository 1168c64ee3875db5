import { chmodSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors.ts';

const exists = (path: string): boolean => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};

/**
 * Makes every missing folder of `path`, one at a time from the nearest existing one. Node's recursive mkdir is not
 * used: where a folder cannot be made although its parent exists (`/proc/self/x`), it retries for ever at full CPU,
 * inside one call, so not even SIGTERM's handler gets to run. Here the first refusal is thrown.
 */
export function makeFolders(path: string, mode = 0o700): void {
  const missing: string[] = [];
  for (let part = path; !exists(part); part = dirname(part)) {
    missing.push(part);
    if (dirname(part) === part) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
  }
}

function tighten(path: string, platform: string): void {
  if (platform === 'win32') return;
  try {
    chmodSync(path, 0o700);
  } catch {
    // A folder owned by someone else (a shared --data-dir): the files inside are still 0600.
  }
}

/**
 * Makes `path` (and any missing parent) a folder only its owner may enter: 0700. An existing folder is tightened too,
 * since earlier versions left the data folder 0755. Windows has no such modes; its user profile is private already.
 */
export function ensurePrivateFolder(path: string, platform: string = process.platform): void {
  try {
    makeFolders(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new AppError(
      'store-unwritable',
      `The folder ${path} could not be made${typeof code === 'string' ? ` (${code})` : ''}, so nothing was saved. Choose a data folder you may write to (--data-dir in the CLI), or fix this one’s permissions.`,
      { cause: error },
    );
  }
  tighten(path, platform);
}

/**
 * A folder the app makes inside the data folder for itself (`locks/`). Something else in its place — a symbolic link,
 * whose target chmod would change, or a file — is refused with what to do, never followed or worked around.
 */
export function ensureAppFolder(path: string, platform: string = process.platform): void {
  let kind: 'missing' | 'folder' | 'link' | 'other' = 'missing';
  try {
    const stat = lstatSync(path);
    kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : 'other';
  } catch {
    // Not there yet: made below.
  }
  if (kind === 'link' || kind === 'other') {
    throw new AppError(
      'store-unwritable',
      `${path} should be a folder the assistant keeps for itself, but it is ${kind === 'link' ? 'a symbolic link' : 'a file'}, so nothing was changed. Move it out of the data folder (the assistant makes the folder again), then try again.`,
    );
  }
  if (kind === 'missing') makeFolders(path);
  tighten(path, platform);
}
