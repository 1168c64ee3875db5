import { describe, expect, it } from 'vitest';
import { isMsiInstall, msiUpgradeCodeKey, packedGuid } from '../../../../../../electron/services/updates/policy/msi-install.ts';

describe('is this the MSI’s per-machine copy?', () => {
  it('packs a GUID the way Windows Installer keys its UpgradeCodes', () => {
    expect(packedGuid('{12345678-ABCD-EF01-2345-6789ABCDEF01}')).toBe('87654321DCBA10FE32547698BADCFE10');
  });

  const registered = (args: string[]) => Promise.resolve({ code: args[1] === msiUpgradeCodeKey() ? 0 : 1, stdout: '' });
  const notRegistered = () => Promise.resolve({ code: 1, stdout: '' });
  const programFolders = ['C:\\Program Files', undefined];

  it('is when the executable lies under Program Files and the upgrade code is registered', async () => {
    expect(await isMsiInstall({ exePath: 'C:\\Program Files\\Mimecast Arctic Wolf Assistant\\Mimecast Arctic Wolf Assistant.exe', programFolders, runReg: registered })).toBe(true);
  });

  it('is not for the per-user copy, even on a machine that also has the MSI', async () => {
    expect(await isMsiInstall({ exePath: 'C:\\Users\\ann\\AppData\\Local\\Programs\\mimecast-aw-assistant\\app.exe', programFolders, runReg: registered })).toBe(false);
  });

  it('is not for a copy under Program Files that no MSI of this product registered', async () => {
    expect(await isMsiInstall({ exePath: 'C:\\Program Files\\Mimecast Arctic Wolf Assistant\\app.exe', programFolders, runReg: notRegistered })).toBe(false);
  });
});
