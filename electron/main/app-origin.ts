/**
 * The app's own origin. The UI is served from `app://assistant/…` by our protocol handler, never from `file://`
 * or the network. A custom scheme's URL has an opaque `origin` ("null") in WHATWG terms, so callers compare the
 * parsed scheme and host instead.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'assistant';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
