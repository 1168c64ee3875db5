import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegQuery, readWindowsPolicy } from '../../../../../../electron/services/updates/policy/windows-policy.ts';

const recorded = (name: string): string => readFileSync(join(import.meta.dirname, '../../../../../fixtures/policy', name), 'utf8');

describe('the Windows policy key, read through reg query', () => {
  it('reads the values of recorded `reg query` output: DWORD as a number, strings as written', () => {
    expect(parseRegQuery(recorded('reg-query-mirror.txt'))).toEqual({
      DisableUpdates: { type: 'REG_DWORD', data: '0x0' },
      UpdateChannel: { type: 'REG_SZ', data: 'beta' },
      UpdateUrl: { type: 'REG_SZ', data: 'https://mirror.contoso.example/aw-assistant' },
    });
  });

  it('asks HKLM only (users cannot write it) and turns DisableUpdates into a boolean', async () => {
    const asked: string[][] = [];
    const policy = await readWindowsPolicy((args) => (asked.push(args), Promise.resolve({ code: 0, stdout: recorded('reg-query-off.txt') })));
    expect(asked).toEqual([['query', 'HKLM\\SOFTWARE\\Policies\\MimecastAW\\Assistant']]);
    expect(policy).toEqual({ found: true, where: 'HKLM\\SOFTWARE\\Policies\\MimecastAW\\Assistant', values: { DisableUpdates: true } });
  });

  it('finds no policy when the key does not exist (reg exits 1)', async () => {
    const policy = await readWindowsPolicy(() => Promise.resolve({ code: 1, stdout: recorded('reg-query-missing.txt') }));
    expect(policy.found).toBe(false);
  });
});
