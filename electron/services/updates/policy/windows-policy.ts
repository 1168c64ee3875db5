import { POLICY_KEYS, WINDOWS_POLICY_KEY } from '../../../../shared/updates/policy.ts';
import type { RawPolicy } from './policy-source.ts';

/**
 * The Windows policy key, read with the system's own `reg query` (a native registry addon cannot be installed without
 * a compiler and a download; `reg.exe` is on every Windows). Only HKLM is read: a user can write HKCU, not HKLM's
 * Policies key, so a user cannot override what IT set.
 */
export type RunReg = (args: string[]) => Promise<{ code: number; stdout: string }>;

/** `reg query KEY` output lines: `    Name    REG_TYPE    value`. */
const VALUE_LINE = /^\s{2,}(\S(?:.*?\S)?)\s{2,}(REG_[A-Z_]+)\s{2,}?(.*)$/;

export function parseRegQuery(stdout: string): Record<string, { type: string; data: string }> {
  const values: Record<string, { type: string; data: string }> = {};
  for (const line of stdout.split(/\r?\n/)) {
    const match = VALUE_LINE.exec(line);
    if (match) values[match[1] as string] = { type: match[2] as string, data: (match[3] ?? '').trim() };
  }
  return values;
}

/** REG_DWORD `0x1` → true; a string "1"/"true" too (IT sometimes writes REG_SZ). Anything else stays as written, for zod to refuse. */
function asBoolean(value: { type: string; data: string }): unknown {
  if (value.type === 'REG_DWORD' || value.type === 'REG_QWORD') return Number.parseInt(value.data, 16) !== 0;
  if (/^(1|true)$/i.test(value.data)) return true;
  if (/^(0|false)$/i.test(value.data)) return false;
  return value.data;
}

export async function readWindowsPolicy(runReg: RunReg): Promise<RawPolicy> {
  const where = WINDOWS_POLICY_KEY;
  const result = await runReg(['query', where]);
  // reg exits 1 when the key does not exist: no policy.
  if (result.code !== 0) return { found: false, where };
  const values = parseRegQuery(result.stdout);
  const raw: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    raw[name] = name === POLICY_KEYS.disableUpdates ? asBoolean(value) : value.data;
  }
  return { found: Object.keys(raw).length > 0, where, values: raw };
}
