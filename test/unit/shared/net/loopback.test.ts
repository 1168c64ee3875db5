import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../../../shared/net/loopback.ts';

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LocalHost', '127.0.0.1', '127.9.9.9', '::1', '[::1]', '::ffff:127.0.0.1', new URL('http://[::ffff:127.0.0.1]/').hostname])('%s is this machine', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each(['example.com', '192.168.1.1', '10.0.0.5', '0.0.0.0', '::', '127.0.0.1.example.com', 'localhost.example.com', '127.0.0.1.nip.io', 'intake.localhost', '127.999.0.1'])(
    '%s is not',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});
