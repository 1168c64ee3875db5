import { execFile } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { startInspectingProxy, type InspectingProxy } from '../../../../helpers/inspecting-proxy.ts';
import { tempDataDir } from '../../../../../testing/services.ts';
import { makeTestCa, type TestCa } from '../../../../helpers/test-ca.ts';
import { startFakeIntake, type FakeIntake } from '../../../../../testing/fake-intake.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast } from '../../../../../testing/fake-mimecast.ts';

/**
 * `--proxy URL` and `--ca-file FILE` on the network commands, and the operating system's certificate store, through
 * a real TLS-inspecting CONNECT proxy on loopback in front of the fakes. The gateway is the real global one by
 * name: the proxy resolves it to the fake, so nothing leaves this machine.
 */

const GATEWAY = 'https://api.services.mimecast.com';
const INTAKE_HOST = 'intake.example.com';
const ca = makeTestCa(['api.services.mimecast.com', INTAKE_HOST]);
const skipReason = typeof ca === 'string' ? ca : undefined;
if (skipReason) console.warn(`[skipped] --proxy/--ca-file and the OS certificate store — ${skipReason}`);

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

/** The environment of a child process: this one's, without any proxy variable or extra CA of the developer's. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [...PROXY_VARIABLES, 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'NODE_OPTIONS']) delete env[name];
  return { ...env, ...extra };
}

function runNode(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--experimental-strip-types', '--no-warnings', ...args], { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

describe.skipIf(skipReason !== undefined)('network options of the CLI', { timeout: 60_000 }, () => {
  const testCa = ca as TestCa;
  let fake: FakeMimecast;
  let intake: FakeIntake;
  let proxy: InspectingProxy;
  let intakeProxy: InspectingProxy;
  let dataDir: string;
  let emptyCertDir: string;

  beforeAll(async () => {
    fake = await startFakeMimecast();
    intake = await startFakeIntake({ token: 'intake-token-6f1c2b9e' });
    proxy = await startInspectingProxy({ certificate: testCa.server, forwardTo: () => Number(new URL(fake.baseUrl).port) });
    intakeProxy = await startInspectingProxy({ certificate: testCa.server, forwardTo: () => Number(new URL(intake.url).port) });
    emptyCertDir = join(testCa.dir, 'empty-cert-dir');
    mkdirSync(emptyCertDir);
  });
  afterAll(async () => {
    await Promise.all([fake.close(), intake.close(), proxy.close(), intakeProxy.close()]);
    rmSync(testCa.dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
    dataDir = tempDataDir('aw-cli-network-');
    proxy.connects.length = 0;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const verify = (extra: string[]) => cli(['verify', '--client-id', FAKE_CLIENT_ID, '--base-url', GATEWAY, '--json', '--data-dir', dataDir, ...extra], `${FAKE_CLIENT_SECRET}\n`);

  it('verify --proxy URL --ca-file FILE goes through the proxy and trusts the company root', async () => {
    const run = await verify(['--proxy', proxy.url, '--ca-file', testCa.caFile]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, baseUrl: GATEWAY });
    expect(proxy.connects[0]?.target).toBe('api.services.mimecast.com:443');
  });

  it('verify through HTTPS_PROXY from the environment, without --proxy', async () => {
    vi.stubEnv('HTTPS_PROXY', proxy.url);
    const run = await verify(['--ca-file', testCa.caFile]);
    expect(run.code).toBe(0);
    expect(proxy.connects).not.toHaveLength(0);
  });

  it('without the company root, verify fails naming the inspecting CA, exit 1, and no secret is sent', async () => {
    const before = fake.requests.length;
    const run = await verify(['--proxy', proxy.url]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { token: { code: string; message: string } };
    expect(report.token.code).toBe('certificate-error');
    expect(report.token.message).toContain(`was issued by '${testCa.name}', which this computer does not trust`);
    expect(fake.requests.length).toBe(before);
  });

  it('proxy credentials given in --proxy appear in no output', async () => {
    const password = 'cli-proxy-pass-5521';
    const run = await verify(['--proxy', `http://admin:${password}@127.0.0.1:9`]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ token: { code: 'proxy-unreachable' } });
    expect(run.stdout + run.stderr).not.toContain(password);
  });

  it.each([
    [['--ca-file', '/nonexistent/company-root.pem'], 'ca-file-unreadable'],
    [['--ca-file', fileURLToPath(import.meta.url)], 'ca-file-invalid'],
    // A device that never ends: read up to the size cap, then refused.
    [['--ca-file', '/dev/zero'], 'ca-file-invalid'],
    // A literal % in the password (not written as %25) cannot be decoded.
    [['--proxy', 'http://admin:50%off@127.0.0.1:9'], 'proxy-invalid'],
    [['--proxy', 'socks5://127.0.0.1:1080'], 'proxy-invalid'],
    // An empty value is refused by the CLI's parser before the proxy is looked at.
    [['--proxy', ''], 'proxy-missing'],
  ])('verify %j is an input error (exit 2) and nothing is sent', async (extra, code) => {
    const before = fake.requests.length;
    const run = await verify(extra);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code } });
    expect(fake.requests.length).toBe(before);
  });

  it('submit --ca-file with an unreadable file is an input error (exit 2) and nothing is sent', async () => {
    const run = await cli(['submit', '--intake-url', `https://${INTAKE_HOST}/intake/mimecast`, '--ca-file', '/nonexistent/root.pem', '--json', '--data-dir', dataDir], '', { MIMECAST_AW_INTAKE_TOKEN: 'intake-token-6f1c2b9e' });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'ca-file-unreadable' } });
    expect(intake.requests).toHaveLength(0);
  });

  it('fleet verify takes the same options: a bad --proxy is an input error (exit 2) before any tenant is called', async () => {
    const run = await cli(['fleet', 'verify', '--proxy', 'ftp://proxy.corp.example:21', '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'proxy-invalid' } });
  });

  describe("the operating system's certificate store (SSL_CERT_FILE, read by Node once per process)", () => {
    const cliArgs = ['electron/cli/bin.js', 'verify', '--client-id', FAKE_CLIENT_ID, '--base-url', GATEWAY, '--json'];

    it('verify trusts a company root installed in the OS store, with no --ca-file', async () => {
      const env = childEnv({ SSL_CERT_FILE: testCa.caFile, SSL_CERT_DIR: emptyCertDir, HTTPS_PROXY: proxy.url });
      const run = await runNode([...cliArgs, '--data-dir', dataDir], env, `${FAKE_CLIENT_SECRET}\n`);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true });
    });

    it('the same run without it in the store fails naming the issuer (the store is what made the difference)', async () => {
      const env = childEnv({ SSL_CERT_DIR: emptyCertDir, SSL_CERT_FILE: join(emptyCertDir, 'none.pem'), HTTPS_PROXY: proxy.url });
      const run = await runNode([...cliArgs, '--data-dir', dataDir], env, `${FAKE_CLIENT_SECRET}\n`);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { token: { code: string; message: string } };
      expect(report.token.code).toBe('certificate-error');
      expect(report.token.message).toContain(`'${testCa.name}'`);
    });

    it('the intake client trusts the OS store too', async () => {
      const args = JSON.stringify({ url: `https://${INTAKE_HOST}/intake/mimecast`, token: 'intake-token-6f1c2b9e', proxy: intakeProxy.url });
      const trusted = await runNode(['test/helpers/intake-submit-child.ts', args], childEnv({ SSL_CERT_FILE: testCa.caFile, SSL_CERT_DIR: emptyCertDir }));
      expect(JSON.parse(trusted.stdout)).toMatchObject({ ok: true, status: 201 });
      const untrusted = await runNode(['test/helpers/intake-submit-child.ts', args], childEnv({ SSL_CERT_DIR: emptyCertDir, SSL_CERT_FILE: join(emptyCertDir, 'none.pem') }));
      const failed = JSON.parse(untrusted.stdout) as { ok: boolean; fault: string; message: string };
      expect(failed).toMatchObject({ ok: false, fault: 'certificate-error' });
      expect(failed.message).toContain(`'${testCa.name}'`);
    });
  });
});
