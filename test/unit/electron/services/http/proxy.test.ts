import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePacResult, parseProxyUrl, proxyCredentials, proxyLabel, resolveProxyRoute } from '../../../../../electron/services/http/proxy.ts';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];
const gateway = new URL('https://api.services.mimecast.com/oauth/token');

beforeEach(() => {
  for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
});
afterEach(() => vi.unstubAllEnvs());

describe('which proxy a call takes', () => {
  it('the given proxy first, then the environment, then the operating system, else direct', async () => {
    const system = () => Promise.resolve('PROXY os-proxy:3128');
    expect(await resolveProxyRoute(gateway, {})).toEqual({ url: null, source: 'none' });
    expect((await resolveProxyRoute(gateway, { systemProxy: system })).source).toBe('system');
    vi.stubEnv('https_proxy', 'http://env-proxy:8080');
    expect(await resolveProxyRoute(gateway, { systemProxy: system })).toMatchObject({ source: 'environment', url: new URL('http://env-proxy:8080') });
    expect(await resolveProxyRoute(gateway, { proxy: 'http://given:9000', systemProxy: system })).toMatchObject({ source: 'option', url: new URL('http://given:9000') });
  });

  it('this computer’s own addresses never go through a proxy', async () => {
    vi.stubEnv('HTTPS_PROXY', 'http://env-proxy:8080');
    for (const host of ['https://127.0.0.1:8443/x', 'http://localhost:3000/x', 'https://[::1]:8443/x']) {
      expect(await resolveProxyRoute(new URL(host), { proxy: 'http://given:9000' })).toEqual({ url: null, source: 'none' });
    }
  });

  it('reads a PAC answer: the first PROXY or HTTPS entry, SOCKS skipped, DIRECT means none', () => {
    expect(parsePacResult('PROXY a.corp:8080; DIRECT')?.href).toBe('http://a.corp:8080/');
    expect(parsePacResult('HTTPS secure.corp:443')?.href).toBe('https://secure.corp/');
    expect(parsePacResult('SOCKS5 s.corp:1080; PROXY b.corp:3128')?.href).toBe('http://b.corp:3128/');
    expect(parsePacResult('DIRECT')).toBeNull();
    expect(parsePacResult('')).toBeNull();
  });

  it('takes a bare host:port as http, refuses other schemes, and shows only host:port', () => {
    expect(parseProxyUrl('proxy.corp:8080').href).toBe('http://proxy.corp:8080/');
    expect(() => parseProxyUrl('socks5://proxy.corp:1080')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => parseProxyUrl('http://')).toThrow();
    const withCredentials = parseProxyUrl('http://me:s%40cret@proxy.corp:8080');
    expect(proxyLabel(withCredentials)).toBe('proxy.corp:8080');
    expect(proxyCredentials(withCredentials)).toEqual(['s@cret', 'me']);
  });

  it('refuses a password or user name with a % that is no escape as proxy-invalid, saying to write %25', () => {
    for (const raw of ['http://admin:50%off@proxy.corp:8080', 'http://ad%zzmin:pw@proxy.corp:8080', 'admin:100%@proxy.corp:8080']) {
      expect(() => parseProxyUrl(raw), raw).toThrow(expect.objectContaining({ code: 'proxy-invalid', message: expect.stringContaining('%25') as string }));
    }
    expect(proxyCredentials(parseProxyUrl('http://admin:50%25off@proxy.corp:8080'))).toEqual(['50%off', 'admin']);
  });
});
