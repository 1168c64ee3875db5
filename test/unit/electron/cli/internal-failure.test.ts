import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { internalFailure } from '../../../../electron/cli/internal-failure.ts';
import { tempDataDir } from '../../../../testing/services.ts';

describe('internalFailure', () => {
  it('names the log it wrote, which exists and holds the details', () => {
    const logFile = join(tempDataDir(), 'logs', 'cli.log');
    const message = internalFailure(new Error('disk on fire'), undefined, logFile);
    expect(message).toBe(`The command failed unexpectedly. The details are in ${logFile}.`);
    expect(existsSync(logFile)).toBe(true);
    expect(readFileSync(logFile, 'utf8')).toContain('disk on fire');
  });

  it('says no log could be written when none could, instead of pointing at one that does not exist', () => {
    const blocker = join(tempDataDir(), 'a-file');
    writeFileSync(blocker, '');
    const logFile = join(blocker, 'logs', 'cli.log');
    const message = internalFailure(new Error('x'), undefined, logFile);
    expect(message).toMatch(/no log could be written/);
    expect(existsSync(logFile)).toBe(false);
    expect(internalFailure(new Error('x'), undefined, undefined)).toMatch(/^The command failed unexpectedly, and no log could be written\. /);
  });

  it('a log left by an earlier run is not named when this failure could not be written to it (a read-only folder)', () => {
    const logFile = join(tempDataDir(), 'logs', 'cli.log');
    mkdirSync(join(logFile, '..'));
    writeFileSync(logFile, '{"message":"an earlier run"}\n');
    // The services' logger, as on a read-only folder: every line is dropped.
    const dropping = { debug() {}, info() {}, warn() {}, error() {} };
    expect(internalFailure(new Error('x'), dropping, logFile)).toMatch(/no log could be written/);
  });
});
