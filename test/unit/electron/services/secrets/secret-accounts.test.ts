import { describe, expect, it } from 'vitest';
import { belongsToProfile, folderSecretProfile, newClientSecretAccount, profileOfAccount } from '../../../../../electron/services/secrets/secret-accounts.ts';

describe('secret accounts', () => {
  it('gives every capture a fresh account under the profile', () => {
    const first = newClientSecretAccount('contoso-eu', '0123456789ab');
    const second = newClientSecretAccount('contoso-eu', '0123456789ab');
    expect(first).toMatch(/^contoso-eu:client-secret:0123456789ab:[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });

  it('tells which profile an account belongs to', () => {
    expect(profileOfAccount('contoso-eu:client-secret:1')).toBe('contoso-eu');
    expect(profileOfAccount('no-colon')).toBeUndefined();
    expect(belongsToProfile('contoso-eu:client-secret:1', 'contoso-eu')).toBe(true);
    expect(belongsToProfile('contoso-eu-2:client-secret:1', 'contoso-eu')).toBe(false);
  });
});

describe('folderSecretProfile', () => {
  it('recognises only client-secret accounts of this data folder', () => {
    const account = newClientSecretAccount('default', 'aaaaaaaaaaaa');
    expect(folderSecretProfile(account, 'aaaaaaaaaaaa')).toBe('default');
    expect(folderSecretProfile(account, 'bbbbbbbbbbbb')).toBeUndefined();
    expect(folderSecretProfile('default:intake-token', 'aaaaaaaaaaaa')).toBeUndefined();
    expect(folderSecretProfile('probe:1234', 'aaaaaaaaaaaa')).toBeUndefined();
  });
});
