import { z } from 'zod';
import { keyringErrorCodes } from '../../credentials/error-codes.ts';
import { defineChannel } from '../define.ts';

/**
 * The app's Network settings: the proxy and the company root certificate every outgoing call uses, and what is in
 * effect right now for the Mimecast gateway. No response ever carries the proxy's user name or password.
 */
export const proxySourceSchema = z.enum(['setting', 'environment', 'system', 'none']);
export type ProxySource = z.infer<typeof proxySourceSchema>;

export const networkStatusSchema = z.object({
  /** The host the proxy was worked out for (the active profile's Mimecast gateway). */
  gatewayHost: z.string(),
  proxy: z.object({
    source: proxySourceSchema,
    /** host:port of the proxy in use, or null when calls go direct. */
    address: z.string().nullable(),
    withCredentials: z.boolean(),
  }),
  /** Why the proxy could not be worked out (a malformed variable, the OS lookup failing), if it could not. */
  proxyProblem: z.string().nullable(),
  trust: z.object({
    /** Roots read from the operating system's certificate store. */
    system: z.number().int().nonnegative(),
    /** The roots that come with the app. */
    bundled: z.number().int().nonnegative(),
    file: z.object({ path: z.string(), certificates: z.number().int().nonnegative() }).nullable(),
    /** Why the saved certificate file cannot be used now (moved, no longer PEM), if it cannot. */
    fileProblem: z.string().nullable(),
  }),
  settings: z.object({
    /** The saved proxy address without user name or password, or null. */
    proxy: z.string().nullable(),
    proxyHasCredentials: z.boolean(),
    caFile: z.string().nullable(),
  }),
});
export type NetworkStatus = z.infer<typeof networkStatusSchema>;

export const networkSettingsInputSchema = z.object({
  /** http(s)://[user:password@]host:port, or null for "no proxy of my own" (the environment and OS then apply). */
  proxy: z.string().trim().max(2_000).nullable(),
  /** Keep the saved user name and password when `proxy` names the same host and port without them. */
  keepCredentials: z.boolean().default(false),
  /** Path of a PEM file with the company root certificate, or null. */
  caFile: z.string().trim().max(4_096).nullable(),
});
export type NetworkSettingsInput = z.input<typeof networkSettingsInputSchema>;

const networkSettingsErrorCodes = ['proxy-invalid', 'ca-file-unreadable', 'ca-file-invalid', 'store-unwritable', ...keyringErrorCodes, 'no-protected-store'] as const;

export const networkChannels = {
  'network.status': defineChannel({ request: z.void(), response: networkStatusSchema, errors: [] }),
  'network.save': defineChannel({ request: networkSettingsInputSchema, response: networkStatusSchema, errors: [...networkSettingsErrorCodes] }),
} as const;
