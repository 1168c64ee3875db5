import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../../shared/net/loopback.ts';
import { baseUrlOf, checkBaseUrl, choiceFor, gatewayChoiceSchema, gateways, isApi1Host } from '../../../../shared/verification/gateways.ts';

describe('gateway rules', () => {
  it('knows the three API 2.0 gateways', () => {
    expect(baseUrlOf({ kind: 'global' })).toBe('https://api.services.mimecast.com');
    expect(baseUrlOf({ kind: 'us' })).toBe('https://us-api.services.mimecast.com');
    expect(baseUrlOf({ kind: 'uk' })).toBe('https://uk-api.services.mimecast.com');
    expect(choiceFor(gateways.uk.baseUrl)).toEqual({ kind: 'uk' });
    expect(choiceFor('https://api.example.com')).toEqual({ kind: 'custom', baseUrl: 'https://api.example.com' });
  });

  it('accepts a custom https base URL and normalises it', () => {
    expect(checkBaseUrl(' https://Gateway.Example.com/mimecast/ ')).toEqual({ ok: true, baseUrl: 'https://gateway.example.com/mimecast' });
    expect(checkBaseUrl('https://api.services.mimecast.com/')).toEqual({ ok: true, baseUrl: 'https://api.services.mimecast.com' });
  });

  it('gives API 1.0 hosts their own message', () => {
    for (const url of ['https://eu-api.mimecast.com', 'https://us-api.mimecast.com/', 'http://api.mimecast.com']) {
      const check = checkBaseUrl(url);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.code).toBe('api-1-host');
      expect(!check.ok && check.message).toContain('API 1.0');
    }
    expect(isApi1Host('us-api.services.mimecast.com')).toBe(false);
    // The US public-sector API 1.0 host is refused like the regional ones.
    expect(isApi1Host('uspcom-api.mimecast-pscom-us.com')).toBe(true);
    expect(checkBaseUrl('https://uspcom-api.mimecast-pscom-us.com')).toMatchObject({ ok: false, code: 'api-1-host' });
  });

  it('allows plain http only for loopback hosts', () => {
    expect(checkBaseUrl('http://127.0.0.1:8080')).toEqual({ ok: true, baseUrl: 'http://127.0.0.1:8080' });
    expect(checkBaseUrl('http://localhost:3000').ok).toBe(true);
    expect(checkBaseUrl('http://[::1]:3000').ok).toBe(true);
    const remote = checkBaseUrl('http://gateway.example.com');
    expect(!remote.ok && remote.code).toBe('insecure-base-url');
    expect(isLoopbackHost('127.0.0.1.example.com')).toBe(false);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });

  it('refuses what is not a plain gateway address', () => {
    for (const url of ['api.services.mimecast.com', 'ftp://x.example.com', 'https://user:pw@x.example.com', 'https://x.example.com/?a=1', 'https://x.example.com/#frag', '']) {
      const check = checkBaseUrl(url);
      expect(!check.ok && check.code).toBe('invalid-base-url');
    }
  });

  it('validates a saved choice', () => {
    expect(gatewayChoiceSchema.safeParse({ kind: 'us' }).success).toBe(true);
    expect(gatewayChoiceSchema.safeParse({ kind: 'custom', baseUrl: 'https://x.example.com' }).success).toBe(true);
    expect(gatewayChoiceSchema.safeParse({ kind: 'eu' }).success).toBe(false);
  });
});
