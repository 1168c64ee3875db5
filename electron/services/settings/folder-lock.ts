import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../../shared/errors.ts';
import { ensureAppFolder } from './private-folder.ts';

/**
 * Cross-process locks for one data folder. The app and any number of CLI commands may run at once on the same
 * folder; conf writes each file atomically, but a read-modify-write (add a profile to settings.json, change one
 * section of a profile file) done by two processes at once loses one of the changes. Every such change runs under
 * `sync(file)`, one lock per file of the folder (settings.json, each profile file): a single lock for the whole
 * folder starved some of twenty commands started at once for longer than any reasonable wait. Changes that await
 * the keychain in between (storing or deleting a profile's secrets) run under `exclusive(name)`, which serialises
 * them per profile across processes.
 *
 * The locks are proper-lockfile directories in `<dataDir>/locks/`: created atomically (mkdir), kept fresh while
 * held, and taken over when stale — a process that crashed while holding one blocks the others for at most 10 s
 * (a file lock) or a minute (a profile's lock).
 */
export interface FolderLock {
  /** Runs a short synchronous change with the named file locked. Re-entrant within the process. */
  sync<T>(file: string, change: () => T): T;
  /** Runs an asynchronous change holding the named lock (one per profile), one holder at a time across processes. */
  exclusive<T>(name: string, change: () => Promise<T>): Promise<T>;
}

const STORE_BUSY = 'store-busy';

/** A holder of a file lock that stopped refreshing it this long ago has crashed (or hung): it is taken over. */
const STALE_MS = 10_000;
/**
 * How long `sync` waits for a file lock. One change holds it for milliseconds, but twenty commands started at once
 * on a loaded two-core machine queue for it for seconds: waiting is better than failing. Kept below
 * `EXCLUSIVE_STALE_MS`: while it waits the process cannot refresh a profile lock it holds, and that lock must not
 * go stale (and be taken over mid-change) before the wait ends one way or the other.
 */
const SYNC_WAIT_MS = 45_000;
/**
 * A profile lock is held across keychain calls and the file-lock waits inside them, so it is taken over only after
 * a minute without refresh: a crashed command delays that profile's next keychain change by at most that long.
 */
const EXCLUSIVE_STALE_MS = 60_000;
/** Refreshed often, so even after a longest file-lock wait the last refresh is well inside `EXCLUSIVE_STALE_MS`. */
const EXCLUSIVE_REFRESH_MS = 5_000;
/** `exclusive` waits up to about two minutes: twenty processes storing secrets of one profile take their turns. */
const EXCLUSIVE_RETRIES = { retries: 800, factor: 1.1, minTimeout: 10, maxTimeout: 150, randomize: true };

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` (the sync API has no event loop to wait on; holders keep their locks for milliseconds). */
function sleepSync(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function busy(dataDir: string, error: unknown): AppError {
  return new AppError(
    STORE_BUSY,
    `Another copy of the assistant (the app or a command) kept the data folder ${dataDir} busy for too long, so nothing was changed. Try again in a moment.`,
    { cause: error },
  );
}

const isLocked = (error: unknown): boolean => (error as { code?: unknown }).code === 'ELOCKED';

export function createFolderLock(dataDir: string): FolderLock {
  const locksDir = join(dataDir, 'locks');
  // Lock targets are paths inside locks/ (they need not exist); proper-lockfile adds `.lock` for the directory it makes.
  const target = (name: string): string => join(locksDir, name);
  const ignoreCompromise = (): void => {
    // Only a holder blocked for longer than STALE_MS loses its lock; its change is already written by then.
  };

  // locks/ is made once, and again only if it disappeared (a folder cleaned by hand while the app ran).
  let ready = false;
  const ensureLocksDir = (): void => {
    if (!ready) ensureAppFolder(locksDir);
    ready = true;
  };
  const missing = (error: unknown): boolean => (error as { code?: unknown }).code === 'ENOENT';

  const depth = new Map<string, number>();
  const acquireSync = (name: string): (() => void) => {
    ensureLocksDir();
    const deadline = Date.now() + SYNC_WAIT_MS;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return lockfile.lockSync(target(name), { realpath: false, stale: STALE_MS, onCompromised: ignoreCompromise });
      } catch (error) {
        if (missing(error) && attempt === 1) {
          ready = false;
          ensureLocksDir();
          continue;
        }
        if (!isLocked(error)) throw error;
        if (Date.now() > deadline) throw busy(dataDir, error);
        sleepSync(Math.min(50, 2 * attempt) * (0.5 + Math.random()));
      }
    }
  };

  // One queue per name inside this process, so the process never competes with itself for a lock file.
  const queues = new Map<string, Promise<unknown>>();

  return {
    sync(file, change) {
      const name = `file-${file}`;
      if ((depth.get(name) ?? 0) > 0) return change();
      const release = acquireSync(name);
      depth.set(name, 1);
      try {
        return change();
      } finally {
        depth.delete(name);
        release();
      }
    },

    exclusive(name, change) {
      const run = async () => {
        ready = false;
        ensureLocksDir();
        let release: () => Promise<void>;
        try {
          release = await lockfile.lock(target(name), { realpath: false, stale: EXCLUSIVE_STALE_MS, update: EXCLUSIVE_REFRESH_MS, retries: EXCLUSIVE_RETRIES, onCompromised: ignoreCompromise });
        } catch (error) {
          throw isLocked(error) ? busy(dataDir, error) : error;
        }
        try {
          return await change();
        } finally {
          await release().catch(() => undefined);
        }
      };
      const next = (queues.get(name) ?? Promise.resolve()).then(run, run);
      const settled = next.catch(() => undefined);
      queues.set(name, settled);
      void settled.then(() => {
        if (queues.get(name) === settled) queues.delete(name);
      });
      return next;
    },
  };
}
