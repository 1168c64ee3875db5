import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../../../shared/net/loopback.ts';
import { checkIntakeUrl } from '../../../../../electron/services/intake/intake-url.ts';

describe('intake URL rules', () => {
  it('accepts https anywhere', () => {
    expect(checkIntakeUrl('https://intake.example.com/mimecast').host).toBe('intake.example.com');
  });

  it.each(['http://127.0.0.1:8080/x', 'http://localhost/x', 'http://[::1]:9000/x', 'http://127.9.9.9/x'])('accepts plain http to loopback %s', (url) => {
    expect(checkIntakeUrl(url).protocol).toBe('http:');
  });

  it.each(['http://intake.example.com/x', 'http://10.0.0.5/x', 'http://127.0.0.1.nip.io/x', 'ftp://127.0.0.1/x'])('refuses %s', (url) => {
    expect(() => checkIntakeUrl(url)).toThrow(expect.objectContaining({ code: 'intake-url-insecure' }) as Error);
  });

  it('refuses garbage and URLs carrying a password', () => {
    expect(() => checkIntakeUrl('not a url')).toThrow(expect.objectContaining({ code: 'intake-url-invalid' }) as Error);
    expect(() => checkIntakeUrl('https://user:pw@intake.example.com/')).toThrow(expect.objectContaining({ code: 'intake-url-invalid' }) as Error);
  });

  it('knows loopback hosts', () => {
    expect(isLoopbackHost('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackHost('example.com')).toBe(false);
    expect(isLoopbackHost('192.168.1.1')).toBe(false);
  });
});
