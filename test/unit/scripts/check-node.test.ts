import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const guard = createRequire(import.meta.url)('../../../scripts/check-node.cjs') as {
  checkNode: (version: string, required: string, execPath?: string) => string | null;
  requiredNode: (root: string) => string;
};
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };

describe('scripts/check-node.cjs (the Node version guard)', () => {
  it('reads the minimum from package.json engines', () => {
    expect(manifest.engines.node).toBe('>=22.12');
    expect(guard.requiredNode(root)).toBe('22.12');
  });

  it('refuses an older Node with the version needed, the one running, and how to get the right one', () => {
    for (const old of ['20.20.2', 'v22.11.0', '18.0.0', '8.17.0']) {
      const message = guard.checkNode(old, '22.12', '/usr/bin/node');
      expect(message, old).toContain('needs Node.js 22.12 or newer (24 LTS recommended)');
      expect(message, old).toContain(`this is Node.js v${old.replace(/^v/, '')} (/usr/bin/node)`);
      expect(message, old).toContain('npm install --prefix ~/.node24 node@24');
    }
    for (const fine of ['22.12.0', '22.20.1', '23.0.0', 'v24.21.0', '25.1.0']) expect(guard.checkNode(fine, '22.12'), fine).toBeNull();
  });

  it('runs as a script before anything else: exit 1 and the message on stderr under an old Node (faked), exit 0 under this one', () => {
    const old = spawnSync(process.execPath, ['--require', join(root, 'test/helpers/fake-node-20.cjs'), join(root, 'scripts/check-node.cjs')], { encoding: 'utf8' });
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('needs Node.js 22.12 or newer');
    expect(old.stderr).toContain('this is Node.js v20.20.2');
    const current = spawnSync(process.execPath, [join(root, 'scripts/check-node.cjs')], { encoding: 'utf8' });
    expect(current.status).toBe(0);
    expect(current.stderr).toBe('');
  });

  it('comes first in every npm script, so no script builds or strips types on an old Node', () => {
    const { preinstall, ...others } = manifest.scripts;
    for (const [name, command] of Object.entries(others)) expect(command, name).toMatch(/^node scripts\/check-node\.cjs && /);
    expect(preinstall).toBe('node scripts/check-node.cjs');
  });

  it('npm install/ci on an old Node end with its message: the preinstall script, and no engine-strict stopping npm before it', () => {
    // engine-strict refuses the project's own engines before any script runs: npm's EBADENGINE would be all one sees.
    const npmrc = join(root, '.npmrc');
    if (existsSync(npmrc)) expect(readFileSync(npmrc, 'utf8')).not.toMatch(/^engine-strict\s*=\s*true$/m);
    expect(manifest.scripts.preinstall).toBe('node scripts/check-node.cjs');
  });
});
