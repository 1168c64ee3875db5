import { appChannels } from '../../../shared/ipc/channels/app.ts';
import { AppError } from '../../../shared/errors.ts';
import type { SecretStoreInfo } from '../../../shared/domain/secret-backend.ts';
import { externalLinks, isAllowedExternalUrl } from '../../../shared/links.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';

export interface AppHandlerDeps {
  version: string;
  platform: string;
  profiles: ProfilesService;
  secretStoreInfo: () => Promise<SecretStoreInfo> | SecretStoreInfo;
  openExternal: (url: string) => Promise<void>;
}

export function createAppHandlers(deps: AppHandlerDeps): FeatureHandlers<typeof appChannels> {
  return featureHandlers(appChannels, {
    'app.info': async () => ({
      version: deps.version,
      platform: deps.platform,
      secretStore: await deps.secretStoreInfo(),
      storeRecoveries: deps.profiles.recoveries(),
    }),
    'app.openExternal': async ({ linkId }) => {
      const url = (externalLinks as Record<string, string>)[linkId];
      if (!url || !isAllowedExternalUrl(url)) throw new AppError('unknown-link', 'That link is not one the app opens.');
      // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the URL is looked up by id in shared/links.ts and re-checked against the https allowlist just above
      await deps.openExternal(url);
      return { opened: true };
    },
  });
}
