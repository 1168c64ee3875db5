import { describe, expect, it } from 'vitest';
import { systemProxyResolver } from '../../../../electron/main/system-proxy.ts';
import { parsePacResult } from '../../../../electron/services/http/proxy.ts';

/** A stand-in for Electron's session: the real resolveProxy needs a running Electron, which cannot start here. */
describe('systemProxyResolver', () => {
  it("passes the session's answer on, for the services to parse", async () => {
    const asked: string[] = [];
    const resolve = systemProxyResolver(() => ({ resolveProxy: (url: string) => (asked.push(url), Promise.resolve('PROXY proxy.corp.example:8080; DIRECT')) }));
    const answer = await resolve('https://api.services.mimecast.com/');
    expect(asked).toEqual(['https://api.services.mimecast.com/']);
    expect(parsePacResult(answer)?.href).toBe('http://proxy.corp.example:8080/');
  });

  it('a failed lookup means direct', async () => {
    const resolve = systemProxyResolver(() => ({ resolveProxy: () => Promise.reject(new Error('no session')) }));
    expect(parsePacResult(await resolve('https://api.services.mimecast.com/'))).toBeNull();
  });
});
