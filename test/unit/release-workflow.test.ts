// The release pipeline as written (.github/workflows/release.yml): it passes the workflow linter (action-validator,
// the schema GitHub itself publishes, run from WebAssembly so it works offline), and it keeps the promises a release
// makes: tests before any build, real signing from the secret store, a draft with checksums, SBOM and signed metadata.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const projectDir = resolve(import.meta.dirname, '../..');
const workflowFile = join(projectDir, '.github/workflows/release.yml');
const text = readFileSync(workflowFile, 'utf8');
const validator = join(projectDir, 'node_modules/@action-validator/cli/cli.mjs');

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: { os?: string[]; include?: Array<{ os: string }> } };
  steps: Step[];
}
const workflow = parse(text) as { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> };
const validate = (file: string) => spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });

describe('.github/workflows/release.yml', () => {
  it('passes the workflow linter', () => {
    const run = validate(workflowFile);
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it('is checked for real: the linter refuses a misspelt key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-workflow-'));
    try {
      writeFileSync(join(dir, 'release.yml'), text.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest'));
      const run = validate(join(dir, 'release.yml'));
      expect(run.status).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toContain("Additional property 'runs-onn' is not allowed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs npm test on Windows, macOS and Linux before any installer is built', () => {
    const { test, build, publish } = workflow.jobs;
    expect(test?.strategy?.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(test?.steps.map((s) => s.run)).toContain('npm test');
    expect(build?.needs).toBe('test');
    expect(build?.strategy?.matrix.include?.map((e) => e.os).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(publish?.needs).toBe('build');
  });

  it('signs with the OS mechanisms, every credential read from the secret store by name', () => {
    const env = workflow.jobs.build?.steps.find((s) => s.run?.includes('electron-builder'))?.env ?? {};
    for (const name of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER']) {
      expect(env[name], name).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);
    }
    // No key material, and no secret value, in the file itself.
    expect(text).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
    const secretish = [...text.matchAll(/^\s*[A-Z_]*(?:KEY|SECRET|PASSWORD|TOKEN)[A-Z_]*:\s*(.+)$/gm)].map((m) => m[1]?.trim());
    for (const value of secretish) expect(value).toMatch(/^\$\{\{ (secrets\.[A-Z0-9_]+|runner\.temp \}\}\/apple-api-key\.p8|github\.token) ?(\}\})?$/);
  });

  it('publishes a draft with the SBOM, SHA256SUMS and the update metadata signed with the release key', () => {
    const steps = workflow.jobs.publish?.steps ?? [];
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run sbom');
    expect(runs).toContain('scripts/sign-release.ts release');
    expect(steps.find((s) => s.run?.includes('sign-release.ts'))?.env).toEqual({ UPDATE_SIGNING_KEY: '${{ secrets.UPDATE_SIGNING_KEY }}' });
    expect(runs).toMatch(/gh release create "\$TAG" --draft/);
    // Only the publishing job may write to the repository.
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.publish?.permissions).toEqual({ contents: 'write' });
  });
});
