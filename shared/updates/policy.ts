import { z } from 'zod';
import { updateChannelSchema } from './update-status.ts';

/**
 * The machine policy IT sets for updates, under the same three names on every OS (registry values on Windows, keys of
 * the managed preferences on macOS, members of the JSON file on Linux). Users cannot override it: it is read from
 * places only an administrator (or the MDM agent) can write.
 */
export const POLICY_KEYS = { disableUpdates: 'DisableUpdates', updateChannel: 'UpdateChannel', updateUrl: 'UpdateUrl' } as const;

/** `HKLM\SOFTWARE\Policies\<vendor>\<app>`: the vendor and app names IT's Group Policy template (ADMX) writes under. */
export const WINDOWS_POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\MimecastAW\\Assistant';
/** The managed preferences domain on macOS (an MDM configuration profile's PayloadType) is the app id. */
export const MACOS_POLICY_DOMAIN = 'com.example.mimecast-aw-assistant';
export const MACOS_POLICY_FILE = `/Library/Managed Preferences/${MACOS_POLICY_DOMAIN}.plist`;
export const LINUX_POLICY_FILE = '/etc/mimecast-aw-assistant/policy.json';

const httpsUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'UpdateUrl must be an https:// address (an internal mirror of the release feed).');

/**
 * A policy as read: each key may be absent. Other keys (an MDM's own bookkeeping, a misspelt name) are left out here
 * and named in the log by `unknownPolicyKeys`, so a typo is noticed without switching anything else off.
 */
export const machinePolicySchema = z.object({
  [POLICY_KEYS.disableUpdates]: z.boolean().optional(),
  [POLICY_KEYS.updateChannel]: updateChannelSchema.optional(),
  [POLICY_KEYS.updateUrl]: httpsUrl.optional(),
});
export type MachinePolicy = z.infer<typeof machinePolicySchema>;

const known = new Set<string>(Object.values(POLICY_KEYS));
export const unknownPolicyKeys = (values: Record<string, unknown>): string[] => Object.keys(values).filter((key) => !known.has(key));

/**
 * The MSI's upgrade code: fixed for the life of the product (electron-builder.yml `msi.upgradeCode`), so every MSI
 * upgrades the one before it, and the app can tell that an MSI of this product is installed on the machine.
 */
export const MSI_UPGRADE_CODE = '6C1F2A4E-93B8-4D07-A5E1-2B7C9F3D8E46';
