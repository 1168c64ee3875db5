import { isAbsolute, relative } from 'node:path/win32';
import { MSI_UPGRADE_CODE } from '../../../../shared/updates/policy.ts';
import type { RunReg } from './windows-policy.ts';

/**
 * Whether this copy was installed by the per-machine MSI (Intune, SCCM, Group Policy software installation). Two facts
 * must both hold: Windows Installer has our fixed upgrade code registered for the machine (only an MSI with it writes
 * that key, under HKLM\SOFTWARE\Classes\Installer\UpgradeCodes, which a standard user cannot write), and the running
 * executable lies under Program Files (the MSI installs there; the per-user NSIS installer under the user's profile),
 * so a per-user copy on a machine that also has the MSI keeps updating itself.
 */
export interface MsiInstallFacts {
  exePath: string;
  /** %ProgramFiles% and %ProgramW6432% as the process sees them. */
  programFolders: Array<string | undefined>;
  runReg: RunReg;
}

/** Windows Installer's "packed" GUID form: each of the first three groups reversed, then each byte's nibbles swapped. */
export function packedGuid(guid: string): string {
  const hex = guid.replace(/[{}-]/g, '').toUpperCase();
  const reverse = (s: string): string => [...s].reverse().join('');
  const pairs = hex.slice(16).match(/../g) ?? [];
  return reverse(hex.slice(0, 8)) + reverse(hex.slice(8, 12)) + reverse(hex.slice(12, 16)) + pairs.map(reverse).join('');
}

export const msiUpgradeCodeKey = (): string => `HKLM\\SOFTWARE\\Classes\\Installer\\UpgradeCodes\\${packedGuid(MSI_UPGRADE_CODE)}`;

const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder.toLowerCase(), path.toLowerCase());
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

export async function isMsiInstall(facts: MsiInstallFacts): Promise<boolean> {
  const underProgramFiles = facts.programFolders.some((folder) => folder !== undefined && folder !== '' && inside(folder, facts.exePath));
  if (!underProgramFiles) return false;
  const registered = await facts.runReg(['query', msiUpgradeCodeKey()]);
  return registered.code === 0;
}
