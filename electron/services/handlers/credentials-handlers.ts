import { credentialChannels } from '../../../shared/ipc/channels/credentials.ts';
import type { ProfilesService } from '../profiles/profiles-service.ts';
import { featureHandlers, type FeatureHandlers } from '../router.ts';
import type { ClipboardService } from '../secrets/clipboard-service.ts';
import type { CredentialsService } from '../secrets/secret-store.ts';

export interface CredentialHandlerDeps {
  profiles: ProfilesService;
  credentials: CredentialsService;
  clipboard: ClipboardService;
}

/** Every operation acts on the active profile: the renderer never names another profile's secret. */
export function createCredentialHandlers({ profiles, credentials, clipboard }: CredentialHandlerDeps): FeatureHandlers<typeof credentialChannels> {
  const active = (): string => profiles.active().id;
  return featureHandlers(credentialChannels, {
    'credentials.capture': (request) => credentials.capture(active(), request),
    'credentials.status': () => credentials.status(active()),
    'credentials.delete': () => credentials.delete(active()),
    'credentials.forgetSecret': () => credentials.forgetSecret(active()),
    'credentials.copy': ({ field }) => clipboard.copy(active(), field),
    'credentials.storeInfo': () => credentials.storeInfo(),
  });
}
