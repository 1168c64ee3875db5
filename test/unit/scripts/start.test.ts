import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installStandInElectron, startLayout, type StartLayout } from '../../helpers/start-layout.ts';

const electronVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/** `npm start` in the layout: the launcher with --skipBuild (passed on to electron-vite), offline by construction. */
function start(layout: StartLayout) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_EXEC_PATH', 'ELECTRON_RUN_AS_NODE']) delete env[name];
  // A mirror that cannot resolve (.invalid never does) and an empty download cache: the download fails here whatever the machine's network.
  Object.assign(env, { ELECTRON_MIRROR: 'https://electron-mirror.invalid/', electron_config_cache: join(layout.dir, 'cache') });
  mkdirSync(join(layout.dir, 'cache'), { recursive: true });
  return spawnSync(process.execPath, ['--experimental-strip-types', join(layout.dir, 'scripts/start.ts'), '--skipBuild'], {
    cwd: layout.dir,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
}

describe.skipIf(process.platform === 'win32')('scripts/start.ts (npm start)', () => {
  it('without a downloadable binary: exits 1 with one paragraph naming the reason and what to do, no stack trace', () => {
    const layout = startLayout();
    const run = start(layout);
    expect(run.status).toBe(1);
    const message = run.stderr.trim();
    expect(message).toMatch(/^Electron's binary could not be downloaded/);
    expect(message).toMatch(/Reason: .*ENOTFOUND electron-mirror\.invalid/);
    for (const advice of ['network', 'HTTPS_PROXY', 'ELECTRON_MIRROR', 'ELECTRON_CUSTOM_DIR', `Electron ${electronVersion}`]) expect(message).toContain(advice);
    expect(message).not.toContain('\n');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(layout.record)).toBe(false);
  });

  it('with the binary where the installer puts it: electron-vite launches it on the app, and its exit code is npm start’s', () => {
    const layout = startLayout();
    installStandInElectron(layout, electronVersion);
    const run = start(layout);
    expect(run.stderr).not.toContain('could not be downloaded');
    expect(run.status).toBe(0);
    // The stand-in ran in the project folder with "." (package.json main = the built app), as electron-vite starts Electron.
    const [cwd, ...args] = readFileSync(layout.record, 'utf8').trim().split('\n');
    expect(cwd).toBe(layout.dir);
    expect(args).toEqual(['.']);
    expect(run.stdout).not.toContain('Downloading Electron');
  });
});
