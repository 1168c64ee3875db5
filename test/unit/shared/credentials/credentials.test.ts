import { describe, expect, it } from 'vitest';
import { maskClientId } from '../../../../shared/credentials/credentials.ts';

describe('maskClientId', () => {
  it('shows the ends of a Client ID, less of a short one', () => {
    expect(maskClientId('Mc7dQ2kfP0aZr9Tn4bXwVyL1')).toBe('Mc7d…VyL1');
    expect(maskClientId('abcdefgh')).toBe('ab…gh');
    expect(maskClientId('abc')).toBe('…');
  });

  it('shows nothing of a stored value that looks like a secret', () => {
    const secretLike = 'q8F+/hT2=Zp0Lk9sWn3Xr';
    const masked = maskClientId(secretLike);
    expect(masked).not.toContain(secretLike.slice(0, 4));
    expect(masked).not.toContain(secretLike.slice(-4));
    expect(masked).toMatch(/hidden/);
  });
});
