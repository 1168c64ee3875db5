import { updatesChannels } from '../../../shared/ipc/channels/updates.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';
import type { UpdatesService } from '../updates/updates-service.ts';

/** The About panel: what the updater is doing, "Check now", and "Restart now" once an update is ready. */
export function createUpdatesHandlers(updates: UpdatesService): FeatureHandlers<typeof updatesChannels> {
  return featureHandlers(updatesChannels, {
    'updates.status': () => updates.status(),
    'updates.check': () => updates.check(),
    'updates.restart': async () => {
      await updates.restart();
      return { restarting: true as const };
    },
  });
}
