import { visibleName } from '../../../shared/domain/name-text.ts';
import { checkBaseUrl, choiceFor } from '../../../shared/verification/gateways.ts';
import { EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';
import { asCliInput, statusJson, statusText } from './credentials-common.ts';
import { keysStored } from '../checklist-facts.ts';
import { cleanCredentialInput } from '../../services/secrets/credential-input.ts';

/**
 * `credentials set --client-id ID [--base-url URL]` (the ID is required, checked by the parser): the secret comes
 * from stdin (one line), never from argv. `--base-url` saves the profile's gateway, which `verify` and `fleet verify`
 * then use (as the app's picker does).
 */
export async function run(context: CliContext): Promise<CliOutcome> {
  const clientId = String(context.values['client-id']);
  // Checked before the secret is read: a typo in the URL must not cost the admin a paste.
  const rawBaseUrl = context.values['base-url'];
  const gateway = rawBaseUrl === undefined ? undefined : checkBaseUrl(String(rawBaseUrl));
  if (gateway && !gateway.ok) throw new UsageError(gateway.message, gateway.code);
  const clientSecret = await context.readStdinLine('Client Secret');
  const services = context.services();
  // Registered at once: whatever fails next, the secret cannot reach a message or the log.
  services.redactor.register(clientSecret.trim());
  const input = { clientId, clientSecret, confirmedFields: context.values['fields-confirmed'] === true };
  // A new profile is made only once the values are acceptable and there is a store to keep them in: a refused command
  // leaves no profile behind (the checks run again, on the locked record, when the keys are stored).
  if (!services.profiles.resolve(context.global.profile)) {
    await asCliInput(services.redactor, async () => {
      cleanCredentialInput(input, { confirmedFields: input.confirmedFields });
      await services.credentials.storeInfo();
    });
  }
  const profile = context.profile({ create: true });
  const result = await asCliInput(services.redactor, () => services.credentials.capture(profile.id, input));
  for (const notice of result.notices) context.io.stderr(`Note: ${notice}\n`);
  keysStored(services, profile.id);
  const saved = gateway?.ok ? services.verification.setGateway(profile.id, choiceFor(gateway.baseUrl)) : undefined;
  const info = await services.credentials.storeInfo();
  const text = statusText(result, visibleName(profile.name), info.label);
  return {
    exitCode: EXIT_OK,
    json: statusJson(result),
    text: saved ? `${text}\nGateway saved for “${visibleName(profile.name)}”: ${services.verification.baseUrl(profile.id)}` : text,
  };
}
