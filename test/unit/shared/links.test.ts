import { describe, expect, it } from 'vitest';
import { externalLinks, isAllowedExternalUrl } from '../../../shared/links.ts';

describe('isAllowedExternalUrl', () => {
  it('allows every listed link', () => {
    for (const url of Object.values(externalLinks)) expect(isAllowedExternalUrl(url), url).toBe(true);
  });
  it.each([
    'http://docs.arcticwolf.com/',
    'https://docs.arcticwolf.com.evil.example/',
    'https://evil.example/?docs.arcticwolf.com',
    'https://user:pw@docs.arcticwolf.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
