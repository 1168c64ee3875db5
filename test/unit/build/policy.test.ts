// The templates IT deploys (build/policy/) write exactly the keys, in exactly the places, the app reads.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { MACOS_POLICY_DOMAIN, machinePolicySchema, POLICY_KEYS, WINDOWS_POLICY_KEY } from '../../../shared/updates/policy.ts';

const dir = resolve(import.meta.dirname, '../../../build/policy');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('build/policy', () => {
  it('the ADMX writes the three values under the key the app reads, each with its ADML text', () => {
    const admx = read('MimecastAW.admx');
    const adml = read('en-US/MimecastAW.adml');
    const key = WINDOWS_POLICY_KEY.replace(/^HKLM\\/, '');
    for (const name of Object.values(POLICY_KEYS)) {
      expect(admx).toMatch(new RegExp(`<policy name="${name}" class="Machine"[^>]* key="${key.replace(/\\/g, '\\\\')}"`));
      expect(admx).toContain(`valueName="${name}"`);
      expect(adml).toContain(`<string id="${name}">`);
      expect(adml).toContain(`<string id="${name}_Explain">`);
    }
    expect(admx).toContain('<string>stable</string>');
    expect(admx).toContain('<string>beta</string>');
  });

  it('the configuration profile sets managed preferences for the app\'s domain, with values the app accepts', () => {
    const profile = parsePlist(read('com.example.mimecast-aw-assistant.mobileconfig')) as { PayloadContent: Array<Record<string, unknown>>; PayloadScope: string };
    expect(profile.PayloadScope).toBe('System');
    const payload = profile.PayloadContent[0] ?? {};
    expect(payload.PayloadType).toBe(MACOS_POLICY_DOMAIN);
    expect(machinePolicySchema.safeParse(payload).success).toBe(true);
  });

  it('the Linux example file is a policy the app accepts', () => {
    expect(machinePolicySchema.parse(JSON.parse(read('policy.json')))).toEqual({ DisableUpdates: false, UpdateChannel: 'stable', UpdateUrl: 'https://mirror.contoso.example/aw-assistant' });
  });
});
