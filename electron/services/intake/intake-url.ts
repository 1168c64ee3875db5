import { AppError } from '../../../shared/errors.ts';
import { isLoopbackHost } from '../../../shared/net/loopback.ts';

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
