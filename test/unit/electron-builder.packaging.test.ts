// Packaging runs here for real: electron-builder's own command line packs the built app (`out/`) with the project's
// electron-builder.yml. Only the Electron binary is a stand-in (this machine cannot download it): an executable
// carrying Electron's fuse wire. What a release promises is then read off the packed app with the public tools of
// the Electron project (@electron/asar, @electron/fuses): the hardened fuses, an archive holding only the build
// output and the runtime dependencies, and English as the only Chromium locale.
// `npm test` runs this after the build step; alone: `npm run build && npx vitest run --project packaging`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandInElectronDist } from '../helpers/stand-in-electron-dist.ts';

const projectDir = resolve(import.meta.dirname, '../..');
const readJson = <T,>(file: string) => JSON.parse(readFileSync(join(projectDir, file), 'utf8')) as T;
const pkg = readJson<{ name: string; devDependencies: Record<string, string> }>('package.json');
const builderBin = join(projectDir, 'node_modules/electron-builder', readJson<{ bin: Record<string, string> }>('node_modules/electron-builder/package.json').bin['electron-builder']!);
const electronVersion = readJson<{ version: string }>('node_modules/electron/package.json').version;

let work: string;

/** Imports each specifier given as a JSON list, Electron's module stood in; prints the ones that failed, as JSON. */
const IMPORT_EACH = `import { registerHooks } from 'node:module';
registerHooks({
  resolve: (specifier, context, next) => specifier === 'electron'
    ? { url: 'data:text/javascript,export const app = {}, ipcMain = {}, shell = {}; export default { app, ipcMain, shell };', shortCircuit: true }
    : next(specifier, context),
});
const failed = [];
for (const specifier of JSON.parse(process.argv[2])) {
  try { await import(specifier); } catch (error) { failed.push(specifier + ': ' + error.message); }
}
console.log(JSON.stringify(failed));
`;
let electronDist: string;

/** electron-builder's command line, packing for this Linux machine into an unpacked folder (its `dir` target). */
function electronBuilder(outputDir: string, ...overrides: string[]) {
  const run = spawnSync(process.execPath, [builderBin, '--linux', 'dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${outputDir}`, ...overrides], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: '1' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

let appDir: string;
let archive: string[];

beforeAll(async () => {
  if (!existsSync(join(projectDir, 'out/main/index.js'))) throw new Error('The app is not built: run `npm run build` first (npm test builds before this step).');
  work = await mkdtemp(join(tmpdir(), 'aw-packaging-'));
  electronDist = await createStandInElectronDist(join(work, 'electron-dist'), electronVersion);
  const run = electronBuilder(join(work, 'dist'));
  expect(run.status, run.output).toBe(0);
  appDir = join(work, 'dist', 'linux-unpacked');
  archive = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((p) => p.replaceAll('\\', '/'));
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('electron-builder.yml, packed by electron-builder with a stand-in Electron', { timeout: 120_000 }, () => {
  it('is accepted by electron-builder, which names the executable after the package', () => {
    expect(existsSync(join(appDir, pkg.name))).toBe(true);
  });

  it('is checked: electron-builder refuses an unknown key and a misspelt fuse', () => {
    // Without this, a packaging run that ignored its configuration would make the test above meaningless.
    const unknown = electronBuilder(join(work, 'refused-1'), '-c.installEverywhere=true');
    expect(unknown.status).not.toBe(0);
    expect(unknown.output).toMatch(/installEverywhere/);
    const misspelt = electronBuilder(join(work, 'refused-2'), '-c.electronFuses.runAsNod=false');
    expect(misspelt.status).not.toBe(0);
    expect(misspelt.output).toMatch(/electronFuses/);
  });

  it('flips every hardening fuse in the packed Electron binary', async () => {
    const wire = await getCurrentFuseWire(join(appDir, pkg.name));
    // The wire holds each fuse as the character '1' (on) or '0' (off).
    const state = (fuse: FuseV1Options) => String.fromCharCode((wire as unknown as Record<number, number>)[fuse]!);
    const [ON, OFF] = ['1', '0'];
    expect(state(FuseV1Options.RunAsNode)).toBe(OFF);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(OFF);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(OFF);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(ON);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(ON);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(ON);
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(OFF);
  });

  it('keeps only the English Chromium locale', async () => {
    expect(await readdir(join(appDir, 'locales'))).toEqual(['en-US.pak']);
  });

  it('archives the build output and package.json, and at its top level nothing else but node_modules', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) expect(archive).toContain(file);
    expect(archive.some((p) => /^\/out\/renderer\/assets\/.+\.js$/.test(p))).toBe(true);
    const topLevel = new Set(archive.map((p) => p.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
  });

  it('carries no sourcemap, in the build output or in any dependency', () => {
    expect(archive.filter((p) => p.endsWith('.map'))).toEqual([]);
  });

  it('lets the main process load every package it imports from the archive', async () => {
    // electron-builder rearranges node_modules when it packs (it hoists and drops what it takes for duplicates), so
    // the proof is loading: each package the built main process imports, imported from beside it in the extracted
    // archive. Electron's own module is the one thing stood in, as Electron provides it at run time.
    const extracted = join(work, 'extracted');
    extractAll(join(appDir, 'resources', 'app.asar'), extracted);
    const mainDir = join(extracted, 'out', 'main');
    const imported = new Set<string>();
    for (const file of await readdir(mainDir)) {
      if (!file.endsWith('.js')) continue;
      // A package name holds no space or comma: a string "from" beside another string (`["from", "to"]`) is no import.
      for (const [, specifier] of readFileSync(join(mainDir, file), 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'./\s,][^"'\s,]*)["']/g)) {
        if (!isBuiltin(specifier!) && specifier !== 'electron') imported.add(specifier!);
      }
    }
    expect([...imported]).toEqual(expect.arrayContaining(['axios', 'zod', '@napi-rs/keyring', 'electron-store']));
    await writeFile(join(mainDir, 'import-each.probe.mjs'), IMPORT_EACH);
    const run = spawnSync(process.execPath, [join(mainDir, 'import-each.probe.mjs'), JSON.stringify([...imported])], { cwd: mainDir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout) as string[]).toEqual([]);
  });

  it('leaves the renderer-only packages and Electron itself out of the archive', () => {
    for (const name of ['react', 'react-dom', 'lucide-react', '@radix-ui/react-dialog', 'electron']) {
      expect(archive, name).not.toContain(`/node_modules/${name}`);
    }
  });
});
