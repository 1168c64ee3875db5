import { describe, expect, it } from 'vitest';
import { regionFor, suggestAccountName } from '../../../../../electron/services/handoff/portal-guide.ts';

const TODAY = new Date('2026-11-25T10:00:00Z');
const global = regionFor(undefined);

describe('the suggested portal Account Name', () => {
  it('names vendor, API, tenant and date, at most 64 characters', () => {
    expect(suggestAccountName('Contoso', global, TODAY)).toBe('Mimecast API 2.0 - Contoso - 2026-11-25');
    expect(suggestAccountName('x'.repeat(64), global, TODAY)).toHaveLength(64);
  });

  it('leaves out a bidirectional or control character saved in an old profile name: nothing invisible to paste', () => {
    const name = suggestAccountName('Initech \u202Ekoob\u2066 retsam\u0007', global, TODAY);
    expect(name).toBe('Mimecast API 2.0 - Initech koob retsam - 2026-11-25');
  });

  it('cuts a long name between graphemes: no half emoji ("�") in what is pasted', () => {
    for (const filler of ['😀', '🇬🇧', '👍🏽', '各']) {
      for (let lead = 0; lead < 4; lead += 1) {
        const name = suggestAccountName(`${'a'.repeat(lead)}${filler.repeat(40)}`, global, TODAY);
        expect(name.length).toBeLessThanOrEqual(64);
        expect(name.isWellFormed(), name).toBe(true);
        const tenant = name.slice('Mimecast API 2.0 - '.length, -' - 2026-11-25'.length);
        expect(tenant.replace(/^a*/, '').split(filler).every((piece) => piece === ''), name).toBe(true);
      }
    }
  });
});
