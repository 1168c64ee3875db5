import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const realModules = join(root, 'node_modules');

/** The file Electron's installer names in `path.txt` for this platform (its `getPlatformPath`). */
export const platformExecutable = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron';

export interface StartLayout {
  dir: string;
  electronDir: string;
  /** Where the stand-in Electron writes its working folder and arguments, one per line. */
  record: string;
}

/**
 * A throw-away copy of the project as `npm start` sees it: the launcher scripts, a package.json whose `main` exists,
 * and node_modules linking to the real packages, except `electron`, which is a real folder holding a copy of the
 * installed package (installer and all) so a test can put a stand-in binary where the installer would, without
 * touching the checkout's node_modules.
 */
export function startLayout(): StartLayout {
  const dir = mkdtempSync(join(tmpdir(), 'aw-start-'));
  cpSync(join(root, 'scripts/start.ts'), join(dir, 'scripts/start.ts'));
  cpSync(join(root, 'scripts/start'), join(dir, 'scripts/start'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'start-layout', private: true, type: 'module', main: 'out/main/index.js' }));
  mkdirSync(join(dir, 'out/main'), { recursive: true });
  writeFileSync(join(dir, 'out/main/index.js'), '');

  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(realModules)) {
    if (name === 'electron' || name === '.bin' || name.startsWith('.')) continue;
    symlinkSync(join(realModules, name), join(dir, 'node_modules', name));
  }
  const electronDir = join(dir, 'node_modules/electron');
  mkdirSync(electronDir);
  for (const file of ['package.json', 'index.js', 'install.js', 'cli.js', 'checksums.json']) copyFileSync(join(realModules, 'electron', file), join(electronDir, file));
  return { dir, electronDir, record: join(dir, 'stand-in-record.txt') };
}

/** What Electron's installer leaves behind after a download: the binary (here a stand-in script), `dist/version`, `path.txt`. */
export function installStandInElectron(layout: StartLayout, version: string): void {
  const executable = join(layout.electronDir, 'dist', platformExecutable);
  mkdirSync(join(executable, '..'), { recursive: true });
  writeFileSync(executable, `#!/bin/sh\nprintf '%s\\n' "$PWD" "$@" > '${layout.record}'\n`);
  chmodSync(executable, 0o755);
  writeFileSync(join(layout.electronDir, 'dist/version'), version);
  writeFileSync(join(layout.electronDir, 'path.txt'), platformExecutable);
}
