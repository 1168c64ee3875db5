import { z } from 'zod';
import { isLoopbackHost } from '../net/loopback.ts';

/**
 * Mimecast API 2.0 gateways and the rules for a base URL the admin types. Pure, so the UI validates as the admin
 * types and the main process and the CLI apply exactly the same rules before any request is made.
 */
export const gatewayIds = ['global', 'us', 'uk'] as const;
export type GatewayId = (typeof gatewayIds)[number];

export const gateways: Record<GatewayId, { label: string; baseUrl: string; note: string }> = {
  global: {
    label: 'Global (default)',
    baseUrl: 'https://api.services.mimecast.com',
    note: 'Automatic failover; during a failover requests may be processed in another region.',
  },
  us: {
    label: 'United States',
    baseUrl: 'https://us-api.services.mimecast.com',
    note: 'Data stays in the US instance; no failover.',
  },
  uk: {
    label: 'United Kingdom',
    baseUrl: 'https://uk-api.services.mimecast.com',
    note: 'Data stays in the UK instance; no failover.',
  },
};

export const DEFAULT_BASE_URL = gateways.global.baseUrl;

/** What the profile remembers: one of the known gateways, or a base URL the admin typed on purpose. */
export const gatewayChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(gatewayIds) }),
  z.object({ kind: z.literal('custom'), baseUrl: z.string().min(1).max(2048) }),
]);
export type GatewayChoice = z.infer<typeof gatewayChoiceSchema>;

/** The codes `checkBaseUrl` refuses with; every operation that checks a base URL lists them. */
export const baseUrlErrorCodes = ['invalid-base-url', 'api-1-host', 'insecure-base-url'] as const;

export type BaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; code: (typeof baseUrlErrorCodes)[number]; message: string };

/**
 * The retired API 1.0 hosts: the regional ones (`eu-api.mimecast.com`, `api.mimecast.com`, …) and the US
 * public-sector one (`uspcom-api.mimecast-pscom-us.com`). A common paste mistake.
 */
export function isApi1Host(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  return /^([a-z0-9]+-)?api\.mimecast\.com$/i.test(host) || /^uspcom-api\.mimecast-pscom-us\.com$/i.test(host);
}

/**
 * Checks and normalises a base URL: https (http for loopback only), no credentials, query or fragment, no trailing
 * slash. The messages say what to do, because the admin reads them next to the field.
 */
export function checkBaseUrl(raw: string): BaseUrlCheck {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, code: 'invalid-base-url', message: `“${text}” is not a web address. Enter the full base URL, for example ${DEFAULT_BASE_URL}.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, code: 'invalid-base-url', message: `The base URL must start with https:// (for example ${DEFAULT_BASE_URL}).` };
  }
  if (isApi1Host(url.hostname)) {
    return {
      ok: false,
      code: 'api-1-host',
      message: `${url.hostname} is a Mimecast API 1.0 host, which uses the old access/secret keys. API 2.0 credentials work only against an API 2.0 gateway: choose Global (${DEFAULT_BASE_URL}), US or UK.`,
    };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, code: 'insecure-base-url', message: `The base URL must use https:// so the Client Secret is sent encrypted. Change “http://” to “https://”.` };
  }
  if (url.username || url.password || url.search || url.hash) {
    return { ok: false, code: 'invalid-base-url', message: 'The base URL must be just the gateway address (no user name, “?” query or “#” part). Example: ' + DEFAULT_BASE_URL };
  }
  return { ok: true, baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** The base URL a saved choice stands for (a custom one still has to pass `checkBaseUrl`). */
export function baseUrlOf(choice: GatewayChoice): string {
  return choice.kind === 'custom' ? choice.baseUrl : gateways[choice.kind].baseUrl;
}

/** The choice a base URL corresponds to: a known gateway when it is one, else custom. */
export function choiceFor(baseUrl: string): GatewayChoice {
  const known = gatewayIds.find((id) => gateways[id].baseUrl === baseUrl);
  return known ? { kind: known } : { kind: 'custom', baseUrl };
}
