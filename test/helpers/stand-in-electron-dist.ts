import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker @electron/fuses looks for in an Electron binary; the fuse wire follows it. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's fuse wire as shipped (version 1, one byte per fuse, '1' on and '0' off), in @electron/fuses' order:
 * run as node, cookie encryption, NODE_OPTIONS, inspect arguments, asar integrity, only load from asar, browser V8
 * snapshot, file-protocol privileges. A packaging run must flip these to the configured values.
 */
const SHIPPED_FUSE_WIRE = '10110001';

/**
 * An unpacked "Electron distribution" for electron-builder's `electronDist` option, where the real one cannot be
 * downloaded: an executable that only prints a line, carrying Electron's fuse wire so the fuses can be flipped and
 * read back, a `version` file, and a few locale packs so the language filter has something to remove.
 */
export async function createStandInElectronDist(dir: string, electronVersion: string): Promise<string> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  const executable = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, SHIPPED_FUSE_WIRE.length]),
    Buffer.from(SHIPPED_FUSE_WIRE),
    Buffer.from('\n'),
  ]);
  await writeFile(join(dir, 'electron'), executable);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), electronVersion);
  for (const locale of ['en-US', 'de', 'fr', 'ja']) await writeFile(join(dir, 'locales', `${locale}.pak`), '');
  return dir;
}
