import { KEY_FILE_STORE_LABEL } from '../../services/secrets/key-file-secret-store.ts';
import { visibleName } from '../../../shared/domain/name-text.ts';
import { EXIT_OK, type CliContext, type CliOutcome } from '../command.ts';
import { asCliInput, statusJson, statusText, storeProblemText } from './credentials-common.ts';

/**
 * `credentials status`: what is stored for the profile, never the secret, and whether this run can read it (the
 * secret is read and dropped): `readable`, and when false the `problem` that the same run's `verify` would exit 2 with.
 * It only reports, so it exits 0 either way.
 */
export async function run(context: CliContext): Promise<CliOutcome> {
  const profile = context.profile();
  const services = context.services();
  const status = await asCliInput(services.redactor, () => services.credentials.status(profile.id));
  // Only a secret found without its record needed the keychain opened; then its name says where the secret is.
  const label = status.recordLost ? (await services.credentials.storeInfo()).label : status.backend === 'key-file' ? KEY_FILE_STORE_LABEL : undefined;
  const text = statusText(status, visibleName(profile.name), label);
  if (!status.stored || status.recordLost) return { exitCode: EXIT_OK, json: statusJson(status), text };

  const access = await services.credentials.checkReadable(profile.id);
  if (access.readable) return { exitCode: EXIT_OK, json: { ...statusJson(status), readable: true }, text: `${text}\nThis run can read it.` };
  const problem = { code: access.code, message: storeProblemText(access.code, access.message) };
  return { exitCode: EXIT_OK, json: { ...statusJson(status), readable: false, problem }, text: `${text}\nThis run cannot read it: ${problem.message}` };
}
