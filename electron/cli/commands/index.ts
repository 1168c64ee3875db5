import type { CliCommand } from '../command.ts';
import { notYetAvailable } from './not-yet-available.ts';
import { credentialsSetCommand } from './credentials-set.ts';
import { credentialsStatusCommand } from './credentials-status.ts';
import { credentialsDeleteCommand } from './credentials-delete.ts';
import { checkIpRangesCommand } from './check-ip-ranges.ts';
import { verifyCommand } from './verify.ts';

/** Every command of the CLI contract, in the order `--help` lists them. */
export const commands: CliCommand[] = [
  credentialsSetCommand,
  credentialsStatusCommand,
  credentialsDeleteCommand,
  verifyCommand,
  checkIpRangesCommand,
  notYetAvailable('submit', 'Send the credentials to an HTTPS intake (token from MIMECAST_AW_INTAKE_TOKEN).', '--intake-url URL [--account-name NAME]', { 'intake-url': { type: 'string' }, 'account-name': { type: 'string' } }),
  notYetAvailable('report', 'Write the completion report (HTML).', '--out FILE', { out: { type: 'string' } }),
];
