import ipaddr from 'ipaddr.js';

/**
 * Hosts where plain http is tolerated and no proxy is used: only this machine (the tests' loopback fakes, a local
 * relay). True for `localhost` and for any loopback address literal: 127.0.0.0/8, ::1, and the IPv4-mapped forms of
 * them (`::ffff:127.0.0.1`). A name under `.localhost` is not taken on trust: Node resolves it through DNS like any
 * other name, so it may point anywhere.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (!ipaddr.isValid(host)) return false;
  return ipaddr.process(host).range() === 'loopback';
}
