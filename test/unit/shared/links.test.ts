import { describe, expect, it } from 'vitest';
import { externalLinks, externalUrlToOpen, isAllowedExternalUrl } from '../../../shared/links.ts';

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

describe('externalUrlToOpen', () => {
  it('answers the URL as the parser writes it out, or nothing', () => {
    expect(externalUrlToOpen('https://Docs.ArcticWolf.com/x y')).toBe('https://docs.arcticwolf.com/x%20y');
    expect(externalUrlToOpen(externalLinks['aw-unified-portal'])).toBe(externalLinks['aw-unified-portal']);
    expect(externalUrlToOpen('https://evil.example/')).toBeUndefined();
  });
});
