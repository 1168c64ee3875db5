// `npm run sbom` writes the CycloneDX document that ships with each release (the runtime dependencies, read from the
// lockfile by @cyclonedx/cyclonedx-npm, offline). This runs it exactly as a maintainer or the pipeline does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };

interface Component {
  type: string;
  name: string;
  group?: string;
  version: string;
  purl: string;
}

describe('npm run sbom', () => {
  it('writes a CycloneDX 1.6 document of the runtime dependencies, with the versions installed and their licences', { timeout: 180_000 }, () => {
    const run = spawnSync('npm', ['run', '--silent', 'sbom'], { cwd: projectDir, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    const bom = JSON.parse(readFileSync(join(projectDir, 'dist/sbom.cdx.json'), 'utf8')) as {
      bomFormat: string;
      specVersion: string;
      metadata: { component: { name: string; version: string } };
      components: Component[];
    };
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.component).toMatchObject({ name: pkg.name, version: pkg.version });
    const names = bom.components.map((c) => (c.group ? `${c.group}/${c.name}` : c.name));
    for (const dependency of Object.keys(pkg.dependencies)) expect(names, dependency).toContain(dependency);
    // What the app ships, not the toolchain: no build or test package.
    for (const tool of ['electron-builder', 'vitest', 'react', 'typescript']) expect(names).not.toContain(tool);
    for (const component of bom.components) expect(component.purl).toMatch(/^pkg:npm\//);
    // Each component names the version installed and its licence (what a reviewer checks first).
    const zod = JSON.parse(readFileSync(join(projectDir, 'node_modules/zod/package.json'), 'utf8')) as { version: string };
    expect(bom.components.find((c) => c.name === 'zod')).toMatchObject({ version: zod.version, licenses: [{ license: { id: 'MIT' } }] });
  });
});
