import type { VerificationReport } from '../../../shared/verification/report.ts';
import type { CredentialsService } from '../secrets/secret-store.ts';

/**
 * What the hand-off needs from its neighbours, narrowed to the calls it makes, so tests can pass small fakes and the
 * composition root passes the real services.
 */
export interface VerificationPort {
  latest(profileId: string): Promise<VerificationReport | undefined> | VerificationReport | undefined;
  run(profileId: string): Promise<VerificationReport>;
}

export type CredentialsPort = Pick<CredentialsService, 'status' | 'withCredentials' | 'forgetSecret'>;

/** The account under which a profile's intake bearer token is kept in the SecretStore (never in settings). */
export function intakeTokenAccount(profileId: string): string {
  return `${profileId}:intake-token`;
}
