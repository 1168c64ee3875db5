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

/** Every operation acts on the profile the request names; no secret ever goes back to the renderer. */
export function createCredentialHandlers({ profiles, credentials, clipboard }: CredentialHandlerDeps): FeatureHandlers<typeof credentialChannels> {
  return featureHandlers(credentialChannels, {
    'credentials.capture': ({ profileId, ...request }) => credentials.capture(profiles.existing(profileId), request),
    'credentials.status': ({ profileId }) => credentials.status(profiles.existing(profileId)),
    'credentials.delete': ({ profileId }) => credentials.delete(profiles.existing(profileId)),
    'credentials.forgetSecret': ({ profileId }) => credentials.forgetSecret(profiles.existing(profileId)),
    'credentials.copy': ({ profileId, field }) => clipboard.copy(profiles.existing(profileId), field),
    'credentials.storeInfo': () => credentials.storeInfo(),
  });
}
