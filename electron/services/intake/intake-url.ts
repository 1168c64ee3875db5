import ipaddr from 'ipaddr.js';
import { AppError } from '../../../shared/errors.ts';

/** True for `localhost` and any loopback address (127.0.0.0/8, ::1, and IPv4-mapped forms of them). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (!ipaddr.isValid(host)) return false;
  const address = ipaddr.process(host);
  return address.range() === 'loopback';
}

/**
 * Checks an intake URL against the contract: HTTPS only; plain http is accepted for loopback hosts alone (tests and
 * local relays). No user:password part, because the URL is kept in the profile file and the token has its own store.
 * Throws `AppError('intake-url-invalid' | 'intake-url-insecure')`; the CLI maps both to exit 2.
 */
export function checkIntakeUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('intake-url-invalid', 'The intake URL is not a valid web address. Enter the full address, starting with https://.');
  }
  if (url.username || url.password) {
    throw new AppError('intake-url-invalid', 'The intake URL contains a user name or password. Remove it: the intake token is entered separately and kept in the secret store.');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  throw new AppError(
    'intake-url-insecure',
    `The intake URL must start with https:// (plain ${url.protocol.replace(':', '')} is allowed only for this computer, e.g. http://127.0.0.1). Ask the intake's owner for its HTTPS address.`,
  );
}
