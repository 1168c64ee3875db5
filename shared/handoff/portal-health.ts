import { z } from 'zod';

/**
 * The health states a cloud sensor shows in the Arctic Wolf Unified Portal after "Test and submit credentials".
 * The admin records the one they saw; the assistant never sees the portal itself.
 */
export const portalHealthStates = [
  'Healthy',
  'Pending Arctic Wolf Config',
  'Invalid Credentials',
  'Degraded',
  'Provisioned',
  'Not Available',
] as const;
export const portalHealthSchema = z.enum(portalHealthStates);
export type PortalHealth = z.infer<typeof portalHealthSchema>;

/** States meaning Arctic Wolf accepted the credentials: the hand-off is confirmed. */
const acceptedStates: ReadonlySet<PortalHealth> = new Set(['Healthy', 'Pending Arctic Wolf Config', 'Provisioned']);

export function isAcceptedHealth(state: PortalHealth): boolean {
  return acceptedStates.has(state);
}

/** What each state means and what to do about it, in the admin's words. */
export const portalHealthAdvice: Record<PortalHealth, string> = {
  Healthy: 'Arctic Wolf is receiving Mimecast data. Nothing more to do.',
  'Pending Arctic Wolf Config': 'Your credentials are accepted. The Concierge Security Team finishes the set-up and follows up with you.',
  'Invalid Credentials': 'Mimecast rejected the credentials. Generate new ones, verify them here, then submit them again in the portal.',
  Degraded: 'The account exists but no logs are arriving. Re-run verification here; if it passes, contact Arctic Wolf support.',
  Provisioned: 'The account is set up. Data collection starts shortly.',
  'Not Available': 'The portal cannot show a state yet. Check again later; if it stays this way, contact Arctic Wolf support.',
};
