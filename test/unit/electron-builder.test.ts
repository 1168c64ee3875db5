// The packaging configuration as written: what a release promises that can be read from electron-builder.yml itself
// (installer targets, fuses, app id, icons). Packing with it, with electron-builder's own command line, is
// electron-builder.packaging.test.ts (a step of its own after the build).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Configuration } from 'electron-builder';
import { MSI_UPGRADE_CODE } from '../../shared/updates/policy.ts';

const projectDir = resolve(import.meta.dirname, '../..');

interface PackageJson {
  productName: string;
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

let config: Configuration;
let pkg: PackageJson;

beforeAll(async () => {
  pkg = JSON.parse(await readFile(resolve(projectDir, 'package.json'), 'utf8')) as PackageJson;
  config = parse(await readFile(resolve(projectDir, 'electron-builder.yml'), 'utf8')) as Configuration;
});

/** Target names with their architectures, as electron-builder accepts them (string or `{ target, arch }`). */
function targetsOf(platform: { target?: unknown } | null | undefined): Array<{ target: string; arch: string[] }> {
  const list: unknown[] = Array.isArray(platform?.target) ? platform.target : [platform?.target];
  return list.map((entry) => {
    if (typeof entry === 'string') return { target: entry, arch: [] };
    const { target, arch } = entry as { target: string; arch?: string | string[] };
    return { target, arch: arch === undefined ? [] : [arch].flat() };
  });
}

describe('electron-builder.yml', () => {
  it('names the product as package.json does and has a reverse-DNS app id', () => {
    expect(config.productName).toBe(pkg.productName);
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+){2,}$/);
  });

  it('flips every hardening fuse (electron-security.md item 19)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into an asar archive, never publishes on its own, and takes resources from build/', () => {
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    expect(config.directories?.buildResources).toBe('build');
  });

  it('builds AppImage and deb on Linux, per-user NSIS and a per-machine MSI on Windows, a universal dmg and zip on macOS', () => {
    expect(targetsOf(config.linux).map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({ perMachine: false });
    expect(targetsOf(config.mac)).toEqual([
      { target: 'dmg', arch: ['universal'] },
      { target: 'zip', arch: ['universal'] },
    ]);
  });

  it('makes the MSI per-machine with the fixed upgrade code the app looks for, and never starts the app as the installing account', () => {
    expect(config.msi).toMatchObject({ perMachine: true, upgradeCode: MSI_UPGRADE_CODE, runAfterFinish: false });
  });

  describe('icons in build/ (made by build/generate-icons.ts)', () => {
    const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
    const read = (file: string) => readFile(resolve(projectDir, 'build', file));

    it('has a 1024 px icon.png and the sized Linux PNGs', async () => {
      const icon = await read('icon.png');
      expect(icon.subarray(0, 8)).toEqual(pngSignature);
      expect(pngSize(icon)).toEqual({ width: 1024, height: 1024 });
      for (const size of [16, 32, 48, 128, 256, 512]) {
        expect(pngSize(await read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
      }
    });

    it('has a Windows .ico whose directory points at PNG images up to 256 px', async () => {
      const ico = await read('icon.ico');
      expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
      const sizes: number[] = [];
      for (let i = 0; i < ico.readUInt16LE(4); i += 1) {
        const entry = 6 + 16 * i;
        const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
        const png = ico.subarray(offset, offset + length);
        expect(png.subarray(0, 8)).toEqual(pngSignature);
        sizes.push(pngSize(png).width);
        expect(ico.readUInt8(entry) || 256).toBe(pngSize(png).width);
      }
      expect(sizes).toContain(256);
    });

    it('has a macOS .icns whose chunks add up and include the 1024 px image', async () => {
      const icns = await read('icon.icns');
      expect(icns.toString('latin1', 0, 4)).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
      const chunks = new Map<string, Buffer>();
      for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
        chunks.set(icns.toString('latin1', at, at + 4), icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
      }
      expect(pngSize(chunks.get('ic10')!)).toEqual({ width: 1024, height: 1024 });
      expect(pngSize(chunks.get('ic07')!)).toEqual({ width: 128, height: 128 });
    });
  });

  it('keeps renderer-only packages out of the runtime dependencies (the bundler inlines them)', () => {
    // electron-builder copies every runtime dependency into the archive; these would double its size for nothing.
    const rendererOnly = ['react', 'react-dom', 'lucide-react', '@radix-ui/react-dialog'];
    for (const name of rendererOnly) {
      expect(Object.keys(pkg.dependencies), name).not.toContain(name);
      expect(Object.keys(pkg.devDependencies), name).toContain(name);
    }
    expect(Object.keys(pkg.dependencies)).not.toContain('electron');
  });
});
