// Budget 1: the JavaScript the renderer's index.html loads before anything is lazy — its module scripts and
// modulepreload links, plus every chunk those import statically (import/export … from), followed transitively.
// Dynamic `import()` chunks are left out: they load on demand. Sizes are gzip level 9, per file, summed.
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

export interface InitialJs {
  /** Files relative to the renderer folder, in discovery order. */
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  bytes: number;
  gzipBytes: number;
}

/** Same-origin script URLs the HTML loads up front: `<script type="module" src>` and `<link rel="modulepreload">`. */
export function entryScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isModuleScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload' && attr('href');
    const url = isModuleScript ? attr('src') : isPreload ? attr('href') : undefined;
    if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url)) urls.push(url);
  }
  return urls;
}

/** Relative specifiers of the static imports and re-exports at the top level of an ES module. */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const node of parseAst(code).body) {
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') {
      const source = node.source?.value;
      if (typeof source === 'string' && source.startsWith('.')) specifiers.push(source);
    }
  }
  return specifiers;
}

export async function measureInitialJs(rendererDir: string): Promise<InitialJs> {
  const root = resolve(rendererDir);
  const html = await readFile(resolve(root, 'index.html'), 'utf8');
  const queue = entryScripts(html).map((url) => resolve(root, url.replace(/^\//, '')));
  const seen = new Set<string>();
  const files: InitialJs['files'] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = await readFile(path);
    files.push({ file: relative(root, path), bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
    for (const specifier of staticImports(code.toString('utf8'))) queue.push(resolve(dirname(path), specifier));
  }
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
