import { EXIT_OK, type CliContext, type CliOutcome } from '../command.ts';
import { asCliInput, statusJson, statusText } from './credentials-common.ts';

/** `credentials status`: what is stored for the profile, never the secret. Reads the profile only. */
export async function run(context: CliContext): Promise<CliOutcome> {
  const profile = context.profile();
  const services = context.services();
  const status = await asCliInput(services.redactor, () => services.credentials.status(profile.id));
  // Only a secret found without its record needed the keychain opened; then its name says where the secret is.
  const label = status.recordLost ? (await services.credentials.storeInfo()).label : undefined;
  return { exitCode: EXIT_OK, json: statusJson(status), text: statusText(status, profile.name, label) };
}
