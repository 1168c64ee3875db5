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
export const externalHostAllowlist: readonly string[] = [...new Set(Object.values(externalLinks).map((url) => new URL(url).host))];

/** True only for an `https:` URL whose host is exactly one on the allowlist (no suffix or prefix tricks). */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && externalHostAllowlist.includes(url.host);
}
