import { isLoopbackHost } from '../../../shared/net/loopback.ts';
import { createTransport, type NetworkOptions, type TransportOptions } from '../http/transport.ts';

/**
 * Fetches the update metadata and its signature through the app's one HTTP layer, so the updater goes out the way
 * verification does: the configured, environment or system (PAC) proxy, the same trusted roots, and a
 * TLS-inspecting proxy named by its certificate issuer. Nothing here trusts what it fetched; `signed-metadata.ts` does.
 */
export interface FeedFiles {
  metadata: Buffer;
  /** The detached signature's text, or null when the feed has none (404). */
  signature: string | null;
}

export type FeedFetch = { ok: true; files: FeedFiles } | { ok: false; code: string; reason: string };

export interface FeedClientOptions {
  /** Proxy and extra roots, read for each check (the Network settings may change between two). */
  network?: () => NetworkOptions | Promise<NetworkOptions>;
  registerSecret?: (value: string) => void;
  lookup?: TransportOptions['lookup'];
  timeoutMs?: number;
}

const MAX_METADATA_BYTES = 256 * 1024;
const DEFAULT_TIMEOUT_MS = 20_000;

/** A feed must be https; plain http only for this machine (tests, a local relay). */
function feedUrlProblem(base: string): string | null {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `The update address "${base}" is not a web address.`;
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return null;
  return `The update address must start with https:// (${url.host} was given as ${url.protocol.replace(':', '')}).`;
}

/** `base` + file name, whether or not the base ends in a slash. */
const feedFileUrl = (base: string, file: string): string => new URL(file, base.endsWith('/') ? base : `${base}/`).href;

export async function fetchFeedFiles(base: string, metadataFile: string, signatureFile: string, options: FeedClientOptions = {}): Promise<FeedFetch> {
  const problem = feedUrlProblem(base);
  if (problem) return { ok: false, code: 'feed-url-invalid', reason: problem };
  let transport;
  try {
    transport = createTransport({
      network: await options.network?.(),
      server: 'the update feed',
      requestDeadlineMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxResponseBytes: MAX_METADATA_BYTES,
      responseType: 'text',
      registerSecret: options.registerSecret,
      lookup: options.lookup,
    });
  } catch (error) {
    // A certificate file that cannot be read: the Network settings' own message.
    return { ok: false, code: 'network-settings', reason: error instanceof Error ? error.message : String(error) };
  }
  const get = (file: string) => transport.request({ method: 'GET', url: feedFileUrl(base, file), headers: { Accept: '*/*', 'Cache-Control': 'no-cache' } });

  const metadata = await get(metadataFile);
  if (metadata.kind === 'fault') return { ok: false, code: metadata.fault.code, reason: metadata.fault.message };
  if (metadata.status !== 200 || typeof metadata.data !== 'string') {
    return { ok: false, code: 'feed-unavailable', reason: `The update feed answered ${metadata.status} for ${metadataFile}: no release is published there for this channel and platform.` };
  }
  const signature = await get(signatureFile);
  if (signature.kind === 'fault') return { ok: false, code: signature.fault.code, reason: signature.fault.message };
  if (signature.status === 404) return { ok: true, files: { metadata: Buffer.from(metadata.data, 'utf8'), signature: null } };
  if (signature.status !== 200 || typeof signature.data !== 'string') {
    return { ok: false, code: 'feed-unavailable', reason: `The update feed answered ${signature.status} for ${signatureFile}.` };
  }
  return { ok: true, files: { metadata: Buffer.from(metadata.data, 'utf8'), signature: signature.data } };
}
