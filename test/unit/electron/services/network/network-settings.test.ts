import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROXY_CREDENTIALS_ACCOUNT } from '../../../../../electron/services/network/network-settings.ts';
import { memoryKeychain } from '../../../../../testing/memory-keychain.ts';
import { nodeServices } from '../../../../../testing/services.ts';
import { makeTestCa } from '../../../../helpers/test-ca.ts';

const PASSWORD = 'n3twork-P@ss-9920';
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

function setup(systemAnswer?: string) {
  const keychain = memoryKeychain();
  const services = nodeServices({
    secrets: { keyring: keychain, fallback: 'refuse' },
    network: { useSavedSettings: true, ...(systemAnswer !== undefined ? { systemProxy: () => Promise.resolve(systemAnswer) } : {}) },
  });
  const call = async <C extends 'network.status' | 'network.save'>(channel: C, request?: unknown) => {
    const result = await services.router.dispatch(channel, request);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as Awaited<ReturnType<(typeof services.handlers)[C]>>;
  };
  return { services, keychain, call };
}

/** The error code a call answered with, or undefined when it succeeded. */
async function codeOf(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

let dataDirs: string[] = [];
beforeEach(() => {
  for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  dataDirs = [];
});

describe('the Network settings (network.status / network.save)', { timeout: 30_000 }, () => {
  it('with nothing set, calls go direct and trust the OS store plus the bundled roots', async () => {
    const { services, call } = setup();
    dataDirs.push(services.dataDir);
    const status = await call('network.status');
    expect(status.gatewayHost).toBe('api.services.mimecast.com');
    expect(status.proxy).toEqual({ source: 'none', address: null, withCredentials: false });
    expect(status.trust.bundled).toBeGreaterThan(0);
    expect(status.trust.file).toBeNull();
  });

  it('shows the environment’s proxy, then the operating system’s when none is set (PAC answer parsed)', async () => {
    const { services, call } = setup('PROXY pac-proxy.corp.example:3128; DIRECT');
    dataDirs.push(services.dataDir);
    expect((await call('network.status')).proxy).toMatchObject({ source: 'system', address: 'pac-proxy.corp.example:3128' });
    vi.stubEnv('HTTPS_PROXY', 'http://env-proxy.corp.example:8080');
    expect((await call('network.status')).proxy).toMatchObject({ source: 'environment', address: 'env-proxy.corp.example:8080' });
  });

  it('saves a proxy with credentials: the password goes to the protected store, never to the file or a response', async () => {
    const { services, keychain, call } = setup();
    dataDirs.push(services.dataDir);
    const status = await call('network.save', { proxy: `http://svc-aw:${encodeURIComponent(PASSWORD)}@proxy.corp.example:8080`, caFile: null });
    expect(status.proxy).toEqual({ source: 'setting', address: 'proxy.corp.example:8080', withCredentials: true });
    expect(status.settings).toEqual({ proxy: 'http://proxy.corp.example:8080', proxyHasCredentials: true, caFile: null });
    expect(JSON.stringify(status)).not.toContain(PASSWORD);
    expect(JSON.stringify(status)).not.toContain('svc-aw');
    expect(readFileSync(join(services.dataDir, 'network.json'), 'utf8')).not.toContain(encodeURIComponent(PASSWORD));
    expect(await keychain.get(PROXY_CREDENTIALS_ACCOUNT)).toBe(`svc-aw:${encodeURIComponent(PASSWORD)}`);
    expect(services.redactor.redact(`x ${PASSWORD} y`)).toBe('x [redacted] y');
  });

  it('keeps the saved credentials when asked, and drops them when the proxy is cleared', async () => {
    const { services, keychain, call } = setup();
    dataDirs.push(services.dataDir);
    await call('network.save', { proxy: `http://svc-aw:${PASSWORD}@proxy.corp.example:8080`, caFile: null });
    const kept = await call('network.save', { proxy: 'http://proxy.corp.example:8080', keepCredentials: true, caFile: null });
    expect(kept.proxy.withCredentials).toBe(true);
    const cleared = await call('network.save', { proxy: null, caFile: null });
    expect(cleared.proxy.source).toBe('none');
    expect(await keychain.get(PROXY_CREDENTIALS_ACCOUNT)).toBeUndefined();
  });

  it('refuses a proxy it cannot use and a file that is not a PEM certificate, keeping what was saved', async () => {
    const { services, call } = setup();
    dataDirs.push(services.dataDir);
    await call('network.save', { proxy: 'http://proxy.corp.example:8080', caFile: null });
    expect(await codeOf(call('network.save', { proxy: 'socks5://proxy.corp.example:1080', caFile: null }))).toBe('proxy-invalid');
    const notPem = join(services.dataDir, 'not-a-cert.txt');
    writeFileSync(notPem, 'hello');
    expect(await codeOf(call('network.save', { proxy: null, caFile: notPem }))).toBe('ca-file-invalid');
    expect(await codeOf(call('network.save', { proxy: null, caFile: join(services.dataDir, 'missing.pem') }))).toBe('ca-file-unreadable');
    expect((await call('network.status')).settings.proxy).toBe('http://proxy.corp.example:8080');
  });

  it('refuses a certificate file with no end (/dev/zero) and a proxy password with a lone %, keeping what was saved', async () => {
    const { services, call } = setup();
    dataDirs.push(services.dataDir);
    await call('network.save', { proxy: 'http://proxy.corp.example:8080', caFile: null });
    expect(await codeOf(call('network.save', { proxy: null, caFile: '/dev/zero' }))).toBe('ca-file-invalid');
    expect(await codeOf(call('network.save', { proxy: 'http://admin:50%off@proxy.corp.example:8080', caFile: null }))).toBe('proxy-invalid');
    expect((await call('network.status')).settings).toMatchObject({ proxy: 'http://proxy.corp.example:8080', caFile: null });
  });

  it('a company root file is counted, and says so when it later disappears', async () => {
    const ca = makeTestCa(['api.services.mimecast.com']);
    if (typeof ca === 'string') return console.warn(`[skipped] company root file in the Network settings — ${ca}`);
    const { services, call } = setup();
    dataDirs.push(services.dataDir, ca.dir);
    const saved = await call('network.save', { proxy: null, caFile: ca.caFile });
    expect(saved.trust.file).toEqual({ path: ca.caFile, certificates: 1 });
    rmSync(ca.caFile);
    const after = await call('network.status');
    expect(after.trust.fileProblem).toContain('could not be read');
  });
});
