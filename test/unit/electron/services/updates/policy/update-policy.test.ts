import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBinary } from 'plist';
import { afterEach, describe, expect, it } from 'vitest';
import { readUpdatePolicy } from '../../../../../../electron/services/updates/policy/update-policy.ts';
import { msiUpgradeCodeKey } from '../../../../../../electron/services/updates/policy/msi-install.ts';

const fixtures = join(import.meta.dirname, '../../../../../fixtures/policy');
const recorded = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const myUid = process.getuid?.() ?? 0;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A policy folder and file as root would leave them (owned by this test's user, mode 644 in a 755 folder). */
function policyFile(content: string, fileMode = 0o644, dirMode = 0o755): string {
  const base = mkdtempSync(join(tmpdir(), 'aw-policy-'));
  dirs.push(base);
  const dir = join(base, 'mimecast-aw-assistant');
  mkdirSync(dir);
  const file = join(dir, 'policy.json');
  writeFileSync(file, content);
  chmodSync(file, fileMode);
  chmodSync(dir, dirMode);
  return file;
}

const windows = (policyOutput: string | null, msi = false) => ({
  platform: 'win32',
  msi: { exePath: 'C:\\Program Files\\Mimecast Arctic Wolf Assistant\\app.exe', programFolders: ['C:\\Program Files'] },
  runReg: (args: string[]) => {
    if (args[1] === msiUpgradeCodeKey()) return Promise.resolve({ code: msi ? 0 : 1, stdout: '' });
    return Promise.resolve(policyOutput === null ? { code: 1, stdout: recorded('reg-query-missing.txt') } : { code: 0, stdout: policyOutput });
  },
});

describe('the machine policy for updates', () => {
  it('Windows: DisableUpdates=1 turns updates off and marks the app managed', async () => {
    expect(await readUpdatePolicy(windows(recorded('reg-query-off.txt')))).toMatchObject({ managed: true, disabledReason: expect.stringContaining('Your organisation has turned off updates') as string, channel: null });
  });

  it('Windows: channel and mirror from the policy', async () => {
    expect(await readUpdatePolicy(windows(recorded('reg-query-mirror.txt')))).toEqual({
      managed: true,
      disabledReason: null,
      channel: 'beta',
      updateUrl: 'https://mirror.contoso.example/aw-assistant',
      notices: [],
    });
  });

  it('Windows: an MSI installation is managed and does not update itself without a policy', async () => {
    expect(await readUpdatePolicy(windows(null, true))).toMatchObject({ managed: true, disabledReason: expect.stringContaining('MSI package') as string });
  });

  it('Windows: an MSI installation updates when the policy sets DisableUpdates to 0', async () => {
    expect(await readUpdatePolicy(windows(recorded('reg-query-mirror.txt'), true))).toMatchObject({ managed: true, disabledReason: null, updateUrl: 'https://mirror.contoso.example/aw-assistant' });
  });

  it('Windows: no key and no MSI means no policy: not managed', async () => {
    expect(await readUpdatePolicy(windows(null))).toEqual({ managed: false, disabledReason: null, channel: null, updateUrl: null, notices: [] });
  });

  it('keeps updates off when a trusted policy holds a value it cannot use (a plain-http mirror), naming it', async () => {
    const output = recorded('reg-query-mirror.txt').replace('https://mirror', 'http://mirror');
    const policy = await readUpdatePolicy(windows(output));
    expect(policy.managed).toBe(true);
    expect(policy.disabledReason).toMatch(/could not be applied — UpdateUrl: UpdateUrl must be an https:\/\/ address.*Updates stay off until IT corrects it/);
  });

  it('macOS: reads the managed preferences file, XML or binary', async () => {
    const xml = await readUpdatePolicy({ platform: 'darwin', macFile: join(fixtures, 'managed-preferences.plist') });
    expect(xml).toEqual({ managed: true, disabledReason: null, channel: 'stable', updateUrl: 'https://mirror.contoso.example/aw-assistant', notices: [] });
    const file = policyFile('');
    writeFileSync(file, buildBinary({ DisableUpdates: true, PayloadUUID: 'x' }));
    const binary = await readUpdatePolicy({ platform: 'darwin', macFile: file });
    expect(binary).toMatchObject({ managed: true, disabledReason: expect.stringContaining('turned off') as string, notices: [expect.stringContaining('keys the app does not know (PayloadUUID)') as string] });
  });

  it('macOS: no managed preferences file means no policy', async () => {
    expect((await readUpdatePolicy({ platform: 'darwin', macFile: '/nonexistent/x.plist' })).managed).toBe(false);
  });

  it('Linux: a root-owned file applies', async () => {
    const file = policyFile(JSON.stringify({ DisableUpdates: true }));
    expect(await readUpdatePolicy({ platform: 'linux', linuxFile: file, linuxOwnerUid: myUid })).toMatchObject({ managed: true, disabledReason: expect.stringContaining('turned off') as string });
  });

  it.each([
    ['a file others can write', 0o666, 0o755, /can be written by users other than root \(mode 666\)/],
    ['a file in a folder others can write', 0o644, 0o777, /can be written by users other than root \(mode 777\)/],
  ])('Linux: %s is ignored, and the reason is given', async (_name, fileMode, dirMode, reason) => {
    const file = policyFile(JSON.stringify({ DisableUpdates: true }), fileMode, dirMode);
    const policy = await readUpdatePolicy({ platform: 'linux', linuxFile: file, linuxOwnerUid: myUid });
    expect(policy).toMatchObject({ managed: false, disabledReason: null });
    expect(policy.notices).toEqual([expect.stringMatching(reason) as string]);
  });

  it('Linux: a file owned by another user than root is ignored', async () => {
    const file = policyFile(JSON.stringify({ DisableUpdates: true }));
    const policy = await readUpdatePolicy({ platform: 'linux', linuxFile: file, linuxOwnerUid: myUid + 1 });
    expect(policy.managed).toBe(false);
    expect(policy.notices[0]).toMatch(/is owned by user id \d+, not root/);
  });

  it('Linux: a root-owned file that is not JSON keeps updates off', async () => {
    const file = policyFile('{ DisableUpdates: yes');
    const policy = await readUpdatePolicy({ platform: 'linux', linuxFile: file, linuxOwnerUid: myUid });
    expect(policy.disabledReason).toMatch(/is not valid JSON/);
  });
});
