import { z } from 'zod';

/**
 * Verifying many tenants at once (an MSP's morning check). One row per profile with stored credentials, on that
 * profile's own saved gateway. The CLI's `fleet verify --json` prints `fleetRunSchema` minus `cancelled`; the app
 * shows it in the tenants view.
 */
export const FLEET_DEFAULT_CONCURRENCY = 4;
export const FLEET_MAX_CONCURRENCY = 16;

export const fleetConcurrencySchema = z
  .number()
  .int()
  .min(1, 'Verify at least one tenant at a time.')
  .max(FLEET_MAX_CONCURRENCY, `Verify at most ${FLEET_MAX_CONCURRENCY} tenants at a time.`);

export const fleetTenantResultSchema = z.object({
  /** The profile id (what `--profile` accepts). */
  profile: z.string(),
  name: z.string(),
  ok: z.boolean(),
  baseUrl: z.string(),
  /** Ids of the checks that failed; `token` when no token was issued. Empty when it passed or could not run. */
  failedChecks: z.array(z.string()),
  /**
   * Why the tenant could not be verified: the token's own code and message when no token was issued (`dns-failure`,
   * `invalid-credentials`…; `failedChecks` is then `["token"]`), or why the run could not start or finish
   * (unreadable secret, bad saved gateway, cancelled; `failedChecks` empty). Null when a token was issued.
   */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  durationMs: z.number().int().nonnegative(),
});
export type FleetTenantResult = z.infer<typeof fleetTenantResultSchema>;

export const fleetRunSchema = z.object({
  ok: z.boolean(),
  total: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** In profile-id order. */
  results: z.array(fleetTenantResultSchema),
  /** Profiles without stored credentials: not verified, not counted. */
  skipped: z.array(z.string()),
  /** Profiles a cancel stopped before they finished (app only; each also has a result with error `cancelled`). */
  cancelled: z.array(z.string()),
  durationMs: z.number().int().nonnegative(),
});
export type FleetRun = z.infer<typeof fleetRunSchema>;

/** Where one tenant stands in a run: each row of the tenants view follows these. */
export const fleetTenantStateSchema = z.enum(['queued', 'running', 'waiting', 'passed', 'failed', 'cancelled']);
export type FleetTenantState = z.infer<typeof fleetTenantStateSchema>;

export const fleetProgressSchema = z.object({
  runId: z.string(),
  profileId: z.string(),
  state: fleetTenantStateSchema,
  /** For `waiting`: how long this tenant backs off (Mimecast asked it to slow down, or a server error). */
  waitMs: z.number().int().nonnegative().optional(),
  result: fleetTenantResultSchema.optional(),
  /** Finished tenants so far, and how many there are in this run: the live region reads them out. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type FleetProgress = z.infer<typeof fleetProgressSchema>;
