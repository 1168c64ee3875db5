import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/services/paths.ts';
import { BIN_FILE, packCli, RUNTIME_DEPENDENCIES } from '../../../scripts/pack-cli.ts';
import { cli } from '../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../helpers/secret-service.ts';

const keychainSkip = await secretServiceSkipReason();
if (keychainSkip) console.warn(`[skipped] the packed CLI against the real keychain — ${keychainSkip}`);

const work = mkdtempSync(join(tmpdir(), 'aw-packed-cli-'));
const distDir = join(work, 'dist');
const installDir = join(work, 'install');
/** The user's config home for the installed CLI, so its default data folder is a fresh one. */
const configHome = join(work, 'config');
let tarball: string;

/** The installed `mimecast-aw` bin, found on PATH as a shell would, with this Node first on PATH. */
function mimecastAw(args: string[], input = '', extraEnv: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: configHome, HOME: configHome, APPDATA: configHome, ...extraEnv };
  delete env.MIMECAST_AW_DATA_DIR;
  env.PATH = [join(installDir, 'node_modules', '.bin'), dirname(process.execPath), process.env.PATH].join(delimiter);
  const run = spawnSync('mimecast-aw', args, { cwd: installDir, env, input, encoding: 'utf8', shell: process.platform === 'win32' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  tarball = await packCli(distDir);
  mkdirSync(installDir);
  writeFileSync(join(installDir, 'package.json'), '{"private":true}\n');
  // An empty folder, as an MSP would: only the tarball; its dependencies come from the registry (or npm's cache).
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: installDir, stdio: 'ignore', shell: process.platform === 'win32' });
}, 240_000);

// Each test starts the installed CLI as a separate Node process; on a busy machine that takes seconds.
describe('scripts/pack-cli.ts (npm run pack:cli)', { timeout: 60_000 }, () => {
  it('writes exactly one tarball: one bundled JavaScript file, the contract as README, no TypeScript', () => {
    expect(readdirSync(distDir)).toEqual([`mimecast-aw-${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}.tgz`]);
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(files).toEqual(['package/README.md', `package/${BIN_FILE}`, 'package/intake.md', 'package/package.json'].sort());
    const installed = join(installDir, 'node_modules', 'mimecast-aw');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'mimecast-aw', bin: { 'mimecast-aw': BIN_FILE }, engines: { node: '>=22.12' } });
    expect(Object.keys(manifest.dependencies as object).sort()).toEqual([...RUNTIME_DEPENDENCIES].sort());
    expect(existsSync(join(installDir, 'node_modules', 'typescript'))).toBe(false);
  });

  it('bundles everything but Node’s own modules and the declared runtime dependencies', () => {
    const bundle = readFileSync(join(installDir, 'node_modules', 'mimecast-aw', BIN_FILE), 'utf8');
    expect(bundle.startsWith('#!/usr/bin/env node')).toBe(true);
    // Calls, not strings: Ajv's code generator carries `require("ajv/dist/runtime/…")` in template literals it never runs here.
    const required = new Set([...bundle.matchAll(/(?<![`"'])\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    expect([...required].filter((name) => !builtins.has(name)).sort()).toEqual([...RUNTIME_DEPENDENCIES].sort());
    expect(bundle).not.toMatch(/\.ts"\)/);
  });

  it('installed in an empty folder, gives a mimecast-aw bin with per-command help', () => {
    const help = mimecastAw(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['credentials set', 'verify', 'check-ip-ranges', 'submit', 'report']) expect(help.stdout).toContain(command);
    const verifyHelp = mimecastAw(['verify', '--help']);
    expect(verifyHelp.stdout).toMatch(/^Usage: mimecast-aw verify /);
    expect(mimecastAw(['verify', '--bogus'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('on an older Node (npm only warns at install), refuses at start with the Node guard’s message: exit 1, nothing run', () => {
    const fakeNode20 = join(import.meta.dirname, '../../helpers/fake-node-20.cjs');
    const old = mimecastAw(['--version'], '', { NODE_OPTIONS: `--require ${fakeNode20}` });
    expect(old.code).toBe(1);
    expect(old.stdout).toBe('');
    expect(old.stderr).toContain('needs Node.js 22.12 or newer (24 LTS recommended), but this is Node.js v20.20.2');
    expect(old.stderr).toContain('npm install --prefix ~/.node24 node@24');
    expect(mimecastAw(['--version'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('runs check-ip-ranges: ok exit 0, caution exit 1, with the contract’s JSON', () => {
    const admin = join(work, 'admin.txt');
    const arcticWolf = join(work, 'aw.txt');
    writeFileSync(arcticWolf, '# Arctic Wolf\n45.60.0.0/23\n');
    writeFileSync(admin, '81.2.69.0/24\n');
    const ok = mimecastAw(['check-ip-ranges', '--admin', admin, '--arctic-wolf', arcticWolf, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ verdict: 'ok', adminRanges: ['81.2.69.0/24'], errors: [], warnings: expect.any(Array) as unknown });
    writeFileSync(admin, '45.60.0.0/24\n');
    const caution = mimecastAw(['check-ip-ranges', '--admin', admin, '--arctic-wolf', arcticWolf, '--json']);
    expect(caution.code).toBe(1);
    expect(JSON.parse(caution.stdout)).toMatchObject({ verdict: 'caution' });
  });

  it('runs credentials status in the app’s own data folder', () => {
    const status = mimecastAw(['credentials', 'status', '--json']);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({ stored: false });
    // The folder the app itself uses for this user (Electron's userData), not one of the CLI's own.
    expect(existsSync(join(defaultDataDir({ XDG_CONFIG_HOME: configHome, APPDATA: configHome }, process.platform, configHome), 'settings.json'))).toBe(true);
  });

  it.skipIf(keychainSkip !== undefined)('stores in the same keychain service as the app: what the packed CLI stores, the sources read back', async () => {
    const profile = `packed-${randomUUID().slice(0, 8)}`;
    const set = mimecastAw(['credentials', 'set', '--client-id', 'packed-client-id-0001', '--profile', profile, '--json'], 'packed-secret-value-0001\n');
    expect(set.stderr).toBe('');
    expect(JSON.parse(set.stdout)).toMatchObject({ stored: true, backend: 'secret-service' });
    const dataDir = defaultDataDir({ XDG_CONFIG_HOME: configHome }, 'linux', configHome);
    const fromSources = await cli(['credentials', 'status', '--profile', profile, '--data-dir', dataDir, '--json']);
    expect(JSON.parse(fromSources.stdout)).toMatchObject({ stored: true, backend: 'secret-service' });
    expect(mimecastAw(['credentials', 'delete', '--profile', profile, '--json'])).toMatchObject({ code: 0 });
  });
});
