// This machine cannot download Electron, so packaging cannot run here. Instead the packaging configuration is read
// the way `electron-builder` reads it (its own loader, schema validator and file matcher), and what the release
// promises — hardened fuses, the installer targets, an archive holding only the build output — is asserted on that.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { getFileMatchers, type FileMatcher } from 'app-builder-lib/out/fileMatcher.js';

const projectDir = resolve(import.meta.dirname, '../..');

// The matcher electron-builder uses for node_modules is exported but missing from its type declarations.
const { getNodeModuleFileMatcher } = createRequire(import.meta.url)('app-builder-lib/out/fileMatcher.js') as {
  getNodeModuleFileMatcher: (appDir: string, destination: string, expand: (pattern: string) => string, options: object,
    packager: { config: Configuration; debugLogger: DebugLogger }) => FileMatcher;
};

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
  config = await getConfig(projectDir, resolve(projectDir, 'electron-builder.yml'), null);
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
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is live: the validator rejects an unknown key and a misspelt fuse', async () => {
    // Without this, a validator that accepted anything would make the test above meaningless.
    await expect(validateConfiguration({ ...config, installEverywhere: true } as Configuration, new DebugLogger(false)))
      .rejects.toThrow(/installEverywhere/);
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } } as Configuration;
    // The schema names the block, not the stray key, when a fuse is misspelt.
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses/);
  });

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

  it('builds AppImage and deb on Linux, NSIS on Windows, a universal dmg on macOS', () => {
    expect(targetsOf(config.linux).map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win).map((t) => t.target)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual([{ target: 'dmg', arch: ['universal'] }]);
  });

  describe('the files that go into the archive (electron-builder’s own matcher)', () => {
    function isPacked(relativePath: string): boolean {
      const matchers = getFileMatchers(config, 'files', '/app', {
        macroExpander: (pattern) => pattern,
        customBuildOptions: {},
        globalOutDir: resolve(projectDir, 'dist'),
        defaultSrc: projectDir,
      });
      expect(matchers).toHaveLength(1);
      const filter = matchers![0]!.createFilter();
      return filter(resolve(projectDir, relativePath), { isDirectory: () => false } as never);
    }

    it('takes the build output and package.json, including the entry point package.json names', () => {
      for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html',
        'out/renderer/assets/index-abc123.js', 'package.json', pkg.main]) {
        expect(isPacked(file), file).toBe(true);
      }
    });

    it('copies runtime dependencies without their sourcemaps', () => {
      // electron-builder applies only the exclusions of `files` to node_modules.
      const packager = { config, debugLogger: new DebugLogger(false) };
      const matcher = getNodeModuleFileMatcher(projectDir, '/app', (pattern) => pattern, {}, packager);
      const filter = matcher.createFilter();
      const packed = (file: string) => filter(resolve(projectDir, file), { isDirectory: () => false } as never);
      expect(packed('node_modules/ajv/dist/ajv.js')).toBe(true);
      expect(packed('node_modules/ajv/dist/ajv.js.map')).toBe(false);
    });

    it('leaves out sources, tests, sourcemaps and the tooling', () => {
      for (const file of ['electron/main/index.ts', 'renderer/index.html', 'shared/ipc/contract.ts',
        'test/unit/electron-builder.test.ts', 'scripts/bench.ts', 'out/renderer/assets/index-abc123.js.map',
        'out/main/index.js.map', 'electron-builder.yml', 'tsconfig.json', 'build/icon.png', 'docs/release.md']) {
        expect(isPacked(file), file).toBe(false);
      }
    });
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
