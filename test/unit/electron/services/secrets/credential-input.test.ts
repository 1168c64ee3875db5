import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/errors.ts';
import { cleanCredentialInput } from '../../../../../electron/services/secrets/credential-input.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const SECRET = 'q8F+/hT2=Zp0_Lk9s.Wn3~Xr';

function rejects(clientId: string, clientSecret: string, knownClientId?: string): AppError {
  try {
    cleanCredentialInput({ clientId, clientSecret }, { knownClientId });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.message).not.toContain(clientSecret.trim() || '\u0000');
    return appError;
  }
  throw new Error('expected the input to be rejected');
}

describe('cleanCredentialInput', () => {
  it('accepts clean values as they are, with nothing to say', () => {
    expect(cleanCredentialInput({ clientId: ID, clientSecret: SECRET })).toEqual({ clientId: ID, clientSecret: SECRET, notices: [] });
  });

  it('removes a trailing newline from a pasted secret and says so', () => {
    const clean = cleanCredentialInput({ clientId: ID, clientSecret: `${SECRET}\n` });
    expect(clean.clientSecret).toBe(SECRET);
    expect(clean.notices).toEqual(['Removed a line break at the end of the Client Secret (it came with the paste).']);
  });

  it('trims spaces around both values and says so for each', () => {
    const clean = cleanCredentialInput({ clientId: `  ${ID}\t`, clientSecret: ` ${SECRET} ` });
    expect(clean).toMatchObject({ clientId: ID, clientSecret: SECRET });
    expect(clean.notices).toEqual(['Removed spaces or line breaks around the Client ID.', 'Removed spaces or line breaks around the Client Secret.']);
  });

  it('rejects an empty or whitespace-only Client ID', () => {
    expect(rejects('', SECRET).code).toBe('client-id-empty');
    expect(rejects('   \n', SECRET).code).toBe('client-id-empty');
  });

  it('rejects an empty or whitespace-only secret, reminding that it is shown once', () => {
    const error = rejects(ID, ' \r\n');
    expect(error.code).toBe('client-secret-empty');
    expect(error.message).toMatch(/shown only once/);
  });

  it('rejects the same value in both fields', () => {
    expect(rejects(ID, ID).code).toBe('credentials-identical');
  });

  it('rejects a value with a space or line break inside', () => {
    expect(rejects('Mc7d Q2kf', SECRET).code).toBe('client-id-invalid');
    expect(rejects(ID, 'q8F+/hT2=\nZp0_Lk9s').message).toMatch(/more than one line/);
    expect(rejects(ID, 'q8F+/hT2=\u0007Zp0').code).toBe('client-secret-invalid');
  });

  it('detects the obvious swap: a base64-looking value in the ID field and a plain token in the secret field', () => {
    const error = rejects(SECRET, ID);
    expect(error.code).toBe('credentials-swapped');
    expect(error.message).toMatch(/look swapped/);
  });

  it('detects a swap against the Client ID the profile already has', () => {
    expect(rejects('AnotherPlainValue123', ID, ID).code).toBe('credentials-swapped');
  });

  it('does not cry wolf when both values are plain tokens and the secret is at least as long', () => {
    expect(cleanCredentialInput({ clientId: ID, clientSecret: 'PlainAlphanumericSecret0123456789' }).notices).toEqual([]);
  });

  it('refuses a plain-token secret in the Client ID field: longer than the value in the secret field', () => {
    const plainSecret = 'PlainAlphanumericSecret0123456789';
    const error = rejects(plainSecret, ID);
    expect(error.code).toBe('credentials-swapped');
    expect(error.message).not.toContain(plainSecret);
    expect(error.message).toMatch(/cleared/);
  });

  it('lets the admin overrule the length rule after checking, but never the other checks', () => {
    const longId = 'AVeryLongButGenuineClientIdentifier0123456789';
    expect(cleanCredentialInput({ clientId: longId, clientSecret: 'ShortSecret12345' }, { confirmedFields: true }).clientId).toBe(longId);
    expect(() => cleanCredentialInput({ clientId: SECRET, clientSecret: ID }, { confirmedFields: true })).toThrow(/swapped/);
    expect(() => cleanCredentialInput({ clientId: 'AnotherPlainValue123', clientSecret: ID }, { knownClientId: ID, confirmedFields: true })).toThrow(/swapped/);
  });

  it('refuses a Client ID with base64 punctuation even when the secret field holds one too', () => {
    const error = rejects(SECRET, `${SECRET}x`);
    expect(error.code).toBe('client-id-looks-secret');
    expect(error.message).not.toContain(SECRET);
  });
});
