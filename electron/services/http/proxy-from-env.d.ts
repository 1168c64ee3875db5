/** proxy-from-env ships no types; this is the one function the HTTP layer uses. */
declare module 'proxy-from-env' {
  /** The proxy URL the environment names for `url` (HTTPS_PROXY/https_proxy/ALL_PROXY, NO_PROXY applied), or ''. */
  export function getProxyForUrl(url: string | URL): string;
}
