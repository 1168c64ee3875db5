import { z } from 'zod';
import { defineChannel } from '../define.ts';
import { fleetConcurrencySchema, fleetRunSchema } from '../../fleet/fleet-run.ts';
import { tenantsOverviewSchema } from '../../fleet/tenant-row.ts';

/**
 * The tenants view: every profile at a glance, and "Verify all" with the same engine as the CLI's `fleet verify`.
 * A run reports each tenant through the `tenants.progress` event; `tenants.verifyAll` answers when the run ends.
 */
export const tenantsChannels = {
  'tenants.overview': defineChannel({ request: z.void(), response: tenantsOverviewSchema, errors: [] }),
  'tenants.verifyAll': defineChannel({
    request: z.object({ concurrency: fleetConcurrencySchema.optional() }),
    response: fleetRunSchema.extend({ runId: z.string() }),
    errors: ['fleet-running'],
  }),
  /** Stops the run under way: tenants not started are not verified; answers whether a run was under way. */
  'tenants.cancel': defineChannel({ request: z.void(), response: z.object({ cancelled: z.boolean() }), errors: [] }),
} as const;
