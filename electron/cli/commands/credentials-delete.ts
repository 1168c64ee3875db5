import { visibleName } from '../../../shared/domain/name-text.ts';
import { EXIT_OK, type CliContext, type CliOutcome } from '../command.ts';
import { asCliInput } from './credentials-common.ts';

/** `credentials delete`: removes the secret from the keychain and the Client ID from the profile. */
export async function run(context: CliContext): Promise<CliOutcome> {
  const profile = context.profile();
  const services = context.services();
  await asCliInput(services.redactor, () => services.credentials.delete(profile.id));
  return { exitCode: EXIT_OK, json: { stored: false }, text: `The Client ID and secret of “${visibleName(profile.name)}” are deleted.` };
}
