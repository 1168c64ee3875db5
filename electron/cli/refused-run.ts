import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Services } from '../services/compose.ts';

/**
 * A command refused with exit 2 leaves nothing behind: no profile, no file, no keychain item (docs/cli.md). Most
 * refusals happen before anything is opened; this undoes what a refusal after that point made: the profile the run
 * created (with its keychain items, through the profiles service's own delete), and a data folder the run itself
 * brought into being.
 */
export interface RunFootprint {
  /** The outermost folder of the data folder's path that did not exist before the run (it and all below are new). */
  newFolder: string | undefined;
  /** The data folder had no `settings.json` before the run: the first-run files in it are this run's. */
  firstRun: boolean;
  /** Profiles this run created, and which profile was active before the first of them. */
  createdProfiles: string[];
  activeBefore: string | undefined;
}

export function footprintBefore(dataDir: string): RunFootprint {
  let newFolder: string | undefined;
  for (let path = dataDir; !existsSync(path) && dirname(path) !== path; path = dirname(path)) newFolder = path;
  return { newFolder, firstRun: !existsSync(join(dataDir, 'settings.json')), createdProfiles: [], activeBefore: undefined };
}

/** What the services write when they open a folder for the first time. */
const FIRST_RUN_ENTRIES = ['settings.json', 'profiles', 'locks'];

/** Only the first-run files the services write when they open a fresh folder: `settings.json` with the default profile, its empty file, the locks. */
function holdsOnlyFirstRunFiles(dataDir: string): boolean {
  try {
    const entries = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).map((entry) => entry.split(sep).join('/'));
    const expected = (entry: string): boolean => [...FIRST_RUN_ENTRIES, 'profiles/default.json'].includes(entry) || entry.startsWith('locks/');
    if (!entries.every(expected)) return false;
    const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { profiles?: Array<{ id: string }> };
    if (settings.profiles?.length !== 1 || settings.profiles[0]?.id !== 'default') return false;
    const profilePath = join(dataDir, 'profiles', 'default.json');
    if (!existsSync(profilePath)) return true;
    return Object.keys(JSON.parse(readFileSync(profilePath, 'utf8')) as object).every((key) => key === 'schemaVersion');
  } catch {
    return false; // anything unexpected: leave the folder as it is
  }
}

/**
 * Undoes what a refused run made. A folder the run created is removed only while it holds nothing but the first-run
 * files, so a process that started using the same new folder meanwhile loses nothing.
 */
export async function undoRefusedRun(dataDir: string, footprint: RunFootprint, services: Services | undefined): Promise<void> {
  if (services) {
    for (const id of footprint.createdProfiles) {
      if (!services.profiles.resolve(id)) continue;
      await services.profiles.delete(id).catch(() => undefined);
    }
    const before = footprint.activeBefore;
    if (before && services.profiles.resolve(before) && services.profiles.state().activeId !== before) services.profiles.switchTo(before);
  }
  if (!footprint.firstRun || !existsSync(dataDir) || !holdsOnlyFirstRunFiles(dataDir)) return;
  const folder = footprint.newFolder;
  if (folder && !relative(folder, dataDir).startsWith('..')) rmSync(folder, { recursive: true, force: true });
  else for (const entry of FIRST_RUN_ENTRIES) rmSync(join(dataDir, entry), { recursive: true, force: true });
}
