import { chmodSync, mkdirSync } from 'node:fs';

/**
 * Makes `path` (and any missing parent) a folder only its owner may enter: 0700. An existing folder is tightened too,
 * since earlier versions left the data folder 0755. Windows has no such modes; its user profile is private already.
 */
export function ensurePrivateFolder(path: string, platform: string = process.platform): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (platform === 'win32') return;
  try {
    chmodSync(path, 0o700);
  } catch {
    // A folder owned by someone else (a shared --data-dir): the files inside are still 0600.
  }
}
