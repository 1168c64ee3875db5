import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RawPolicy } from './policy-source.ts';

/**
 * The Linux policy: a JSON file under /etc that only root may change. A file (or folder) another user could write
 * is not a machine policy — anyone could switch updates off or point them at their own mirror — so it is ignored,
 * and the reason is logged and shown.
 */
export interface LinuxPolicyOptions {
  /** The uid that must own the file and its folder: root (tests pass their own). */
  ownerUid?: number;
}

async function writableByOthers(path: string, ownerUid: number): Promise<string | null> {
  const info = await stat(path);
  if (info.uid !== ownerUid) return `${path} is owned by user id ${info.uid}, not root`;
  if ((info.mode & 0o022) !== 0) return `${path} can be written by users other than root (mode ${(info.mode & 0o777).toString(8)})`;
  return null;
}

export async function readLinuxPolicy(file: string, options: LinuxPolicyOptions = {}): Promise<RawPolicy> {
  const ownerUid = options.ownerUid ?? 0;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { found: false, where: file };
    return { found: false, where: file, ignored: `${file} could not be read (${String((error as { code?: unknown }).code ?? error)}), so no machine policy applies.` };
  }
  for (const path of [file, dirname(file)]) {
    const problem = await writableByOthers(path, ownerUid);
    if (problem) return { found: false, where: file, ignored: `The update policy in ${file} is ignored: ${problem}. Make it root:root, mode 644, in a folder only root can write.` };
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    return { found: true, where: file, values: { __unreadable: `${file} is not valid JSON` } };
  }
  if (!values || typeof values !== 'object' || Array.isArray(values)) return { found: true, where: file, values: { __unreadable: `${file} must hold one JSON object` } };
  return { found: true, where: file, values: values as Record<string, unknown> };
}
