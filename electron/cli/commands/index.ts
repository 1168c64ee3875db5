import type { CliCommand } from '../command.ts';
import { notYetAvailable } from './not-yet-available.ts';
import { checkIpRangesCommand } from './check-ip-ranges.ts';

/** Every command of the CLI contract, in the order `--help` lists them. */
export const commands: CliCommand[] = [
  notYetAvailable('credentials set', 'Store the Client ID and the Client Secret (read from stdin) for the profile.', '--client-id ID', { 'client-id': { type: 'string' } }),
  notYetAvailable('credentials status', 'Show what is stored for the profile (never the secret).', '', {}),
  notYetAvailable('credentials delete', 'Remove the stored Client ID and secret.', '', {}),
  notYetAvailable('verify', 'Get a token and probe each of the four permissions.', '[--base-url URL] [--client-id ID]', { 'base-url': { type: 'string' }, 'client-id': { type: 'string' } }),
  checkIpRangesCommand,
  notYetAvailable('submit', 'Send the credentials to an HTTPS intake (token from MIMECAST_AW_INTAKE_TOKEN).', '--intake-url URL [--account-name NAME]', { 'intake-url': { type: 'string' }, 'account-name': { type: 'string' } }),
  notYetAvailable('report', 'Write the completion report (HTML).', '--out FILE', { out: { type: 'string' } }),
];
