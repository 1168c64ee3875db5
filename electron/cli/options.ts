import type { OptionSpecs } from './command.ts';

/** The environment variable `submit` takes the intake's bearer token from (never argv). */
export const INTAKE_TOKEN_ENV = 'MIMECAST_AW_INTAKE_TOKEN';

/** The options every command takes, anywhere on the line (docs/cli.md). */
export const globalOptions = {
  'data-dir': { type: 'string', value: 'DIR', help: 'where profiles live (default: the app’s user-data folder; env MIMECAST_AW_DATA_DIR)' },
  profile: { type: 'string', value: 'NAME', help: 'the tenant profile, by id or name (default: default)' },
  'store-key': {
    type: 'string',
    value: 'FILE',
    help: 'keep and read this run’s secrets in the key-file store, encrypted to this key (env MIMECAST_AW_STORE_KEY_FILE); for machines without a keychain',
  },
  json: { type: 'boolean', help: 'print exactly one JSON document on stdout' },
  help: { type: 'boolean', short: 'h', help: 'show the usage of the command (or the list of commands)' },
  version: { type: 'boolean', short: 'V', help: 'print the version (-v too)' },
} as const satisfies OptionSpecs;

/**
 * The options of every command that goes out to the network (`verify`, `submit`, …): spread into those commands'
 * `options`, so a network option is added here once.
 */
export const networkOptions: OptionSpecs = {
  proxy: { type: 'string', value: 'URL', help: 'the proxy to go through (default: HTTPS_PROXY or ALL_PROXY, with NO_PROXY); credentials in it stay secret' },
  'ca-file': { type: 'string', value: 'FILE', help: 'a PEM file with a company root certificate to trust besides the system’s and the bundled ones' },
};
