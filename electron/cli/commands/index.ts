import type { CliCommand } from '../command.ts';
import { INTAKE_TOKEN_ENV, networkOptions } from '../options.ts';
import { permissionCount } from '../../../shared/verification/checks.ts';

const SECRET_FROM_STDIN = 'The Client Secret is read from stdin, one line: piped, or typed at a prompt that shows nothing.';

/** The command that makes a store key (it takes none itself). */
export const STORE_KEY_CREATE = 'store-key create';

/**
 * Every command of the CLI contract (docs/cli.md), in the order `--help` lists them. Each entry declares the
 * command's options (the parser and `--help` use them as they are) and loads its implementation only when it runs,
 * so `--help` and usage errors stay fast. Adding an option: one entry in `options`, then read `context.values`.
 */
export const commands: CliCommand[] = [
  {
    name: 'credentials set',
    summary: 'Store the Client ID and the Client Secret (read from stdin) for the profile.',
    options: {
      'client-id': { type: 'string', value: 'ID', required: true, help: 'the Client ID from the Mimecast “Manage API 2.0 Credentials” dialog' },
      'base-url': { type: 'string', value: 'URL', help: 'save this Mimecast API gateway for the profile; verify and fleet verify then use it' },
      'fields-confirmed': {
        type: 'boolean',
        help: 'the Client ID and the secret are the right way round: overrules the length-based swap warning (never the other checks)',
      },
    },
    notes: [SECRET_FROM_STDIN, 'The profile is created when it does not exist yet.'],
    load: () => import('./credentials-set.ts'),
  },
  {
    name: STORE_KEY_CREATE,
    summary: 'Write a new private key for the key-file store (machines without a keychain: cron, servers, containers, CI).',
    options: {},
    argument: { name: 'file', value: 'FILE', help: 'the key file to write (mode 0600), outside the data folder' },
    notes: [
      'Then give it to every command with --store-key FILE or MIMECAST_AW_STORE_KEY_FILE: their secrets are kept in the data folder, encrypted to it.',
      'It never replaces an existing file. Whoever can read the key can read the secrets: keep it readable by this account only, away from the data folder.',
    ],
    load: () => import('./store-key-create.ts'),
  },
  {
    name: 'credentials status',
    summary: 'Show what is stored for the profile (never the secret).',
    options: {},
    load: () => import('./credentials-status.ts'),
  },
  {
    name: 'credentials delete',
    summary: 'Remove the stored Client ID and secret.',
    options: {},
    load: () => import('./credentials-delete.ts'),
  },
  {
    name: 'verify',
    summary: `Get a token and probe each of the ${permissionCount} permissions.`,
    options: {
      'base-url': { type: 'string', value: 'URL', help: 'the Mimecast API gateway to use, e.g. https://api.services.mimecast.com' },
      'client-id': { type: 'string', value: 'ID', help: 'verify this Client ID, its secret read from stdin, instead of the stored credentials' },
      ...networkOptions,
    },
    notes: [
      `Exit 0 when the token and all ${permissionCount} permissions work and the role can read nothing more (least privilege); 1 when any of them failed, least privilege included.`,
      'Against another gateway than the profile’s saved one (--base-url), the run is a one-off: recorded as such, never the profile’s result.',
    ],
    load: () => import('./verify.ts'),
  },
  {
    name: 'fleet verify',
    summary: 'Verify every profile with stored credentials (or those listed), each on its own saved gateway.',
    options: {
      profiles: { type: 'string', value: 'ID,ID…', help: 'only these profile ids, comma-separated (default: every profile with stored credentials)' },
      concurrency: { type: 'string', value: 'N', help: 'tenants verified at the same time, 1–16 (default 4)' },
      csv: { type: 'string', value: 'FILE', help: 'also write one row per tenant to this CSV file, for a spreadsheet' },
      ...networkOptions,
    },
    notes: ['Exit 0 when every tenant passed, 1 when any failed or none had credentials.'],
    load: () => import('./fleet-verify.ts'),
  },
  {
    name: 'check-ip-ranges',
    summary: 'Check Admin IP Ranges against the Arctic Wolf ranges.',
    options: {
      admin: { type: 'string', value: 'FILE', required: true, help: 'a text file with the ranges you intend to enter in Mimecast, one per line' },
      'arctic-wolf': { type: 'string', value: 'FILE', required: true, help: 'a text file with the Arctic Wolf ranges from the Unified Portal, one per line' },
      'current-ip': { type: 'string', value: 'IP', help: 'the address you sign in from, to warn when the list would lock you out' },
    },
    notes: [
      'Exit 0 ok (warnings allowed), 1 caution or invalid entries, 2 an unreadable file.',
      'Blank lines and # comments in the files are ignored.',
      'With --profile, the check is recorded in that profile (its checklist and completion report); without it, nothing is written.',
    ],
    load: () => import('./check-ip-ranges.ts'),
  },
  {
    name: 'submit',
    summary: `Send the credentials to an HTTPS intake (token from ${INTAKE_TOKEN_ENV}).`,
    options: {
      'intake-url': { type: 'string', value: 'URL', required: true, help: 'the HTTPS address of the intake' },
      'account-name': { type: 'string', value: 'NAME', help: 'the account name on the receiving side, e.g. "Mimecast API 2.0 - Contoso"' },
      ...networkOptions,
    },
    notes: [`The intake's bearer token is read from the environment variable ${INTAKE_TOKEN_ENV}, never from the command line.`],
    load: () => import('./submit.ts'),
  },
  {
    name: 'report',
    summary: 'Write the completion report (HTML).',
    options: {
      out: { type: 'string', value: 'FILE', required: true, help: 'the HTML file to write, for example report.html' },
    },
    notes: ['The report holds no secret; the Client ID is masked.'],
    load: () => import('./report.ts'),
  },
];
