import type { CliCommand } from '../command.ts';
import { credentialsSetCommand } from './credentials-set.ts';
import { credentialsStatusCommand } from './credentials-status.ts';
import { credentialsDeleteCommand } from './credentials-delete.ts';
import { checkIpRangesCommand } from './check-ip-ranges.ts';
import { verifyCommand } from './verify.ts';
import { fleetVerifyCommand } from './fleet-verify.ts';
import { submitCommand } from './submit.ts';
import { reportCommand } from './report.ts';

/** Every command of the CLI contract, in the order `--help` lists them. */
export const commands: CliCommand[] = [
  credentialsSetCommand,
  credentialsStatusCommand,
  credentialsDeleteCommand,
  verifyCommand,
  fleetVerifyCommand,
  checkIpRangesCommand,
  submitCommand,
  reportCommand,
];
