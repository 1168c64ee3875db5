import { EXIT_OK, type CliCommand } from '../command.ts';
import { asCliInput } from './credentials-common.ts';

/** `credentials delete`: removes the secret from the keychain and the Client ID from the profile. */
export const credentialsDeleteCommand: CliCommand = {
  name: 'credentials delete',
  summary: 'Remove the stored Client ID and secret.',
  usage: '',
  options: {},
  async run(context) {
    const profile = context.profile();
    const services = context.services();
    await asCliInput(services.redactor, () => services.credentials.delete(profile.id));
    return { exitCode: EXIT_OK, json: { stored: false }, text: `The Client ID and secret of “${profile.name}” are deleted.` };
  },
};
