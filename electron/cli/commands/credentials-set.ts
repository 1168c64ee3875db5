import { EXIT_OK, UsageError, type CliCommand } from '../command.ts';
import { asCliInput, statusJson, statusText } from './credentials-common.ts';

/** `credentials set --client-id ID`: the secret comes from stdin (one line), never from argv. */
export const credentialsSetCommand: CliCommand = {
  name: 'credentials set',
  summary: 'Store the Client ID and the Client Secret (read from stdin) for the profile.',
  usage: '--client-id ID',
  options: { 'client-id': { type: 'string' } },
  async run(context) {
    const clientId = context.values['client-id'];
    if (typeof clientId !== 'string' || clientId.trim() === '') {
      throw new UsageError('--client-id ID is required: the Client ID from the Mimecast “Manage API 2.0 Credentials” dialog. The secret is read from stdin.');
    }
    const clientSecret = await context.readStdinLine('Client Secret');
    const services = context.services();
    // Registered at once: whatever fails next, the secret cannot reach a message or the log.
    services.redactor.register(clientSecret.trim());
    const profile = context.profile({ create: true });
    const result = await asCliInput(services.redactor, () => services.credentials.capture(profile.id, { clientId, clientSecret }));
    for (const notice of result.notices) context.io.stderr(`Note: ${notice}\n`);
    const info = await services.credentials.storeInfo();
    return { exitCode: EXIT_OK, json: statusJson(result), text: statusText(result, profile.name, info.label) };
  },
};
