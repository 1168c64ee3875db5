import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { entryScripts, measureInitialJs, staticImports } from '../../../../scripts/bench/initial-js.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('entryScripts', () => {
  it('takes module scripts and modulepreload links, not stylesheets, classic or remote scripts', () => {
    const html = `<script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" href="./assets/index.css">
      <script src="./legacy.js"></script>
      <script type="module" src="https://cdn.example.com/x.js"></script>`;
    expect(entryScripts(html)).toEqual(['./assets/index-a.js', '/assets/vendor-b.js']);
  });
});

describe('staticImports', () => {
  it('follows import and re-export statements, not dynamic import() nor bare packages', () => {
    const code = 'import{a as b}from"./x.js";import"./y.js";export*from"./z.js";export{c}from"../w.js";' +
      'import q from"react";const lazy=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./x.js', './y.js', './z.js', '../w.js']);
  });
});

describe('measureInitialJs', () => {
  it('sums the gzipped size of the entry and its static chunks, once each, leaving lazy chunks out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'initial-js-'));
    dirs.push(dir);
    const files: Record<string, string> = {
      'index.html': '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/shared.js">',
      'assets/index.js': 'import{s}from"./shared.js";import"./vendor.js";const l=()=>import("./lazy.js");console.log(s,l);',
      'assets/shared.js': 'import"./vendor.js";export const s=1;',
      'assets/vendor.js': `export const v="${'v'.repeat(500)}";`,
      'assets/lazy.js': `export const big="${'x'.repeat(5000)}";`,
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const result = await measureInitialJs(dir);
    const initial = ['assets/index.js', 'assets/shared.js', 'assets/vendor.js'];
    expect(result.files.map((f) => f.file).sort()).toEqual(initial);
    expect(result.bytes).toBe(initial.reduce((n, f) => n + Buffer.byteLength(files[f]!), 0));
    expect(result.gzipBytes).toBe(initial.reduce((n, f) => n + gzipSync(files[f]!, { level: 9 }).length, 0));
  });
});
