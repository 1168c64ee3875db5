import type { Services } from '../services/compose.ts';
import type { IpRangesInput } from '../services/ip-ranges/ip-ranges-service.ts';

/**
 * What a CLI command establishes, recorded in the profile's checklist as the app would, so an onboarding done from
 * the command line reads as done in the progress and the completion report ("completed by alex (CLI)", with the
 * time). Each fact completes only its own part; whether a step is complete is still decided by the checklist's rules
 * (a step the window gates on a service's state is complete only when that state holds).
 *
 * The gates themselves follow the services' own state: the credentials service reports stored keys, the verification
 * service a run on the saved gateway (never a one-off on another one).
 */

/**
 * `credentials set` stored the keys and said so: the "Capture the keys" step's one tick (close the Mimecast dialog
 * only once the assistant confirmed it stored them) is what that confirmation stands for. The step completes once
 * a verification on the saved gateway passes too.
 */
export function keysStored(services: Services, profileId: string): void {
  services.progress.update(profileId, { op: 'tick', step: 'capture-keys', action: 'close-dialog', checked: true });
}

/**
 * `check-ip-ranges --profile`: the lists and their verdict saved in the profile, as the app's check saves them (its
 * gate follows the verdict), and the step's question answered: the admin is setting Admin IP Ranges. The console
 * ticks (open the settings, paste and save) stay the admin's: the CLI cannot see the Mimecast console.
 */
export function ipRangesChecked(services: Services, profileId: string, input: IpRangesInput): void {
  services.ipRanges.save(profileId, input);
  services.progress.update(profileId, { op: 'choose', choice: 'admin-ip-plan', value: 'set' });
}

/** `submit`: the hand-off step's gate follows the recorded hand-off, as it does after the app's hand-off. */
export function handedOff(services: Services, profileId: string): void {
  services.progress.reportGate(profileId, 'handoff', services.lifecycle.migrationGate(profileId));
}
