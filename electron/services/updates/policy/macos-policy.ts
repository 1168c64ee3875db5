import { readFile } from 'node:fs/promises';
import { parse, parseBinary } from 'plist';
import { MACOS_POLICY_FILE } from '../../../../shared/updates/policy.ts';
import type { RawPolicy } from './policy-source.ts';

/**
 * macOS managed preferences: what an MDM configuration profile sets for the app's domain lands in
 * `/Library/Managed Preferences/<appId>.plist`, which only root (the MDM agent) writes. The file is a binary or an
 * XML property list; both are read here without calling out to `plutil`.
 */
export async function readMacPolicy(file = MACOS_POLICY_FILE): Promise<RawPolicy> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { found: false, where: file };
    return { found: false, where: file, ignored: `${file} could not be read (${String((error as { code?: unknown }).code ?? error)}), so no managed preferences apply.` };
  }
  let values: unknown;
  try {
    values = bytes.subarray(0, 6).toString('latin1') === 'bplist' ? parseBinary(bytes) : parse(bytes.toString('utf8'));
  } catch {
    return { found: true, where: file, values: { __unreadable: `${file} is not a property list` } };
  }
  if (!values || typeof values !== 'object' || Array.isArray(values)) return { found: true, where: file, values: { __unreadable: `${file} must hold a dictionary` } };
  return { found: true, where: file, values: values as Record<string, unknown> };
}
