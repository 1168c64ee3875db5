// The files the scanner reads (same extensions as electronegativity's own loader), as project-relative paths, so
// suppression comments are looked up in exactly what was scanned.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

const scanned = /\.(jsx?|tsx?|html?)$/i;

export async function listSourceFiles(projectDir: string, folders: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const folder of folders) {
    const entries = await readdir(join(projectDir, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name);
      if (!entry.isFile() || !scanned.test(entry.name) || path.split(/[\\/]/).includes('node_modules')) continue;
      files.push(relative(projectDir, path).replaceAll('\\', '/'));
    }
  }
  return files.sort();
}
