import { describe, expect, it } from 'vitest';
import { profileNameSchema } from '../../../../shared/domain/profile.ts';

describe('profileNameSchema', () => {
  it('trims and accepts a plain name up to 64 characters', () => {
    expect(profileNameSchema.parse('  Contoso (EU) ')).toBe('Contoso (EU)');
    expect(profileNameSchema.safeParse('x'.repeat(64)).success).toBe(true);
    expect(profileNameSchema.safeParse('x'.repeat(65)).success).toBe(false);
  });

  it('refuses U+202E, the isolates U+2066–U+2069 and C0 controls, with the sentence saying why', () => {
    for (const name of ['Initech \u202Ekoob retsam', 'A\u2066B', 'A\u2067B', 'A\u2068B', 'A\u2069B', 'Acme\u0000EU', 'Acme\nEU', 'Acme\u001bEU']) {
      const parsed = profileNameSchema.safeParse(name);
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/invisible character that changes how the name and the text around it are shown/);
    }
  });
});
