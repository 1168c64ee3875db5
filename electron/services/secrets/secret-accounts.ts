import { randomUUID } from 'node:crypto';

/**
 * SecretStore account names. Each capture writes to a fresh account (`<profileId>:client-secret:<id>`) so the
 * previous secret stays untouched until the new one is safely stored and recorded.
 */
export function newClientSecretAccount(profileId: string): string {
  return `${profileId}:client-secret:${randomUUID()}`;
}

export function profileOfAccount(account: string): string | undefined {
  const colon = account.indexOf(':');
  return colon > 0 ? account.slice(0, colon) : undefined;
}

/** True for accounts of this profile; used to refuse a metadata file that points at another profile's secret. */
export function belongsToProfile(account: string, profileId: string): boolean {
  return profileOfAccount(account) === profileId;
}
