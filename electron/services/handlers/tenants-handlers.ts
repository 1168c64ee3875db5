import { tenantsChannels } from '../../../shared/ipc/channels/tenants.ts';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import type { FleetProgress } from '../../../shared/fleet/fleet-run.ts';
import type { FleetService } from '../fleet/fleet-service.ts';
import { featureHandlers, type FeatureHandlers, type Handlers } from '../router.ts';

export interface TenantsHandlersDeps {
  overview: { read(): ReturnType<Handlers['tenants.overview']> };
  fleet: Pick<FleetService, 'verify'>;
  onProgress: (progress: FleetProgress) => void;
}

/** The tenants view's operations. One "Verify all" at a time: a second click while one runs is refused, not doubled. */
export function createTenantsHandlers(deps: TenantsHandlersDeps): FeatureHandlers<typeof tenantsChannels> {
  let current: { runId: string; controller: AbortController } | undefined;
  return featureHandlers(tenantsChannels, {
    'tenants.overview': () => deps.overview.read(),
    async 'tenants.verifyAll'({ concurrency }) {
      if (current) throw new AppError('fleet-running', 'A “Verify all” is already running. Wait for it to finish, or cancel it first.');
      const run = { runId: randomUUID(), controller: new AbortController() };
      current = run;
      try {
        const result = await deps.fleet.verify({
          ...(concurrency ? { concurrency } : {}),
          signal: run.controller.signal,
          onUpdate: (update) => deps.onProgress({ runId: run.runId, ...update }),
        });
        return { ...result, runId: run.runId };
      } finally {
        current = undefined;
      }
    },
    'tenants.cancel'() {
      if (!current) return { cancelled: false };
      current.controller.abort();
      return { cancelled: true };
    },
  });
}
