/**
 * Every external page the app may open, by id. The renderer names an id; the main process looks the URL up here, so
 * `shell.openExternal` never receives a string the renderer made up.
 */
export const externalLinks = {
  'aw-configure-mimecast': 'https://docs.arcticwolf.com/bundle/m_cloud_detection_and_response/page/configure_mimecast_for_arctic_wolf.html',
  'aw-unified-portal': 'https://unified.arcticwolf.com/',
  'mimecast-api-2': 'https://developer.services.mimecast.com/',
  'mimecast-api-gateway': 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000360548755-API-Integrations-Managing-API-2-0-for-Cloud-Gateway',
  'mimecast-admin-console': 'https://login.mimecast.com/',
} as const satisfies Record<string, string>;

export type ExternalLinkId = keyof typeof externalLinks;

/** Hosts whose https pages may be opened in the system browser (links inside our own content, Help menu). */
const externalHostAllowlist: readonly string[] = [...new Set(Object.values(externalLinks).map((url) => new URL(url).host))];

/**
 * The URL to hand to the system browser: parsed, checked (`https:`, a host exactly on the allowlist, no user or
 * password — no suffix or prefix tricks) and written out again by the URL parser, so the browser receives the URL that
 * was checked rather than the string that came in. Undefined when it may not be opened.
 */
export function externalUrlToOpen(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const allowed = url.protocol === 'https:' && url.username === '' && url.password === '' && externalHostAllowlist.includes(url.host);
  return allowed ? url.href : undefined;
}

/** True only for a URL `externalUrlToOpen` would open. */
export function isAllowedExternalUrl(raw: string): boolean {
  return externalUrlToOpen(raw) !== undefined;
}
