import type { IpRangeCheckResult } from '../../shared/ip-ranges/result.ts';

/**
 * The services speak the app's language ("Capture them first", "paste each value into its own field"); at a command
 * line the same facts need the command line's words: which command to run, which option holds what. Keyed by error
 * code, so a message the app changes still reaches the CLI in its own words.
 */
const SECRET_ON_STDIN = 'the Client Secret on stdin (printf \'%s\\n\' "$SECRET" | mimecast-aw …)';

export function cliMessage(code: string, message: string, profile: string): string {
  const onProfile = profile === 'default' ? '' : ` --profile ${/^[\w.-]+$/.test(profile) ? profile : `'${profile.replace(/'/g, "'\\''")}'`}`;
  switch (code) {
    case 'no-credentials':
      return message.includes('forgotten')
        ? message
        : `No Client ID and Secret are stored for this profile. Store them first: mimecast-aw credentials set${onProfile} --client-id ID, with ${SECRET_ON_STDIN}.`;
    case 'credentials-swapped':
      return `The Client ID and the Client Secret look swapped: --client-id holds what looks like the secret. Give the Client ID (listed first in the Mimecast dialog) to --client-id and ${SECRET_ON_STDIN}. Nothing was stored.`;
    case 'client-id-looks-secret':
      return `The value given to --client-id looks like a Client Secret (it has characters a Client ID never has). Give the Client ID to --client-id and ${SECRET_ON_STDIN}. Nothing was stored.`;
    default:
      return message;
  }
}

/** `check-ip-ranges`: an empty Arctic Wolf file is named as the file it is, not as a field to paste into. */
export function cliIpRangeResult(result: IpRangeCheckResult, arcticWolfFile: string): IpRangeCheckResult {
  return {
    ...result,
    errors: result.errors.map((error) =>
      error.file === 'arctic-wolf' && error.input === ''
        ? {
            ...error,
            message: `The Arctic Wolf list in ${arcticWolfFile} holds no range, so there is nothing to compare your list with. Put the ranges from the Arctic Wolf Unified Portal (Resources > Allowlist Requirements, the section for your product) in that file, one per line.`,
          }
        : error,
    ),
  };
}
