import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { CA_FILE_MAX_BYTES, loadTrust, readCaFile } from '../../../../../electron/services/http/trust.ts';
import { AppError } from '../../../../../shared/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'aw-trust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const BEGIN_LINE = '-----BEGIN CERTIFICATE-----\n';

describe('readCaFile', () => {
  it('reads a bundle of real roots, every one of them', () => {
    const bundle = file('bundle.pem', tls.rootCertificates.join('\n'));
    expect(readCaFile(bundle)).toHaveLength(tls.rootCertificates.length);
  });

  it('refuses /dev/zero, which never ends, after reading no more than the cap', () => {
    const error = failure(() => readCaFile('/dev/zero'));
    expect(error.code).toBe('ca-file-invalid');
    expect(error.message).toContain('larger than 1 MB');
  });

  it('refuses a 2 MB run of BEGIN lines as too large', () => {
    const path = file('begin-2mb.pem', BEGIN_LINE.repeat(Math.ceil((2 * 1024 * 1024) / BEGIN_LINE.length)));
    expect(failure(() => readCaFile(path)).code).toBe('ca-file-invalid');
  });

  it('refuses a run of BEGIN lines just under the cap as holding no certificate (read in one pass)', () => {
    const path = file('begin-under-cap.pem', BEGIN_LINE.repeat(Math.floor(CA_FILE_MAX_BYTES / BEGIN_LINE.length)));
    const error = failure(() => readCaFile(path));
    expect(error.code).toBe('ca-file-invalid');
    expect(error.message).toContain('holds no PEM certificate');
  });

  it('a block with a second BEGIN inside is named as the certificate that could not be read', () => {
    const [root] = tls.rootCertificates;
    const path = file('nested.pem', `${BEGIN_LINE}${root}\n`);
    expect(failure(() => readCaFile(path)).message).toContain('Certificate 1 in');
  });

  it('a missing file is unreadable, naming the reason', () => {
    const error = failure(() => readCaFile(join(dir, 'missing.pem')));
    expect(error.code).toBe('ca-file-unreadable');
    expect(error.message).toContain('ENOENT');
  });

  it('loadTrust counts the file’s certificates', () => {
    const one = file('one.pem', tls.rootCertificates[0]!);
    expect(loadTrust(one).summary.file).toEqual({ path: one, certificates: 1 });
  });
});
