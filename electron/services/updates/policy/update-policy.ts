import { LINUX_POLICY_FILE, machinePolicySchema, POLICY_KEYS, unknownPolicyKeys } from '../../../../shared/updates/policy.ts';
import type { UpdateChannel } from '../../../../shared/updates/update-status.ts';
import { readLinuxPolicy } from './linux-policy.ts';
import { readMacPolicy } from './macos-policy.ts';
import { isMsiInstall } from './msi-install.ts';
import type { RawPolicy } from './policy-source.ts';
import { readWindowsPolicy, type RunReg } from './windows-policy.ts';

/** What IT decided about updates on this machine, read once at start. */
export interface UpdatePolicy {
  /** A machine policy applies (or an MSI installed the app): the About panel says "Managed by your organisation". */
  managed: boolean;
  /** Why updates are off, or null when they may run. */
  disabledReason: string | null;
  channel: UpdateChannel | null;
  updateUrl: string | null;
  /** Lines for the log: a policy store ignored, keys the app does not know. */
  notices: string[];
}

export interface PolicyStores {
  platform: string;
  /** Windows: runs `reg.exe` (the policy key and the MSI's upgrade code). */
  runReg?: RunReg;
  /** Windows: the running executable and the Program Files folders (is this the MSI's copy?). */
  msi?: { exePath: string; programFolders: Array<string | undefined> };
  /** macOS: the managed preferences file (default /Library/Managed Preferences/<appId>.plist; tests point it at a sample). */
  macFile?: string;
  /** Linux: the policy file (default /etc/mimecast-aw-assistant/policy.json) and the uid that must own it (root; tests their own). */
  linuxFile?: string;
  linuxOwnerUid?: number;
}

const FREE: UpdatePolicy = { managed: false, disabledReason: null, channel: null, updateUrl: null, notices: [] };

async function readRaw(stores: PolicyStores): Promise<RawPolicy | null> {
  if (stores.platform === 'win32' && stores.runReg) return readWindowsPolicy(stores.runReg);
  if (stores.platform === 'darwin') return stores.macFile ? readMacPolicy(stores.macFile) : readMacPolicy();
  if (stores.platform === 'linux') return readLinuxPolicy(stores.linuxFile ?? LINUX_POLICY_FILE, stores.linuxOwnerUid === undefined ? {} : { ownerUid: stores.linuxOwnerUid });
  return null;
}

/**
 * Reads the machine policy and turns it into what the updater does. A trusted store with a value the app cannot
 * use (not a boolean, an http:// mirror) keeps updates off until IT corrects it: failing open would let a broken
 * policy install what IT meant to hold back. An MSI installation is managed: its updates stay off unless the policy
 * sets DisableUpdates to false.
 */
export async function readUpdatePolicy(stores: PolicyStores): Promise<UpdatePolicy> {
  const notices: string[] = [];
  let raw: RawPolicy | null;
  try {
    raw = await readRaw(stores);
  } catch (error) {
    raw = { found: false, where: 'the machine policy', ignored: `The machine policy could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (raw && !raw.found && raw.ignored) notices.push(raw.ignored);

  const msi = stores.platform === 'win32' && stores.msi && stores.runReg ? await isMsiInstall({ ...stores.msi, runReg: stores.runReg }).catch(() => false) : false;
  if (!raw?.found) {
    if (!msi) return { ...FREE, notices };
    return { managed: true, disabledReason: msiReason, channel: null, updateUrl: null, notices };
  }

  const unreadable = raw.values.__unreadable;
  if (typeof unreadable === 'string') return brokenPolicy(raw.where, unreadable, notices);
  const unknown = unknownPolicyKeys(raw.values);
  if (unknown.length > 0) notices.push(`The update policy in ${raw.where} has keys the app does not know (${unknown.join(', ')}); it reads ${Object.values(POLICY_KEYS).join(', ')}.`);
  const parsed = machinePolicySchema.safeParse(raw.values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return brokenPolicy(raw.where, `${String(issue?.path[0] ?? 'a value')}: ${issue?.message ?? 'not valid'}`, notices);
  }
  const policy = parsed.data;
  const disabled = policy.DisableUpdates ?? (msi ? true : false);
  return {
    managed: true,
    disabledReason: disabled ? (policy.DisableUpdates ? 'Your organisation has turned off updates for this app: IT installs new versions.' : msiReason) : null,
    channel: policy.UpdateChannel ?? null,
    updateUrl: policy.UpdateUrl ?? null,
    notices,
  };
}

const msiReason = 'This copy was installed for all users from an MSI package, so your organisation installs new versions: the app does not update itself.';

function brokenPolicy(where: string, problem: string, notices: string[]): UpdatePolicy {
  return {
    managed: true,
    disabledReason: `The update policy your organisation set (${where}) could not be applied — ${problem}. Updates stay off until IT corrects it.`,
    channel: null,
    updateUrl: null,
    notices,
  };
}
