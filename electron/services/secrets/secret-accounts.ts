import { createHash, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * SecretStore account names. Each capture writes to a fresh account (`<profileId>:client-secret:<folderTag>:<id>`)
 * so the previous secret stays untouched until the new one is safely stored and recorded. The folder tag names the
 * data folder: the keychain is shared by every data folder of the user (the app's, each `--data-dir`), and a
 * profile id such as `default` exists in most of them, so only the tag says which items are this folder's to sweep.
 */
export function folderTagOf(dataDir: string): string {
  return createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
}

export function newClientSecretAccount(profileId: string, folderTag: string): string {
  return `${profileId}:client-secret:${folderTag}:${randomUUID()}`;
}

export function profileOfAccount(account: string): string | undefined {
  const colon = account.indexOf(':');
  return colon > 0 ? account.slice(0, colon) : undefined;
}

/** True for accounts of this profile; used to refuse a metadata file that points at another profile's secret. */
export function belongsToProfile(account: string, profileId: string): boolean {
  return profileOfAccount(account) === profileId;
}

/** The profile a client-secret account of this data folder belongs to; undefined for any other account. */
export function folderSecretProfile(account: string, folderTag: string): string | undefined {
  const profileId = profileOfAccount(account);
  return profileId && account.startsWith(`${profileId}:client-secret:${folderTag}:`) ? profileId : undefined;
}
