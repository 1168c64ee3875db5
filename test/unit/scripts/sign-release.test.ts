import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signReleaseFolder } from '../../../scripts/sign-release.ts';
import { releaseKey, verifySignedMetadata } from '../../../electron/services/updates/signed-metadata.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/sign-release.ts', () => {
  it('signs each update metadata file so the app accepts it, and writes SHA256SUMS over every file', () => {
    dir = mkdtempSync(join(tmpdir(), 'aw-release-'));
    const metadata = 'version: 1.5.0\nfiles:\n  - url: app.AppImage\n    sha512: AAAA\n    size: 3\npath: app.AppImage\n';
    writeFileSync(join(dir, 'latest-linux.yml'), metadata);
    writeFileSync(join(dir, 'latest.yml'), metadata);
    writeFileSync(join(dir, 'app.AppImage'), 'abc');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const { signed, sums } = signReleaseFolder(dir, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    expect(signed).toEqual(['latest-linux.yml', 'latest.yml']);
    const signature = readFileSync(join(dir, 'latest-linux.yml.sig'), 'utf8');
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(verifySignedMetadata(Buffer.from(metadata), signature.trim(), releaseKey(publicPem), 'latest-linux.yml')).toMatchObject({ ok: true, info: { version: '1.5.0' } });
    expect(verify(null, Buffer.from(metadata), createPublicKey(publicPem), Buffer.from(signature, 'base64'))).toBe(true);
    // sha256sum -c reads this format: hash, two spaces, name; the .sig files are covered too.
    expect(sums.split('\n').filter(Boolean).map((line) => line.split('  ')[1])).toEqual(['app.AppImage', 'latest-linux.yml', 'latest-linux.yml.sig', 'latest.yml', 'latest.yml.sig']);
    expect(sums).toContain('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  app.AppImage');
  });

  it('refuses a key that is not Ed25519', () => {
    dir = mkdtempSync(join(tmpdir(), 'aw-release-'));
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => signReleaseFolder(dir, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(/not an Ed25519 private key/);
  });
});
