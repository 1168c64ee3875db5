import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AppError } from '../../../shared/errors.ts';

/**
 * The store key of the key-file store: an age identity file, in the format `age-keygen` writes (comment lines, then
 * one `AGE-SECRET-KEY-1…` line), so the standard `age` tool reads it too. Secrets are encrypted to its public half
 * and kept in the data folder; the key itself must live elsewhere — a key beside the data it opens protects nothing.
 */
export interface StoreKey {
  /** Absolute path of the key file. */
  path: string;
  /** The private key (`AGE-SECRET-KEY-1…`): a secret, registered with the redactor by whoever loads it. */
  identity: string;
  /** The public key (`age1…`) secrets are encrypted to; recorded with each ciphertext. */
  recipient: string;
}

/** The environment variable that names the store key when `--store-key` is not given. */
export const STORE_KEY_ENV = 'MIMECAST_AW_STORE_KEY_FILE';

/** The path with every existing part resolved through symlinks, so `inside` cannot be fooled by a link. */
function realPath(path: string): string {
  const missing: string[] = [];
  let part = resolve(path);
  while (!existsSync(part) && dirname(part) !== part) {
    missing.unshift(basename(part));
    part = dirname(part);
  }
  let real = part;
  try {
    real = realpathSync.native(part);
  } catch {
    // unreadable: compare the path as given
  }
  return missing.length > 0 ? join(real, ...missing) : real;
}

function inside(path: string, folder: string): boolean {
  const rel = relative(realPath(folder), realPath(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function refuseInsideDataFolder(path: string, dataDir: string): void {
  if (inside(path, dataDir)) {
    throw new AppError(
      'store-key-in-data-folder',
      `The store key ${path} is inside the data folder ${dataDir}. A key kept beside the secrets it opens protects nothing: ` +
        'keep it elsewhere, readable by this account only (for a scheduled job, hand it over as the scheduler’s credential: see docs/verification.md).',
    );
  }
}

/** The text of a new key file and its public key. */
async function newStoreKeyText(now: Date): Promise<{ text: string; recipient: string }> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const text = [
    `# created: ${now.toISOString()}`,
    `# public key: ${recipient}`,
    '# mimecast-aw store key: whoever can read this file can read the secrets stored with it. Keep it out of the data folder.',
    identity,
    '',
  ].join('\n');
  return { text, recipient };
}

/**
 * Writes a new store key to `path` (mode 0600; on Windows the file inherits its folder's access rules). Never replaces
 * a file: the secrets encrypted to an old key would be lost with it.
 */
export async function createStoreKeyFile(path: string, dataDir: string, now: Date = new Date()): Promise<{ path: string; recipient: string }> {
  const full = resolve(path);
  refuseInsideDataFolder(full, dataDir);
  if (!existsSync(dirname(full)) || !statSync(dirname(full)).isDirectory()) {
    throw new AppError('store-key-unreadable', `Cannot write the store key ${full}: the folder ${dirname(full)} does not exist.`);
  }
  const { text, recipient } = await newStoreKeyText(now);
  try {
    writeFileSync(full, text, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError(
        'store-key-exists',
        `${full} exists already; a new store key never replaces a file (secrets stored with an old key would be lost with it). Name a new file.`,
      );
    }
    throw new AppError('store-key-unreadable', `Cannot write the store key ${full}: ${(error as Error).message}`);
  }
  return { path: full, recipient };
}

const IDENTITY_LINE = /^AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]+$/;

/**
 * Reads and checks the store key a run was given: outside the data folder, not readable by every user of the machine
 * (POSIX; group bits are allowed, as systemd's credentials directory grants a service user read access through an
 * ACL), and holding exactly one age identity. Its content never appears in a message.
 */
export async function readStoreKey(path: string, dataDir: string, platform: string = process.platform): Promise<StoreKey> {
  const full = resolve(path);
  refuseInsideDataFolder(full, dataDir);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    throw new AppError('store-key-unreadable', `No store key at ${full}. Create one with “mimecast-aw store-key create FILE”, or name the file the credentials were stored with.`);
  }
  // A pipe is allowed too: `--store-key <(systemd-creds decrypt …)` hands over a key that never touches the disk.
  if (!stats.isFile() && !stats.isFIFO()) throw new AppError('store-key-unreadable', `The store key ${full} is not a file.`);
  if (platform !== 'win32' && (stats.mode & 0o004) !== 0) {
    throw new AppError(
      'store-key-unprotected',
      `The store key ${full} can be read by every user of this machine (mode ${(stats.mode & 0o777).toString(8).padStart(4, '0')}). ` +
        `Make it private with “chmod 600 ${full}”, then run the command again.`,
    );
  }
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    throw new AppError('store-key-unreadable', `Cannot read the store key ${full} (${(error as NodeJS.ErrnoException).code ?? 'read error'}). Check its owner and mode.`);
  }
  const keys = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  const notAKey = new AppError(
    'store-key-unreadable',
    `${full} is not a store key: it must hold exactly one age private key (AGE-SECRET-KEY-1…), as “mimecast-aw store-key create” or age-keygen writes it.`,
  );
  if (keys.length !== 1 || !IDENTITY_LINE.test(keys[0]!)) throw notAKey;
  const identity = keys[0]!;
  try {
    return { path: full, identity, recipient: await identityToRecipient(identity) };
  } catch {
    throw notAKey;
  }
}
