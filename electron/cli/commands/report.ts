import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';

/** The path with every symbolic link in its existing part followed (a file not written yet keeps its own name). */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What a failed write of the report says, by the system's code; undefined for a failure nobody foresaw. */
function writeProblem(code: string): string | undefined {
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'there is no space left for it';
  if (/^E(ACCES|PERM|ROFS)$/.test(code)) return 'you may not write there';
  if (/^E(NOENT|NOTDIR)$/.test(code)) return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  if (/^E[A-Z]+$/.test(code)) return 'the system refused the write';
  return undefined;
}

/** `report --out FILE`: the completion report as one self-contained HTML file (no secret in it). */
export async function run(context: CliContext): Promise<CliOutcome> {
  const out = String(context.values.out);
  const target = resolve(out);
  const { dataDir } = context.global;
  // The data folder holds the settings and profiles: a report written over one of them (settings.json) would hide
  // every tenant, and a report is not data of the app either. Symbolic links are followed on both sides.
  if (isInside(dataDir, target) || isInside(realPath(dataDir), realPath(target))) {
    throw new UsageError(`${out} is inside the assistant’s data folder (${dataDir}), where the settings and profiles are kept, so the report was not written there. Choose a file outside it, for example in your Documents folder.`, 'out-in-data-folder');
  }
  const profile = context.profile();
  try {
    await context.services().report.writeHtml(profile.id, target);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const problem = typeof code === 'string' ? writeProblem(code) : undefined;
    if (problem) throw new UsageError(`Cannot write ${out}: ${problem} (${String(code)}). Choose another file, or make room, and run the command again.`, 'out-unwritable');
    throw error;
  }
  return { exitCode: EXIT_OK, json: { written: out }, text: `Completion report written to ${out}. It holds no secret; the Client ID is masked.` };
}
