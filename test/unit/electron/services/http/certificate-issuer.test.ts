import { describe, expect, it } from 'vitest';
import { presentedIssuer } from '../../../../../electron/services/http/certificate-issuer.ts';
import { startSilentProxy } from '../../../../helpers/inspecting-proxy.ts';

describe('presentedIssuer', () => {
  it('through a proxy that never answers CONNECT: gives up at its timeout and closes the connection it opened', async () => {
    const silent = await startSilentProxy();
    try {
      expect(await presentedIssuer(new URL('https://api.services.mimecast.com'), { proxy: new URL(silent.url) }, 300)).toBeUndefined();
      expect(silent.accepted()).toBe(1);
      // Left open, the socket would keep the process alive (this waits; the test's timeout catches a hang).
      await silent.allClosed();
    } finally {
      await silent.close();
    }
  });
});
