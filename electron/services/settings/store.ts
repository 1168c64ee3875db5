import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { StoreRecovery } from '../../../shared/domain/profile.ts';
import { AppError } from '../../../shared/errors.ts';
import { salvageMembers } from './salvage.ts';

/**
 * The settings port. `conf` (CLI, tests) and `electron-store` (the app, which extends conf) both satisfy it; services
 * never know which one they hold.
 */
export interface KeyValueStore<T extends Record<string, unknown>> {
  get<K extends keyof T & string>(key: K): T[K];
  set<K extends keyof T & string>(key: K, value: T[K]): void;
  delete(key: keyof T & string): void;
  readonly store: T;
  readonly path: string;
}

export interface StoreOptions<T extends Record<string, unknown>> {
  cwd: string;
  /** File name without `.json`. */
  name: string;
  /** Per-key JSON Schema (conf's `schema` option); left out when `sharingValidator` checks it instead. */
  schema?: Record<string, object>;
  defaults: T;
}

/** Opens a store and throws when its file is unreadable or fails the schema (`clearInvalidConfig: false`). */
export type OpenStore = <T extends Record<string, unknown>>(options: StoreOptions<T>) => KeyValueStore<T>;

/** The options both conf and electron-store receive: validated, never silently cleared, owner-only file. */
export function confOptions<T extends Record<string, unknown>>(options: StoreOptions<T>) {
  return {
    cwd: options.cwd,
    configName: options.name,
    ...(options.schema ? { schema: options.schema } : {}),
    defaults: options.defaults,
    clearInvalidConfig: false,
    configFileMode: 0o600,
    projectName: 'mimecast-aw-assistant',
  } as const;
}

/** JSON Schema for each top-level key of a zod object: one schema definition serves zod and conf alike. */
export function jsonSchemaProperties(schema: z.ZodObject): Record<string, object> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, object> };
  return json.properties ?? {};
}

/**
 * Opens a store; when its file is corrupt, moves the file aside (kept for support), opens a fresh one and reports
 * the recovery so the UI can say what happened. Never silently replaces the admin's data.
 */
/** Picks, from the members still readable in a damaged file, those that are valid; says what they are in words. */
export type Salvage<T> = (members: Record<string, unknown>) => { values: Partial<T>; recovered: string[] };

export function openStoreRecovering<T extends Record<string, unknown>>(
  open: OpenStore,
  options: StoreOptions<T>,
  onRecover: (recovery: StoreRecovery) => void,
  now: () => Date = () => new Date(),
  salvage?: Salvage<T>,
): KeyValueStore<T> {
  try {
    return explainingWrites(open(options));
  } catch (error) {
    const file = join(options.cwd, `${options.name}.json`);
    if (!existsSync(file)) throw error;
    const at = now();
    const movedTo = join(options.cwd, `${options.name}.corrupt-${at.toISOString().replace(/[:.]/g, '-')}.json`);
    renameSync(file, movedTo);
    const store = open(options);
    // What was written before the damage is carried over; the damaged file itself stays where it was moved.
    const recovered: string[] = [];
    if (salvage) {
      try {
        const { values, recovered: names } = salvage(salvageMembers(readFileSync(movedTo, 'utf8')));
        for (const [key, value] of Object.entries(values)) store.set(key, value as T[keyof T & string]);
        recovered.push(...names);
      } catch {
        // Nothing usable: the fresh file stays empty and the recovery says so.
      }
    }
    onRecover({ file, movedTo, reason: describeCorruption(error), at: at.toISOString(), recovered });
    return explainingWrites(store);
  }
}

function describeCorruption(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof SyntaxError || /JSON/i.test(message)) return 'The file is not valid JSON (it may have been cut short or edited by hand).';
  return `The file does not match the expected settings format: ${message}`;
}

/**
 * Runs a write to the profile's store and turns a file-system failure (read-only folder, full disk, permissions)
 * into a message the admin can act on. conf writes atomically, so a failed write leaves the previous file intact.
 */
export function writeOrExplain<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'the app may not write there' : 'the write failed';
    throw new AppError(
      'store-unwritable',
      `The app could not save to ${path} (${why}). Nothing was lost: what was stored before is still there. Fix the folder’s permissions or free some space, then try again.`,
      { cause: error },
    );
  }
}

/** Every write of every store is explained the same way: callers need not wrap their writes. */
function explainingWrites<T extends Record<string, unknown>>(store: KeyValueStore<T>): KeyValueStore<T> {
  return {
    get: (key) => store.get(key),
    set: (key, value) => writeOrExplain(store.path, () => store.set(key, value)),
    delete: (key) => writeOrExplain(store.path, () => store.delete(key)),
    get store() {
      return store.store;
    },
    path: store.path,
  };
}
