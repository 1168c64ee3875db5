// `npm run pack:cli`: the CLI as an installable npm package, written as exactly one tarball to dist/cli/.
//   npm install -g ./dist/cli/mimecast-aw-<version>.tgz   →   mimecast-aw --help
// The package holds one bundled JavaScript file (our TypeScript compiled by esbuild, with the pure-JavaScript
// libraries it needs) plus the CLI contract as its README. The libraries that load lazily or are native stay
// ordinary dependencies that npm installs: the keychain binding (a native addon per platform), zod, axios and
// ipaddr.js. The bundle is CommonJS so each of them is `require`d only when a command first needs it: `--help`
// and usage errors load none of them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

/** Installed by npm beside the bundle (with the project's own version ranges), never bundled. */
export const RUNTIME_DEPENDENCIES = ['@napi-rs/keyring', 'zod', 'axios', 'ipaddr.js'] as const;
export const BIN_FILE = 'mimecast-aw.cjs';

interface Manifest {
  version: string;
  description: string;
  engines: { node: string };
  dependencies: Record<string, string>;
}

/**
 * The project's Node version guard (scripts/check-node.cjs, plain ES5), run before anything else in the bundle: an
 * installed CLI on an old Node (npm only warns at install) stops at start with the guard's message and exit 1,
 * instead of running until something newer is needed. It reads the minimum from the package's own package.json.
 */
function nodeGuardBanner(): string {
  const guard = readFileSync(join(root, 'scripts/check-node.cjs'), 'utf8');
  return [
    '(function () {',
    '  var guard = { exports: {} };',
    `  (function (module, require, __dirname) {\n${guard}\n  })(guard, require, __dirname);`,
    '  var message = guard.exports.checkNode(process.versions.node, guard.exports.requiredNode(__dirname), process.execPath);',
    "  if (message) { process.stderr.write(message + '\\n'); process.exit(1); }",
    '})();',
  ].join('\n');
}

/** Builds the package and writes its tarball, alone, to `outDir`; returns the tarball's path. */
export async function packCli(outDir = join(root, 'dist', 'cli')): Promise<string> {
  const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const stage = mkdtempSync(join(tmpdir(), 'aw-pack-cli-'));
  try {
    await build({
      entryPoints: [join(root, 'electron/cli/bin.js')],
      outfile: join(stage, BIN_FILE),
      bundle: true,
      platform: 'node',
      target: 'node22.12',
      format: 'cjs',
      external: [...RUNTIME_DEPENDENCIES],
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: 'none',
      logLevel: 'warning',
      banner: { js: nodeGuardBanner() },
    });
    const dependencies = Object.fromEntries(
      RUNTIME_DEPENDENCIES.map((name) => {
        const range = project.dependencies[name];
        if (!range) throw new Error(`${name} is not a dependency in package.json`);
        return [name, range];
      }),
    );
    const manifest = {
      name: 'mimecast-aw',
      version: project.version,
      description: 'Headless commands of the Mimecast → Arctic Wolf onboarding assistant: store, verify and hand off Mimecast API 2.0 credentials.',
      bin: { 'mimecast-aw': BIN_FILE },
      files: [BIN_FILE, 'README.md', 'intake.md'],
      engines: project.engines,
      dependencies,
    };
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    copyFileSync(join(root, 'docs/cli.md'), join(stage, 'README.md'));
    copyFileSync(join(root, 'docs/intake.md'), join(stage, 'intake.md'));

    // Exactly one tarball: an older one would leave the MSP guessing which to install.
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    execFileSync('npm', ['pack', '--silent', '--pack-destination', outDir], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
    const tarballs = readdirSync(outDir).filter((name) => name.endsWith('.tgz'));
    if (tarballs.length !== 1) throw new Error(`expected one tarball in ${outDir}, found ${tarballs.length}`);
    return join(outDir, tarballs[0]!);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tarball = await packCli();
  console.log(`${tarball}\nInstall it with: npm install -g ${tarball}   (then: mimecast-aw --help)`);
}
