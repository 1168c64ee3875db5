import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadFailureMessage, downloadFailureReason, ensureElectronBinary } from '../../../../scripts/start/electron-binary.ts';
import { startLayout } from '../../../helpers/start-layout.ts';

describe('scripts/start/electron-binary.ts', () => {
  it('takes the reason from the installer’s stack trace, without the error class or the stack', () => {
    const stderr = 'Error: fetch failed: getaddrinfo ENOTFOUND github.com\n    at fetchWithCause (file:///x.cjs:12:13)\n    at async downloadArtifact (file:///y.js:1:1)\n';
    expect(downloadFailureReason(stderr)).toBe('fetch failed: getaddrinfo ENOTFOUND github.com');
    expect(downloadFailureReason('HTTPError: Response code 404 (Not Found) for https://mirror/v45.5.0/electron.zip\n')).toBe(
      'Response code 404 (Not Found) for https://mirror/v45.5.0/electron.zip',
    );
  });

  it('names the certificate fix when a TLS-inspecting proxy is the likely cause, and the mirror when one is set', () => {
    const tls = downloadFailureMessage('fetch failed: unable to get local issuer certificate', '45.5.0', {});
    expect(tls).toContain('NODE_EXTRA_CA_CERTS');
    expect(tls).toContain('from github.com');
    const mirror = downloadFailureMessage('fetch failed: getaddrinfo ENOTFOUND m.example', '45.5.0', { ELECTRON_MIRROR: 'https://m.example/electron/' });
    expect(mirror).toContain('from the mirror https://m.example/electron/');
    expect(mirror).not.toContain('NODE_EXTRA_CA_CERTS');
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH as Electron does, and says so when nothing is there', () => {
    const layout = startLayout();
    const elsewhere = mkdtempSync(join(tmpdir(), 'aw-electron-dist-'));
    const missing = ensureElectronBinary({ electronDir: layout.electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: elsewhere } });
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining(`ELECTRON_OVERRIDE_DIST_PATH is set to ${elsewhere}`) as unknown });
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'electron'), '#!/bin/sh\n');
    chmodSync(join(elsewhere, 'electron'), 0o755);
    expect(ensureElectronBinary({ electronDir: layout.electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: elsewhere } })).toEqual({
      ok: true,
      executable: join(elsewhere, 'electron'),
      downloaded: false,
    });
  });
});
