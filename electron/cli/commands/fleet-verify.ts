import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import { FLEET_DEFAULT_CONCURRENCY, FLEET_MAX_CONCURRENCY, type FleetRun } from '../../../shared/fleet/fleet-run.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';
import { fleetCsv } from '../fleet/fleet-csv.ts';
import { fleetTable } from '../fleet/fleet-table.ts';
import { fleetProgress } from '../fleet/fleet-progress.ts';
import { styleFor } from '../style.ts';
import { networkFromFlags } from './network-options.ts';
import { noProtectedStoreCodes, storeProblemText } from './credentials-common.ts';
import type { Services } from '../../services/compose.ts';

/** The contract's `fleet verify --json` document: exactly these fields, in this order (no `cancelled`). */
export function fleetJson(run: FleetRun): Record<string, unknown> {
  return {
    ok: run.ok,
    total: run.total,
    passed: run.passed,
    failed: run.failed,
    results: run.results.map(({ profile, name, ok, baseUrl, failedChecks, error, durationMs }) => ({ profile, name, ok, baseUrl, failedChecks, error, durationMs })),
    skipped: run.skipped,
    durationMs: run.durationMs,
  };
}

function concurrencyOption(context: CliContext): number {
  const raw = context.values.concurrency;
  if (raw === undefined) return FLEET_DEFAULT_CONCURRENCY;
  const text = String(raw).trim();
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= 1 && value <= FLEET_MAX_CONCURRENCY)) {
    throw new UsageError(`--concurrency takes a whole number from 1 to ${FLEET_MAX_CONCURRENCY} (tenants verified at the same time); “${text}” is not one.`);
  }
  return value;
}

function profilesOption(context: CliContext): string[] | undefined {
  const raw = context.values.profiles;
  if (raw === undefined) return undefined;
  const ids = String(raw).split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ids.length === 0) throw new UsageError('--profiles takes a comma-separated list of profile ids, for example --profiles acme,globex.');
  return ids;
}

/** The CSV file must be writable before minutes are spent verifying: a missing folder is an input error. */
function csvOption(context: CliContext): string | undefined {
  const raw = context.values.csv;
  if (raw === undefined) return undefined;
  const path = String(raw).trim();
  if (path === '') throw new UsageError('--csv takes the path of the file to write, for example --csv tenants.csv.');
  const full = resolve(path);
  if (!existsSync(dirname(full)) || !statSync(dirname(full)).isDirectory()) {
    throw new UsageError(`Cannot write ${path}: the folder ${dirname(full)} does not exist.`, 'csv-unwritable');
  }
  if (existsSync(full) && statSync(full).isDirectory()) throw new UsageError(`Cannot write ${path}: it is a folder. Give a file name.`, 'csv-unwritable');
  return full;
}

/** Failures of the run's secret store, not of one tenant: the same for every tenant that hits them. */
const storeProblemCodes = new Set<string>([...noProtectedStoreCodes, 'secret-store-mismatch']);

/**
 * When no tenant's secret can be read in this run (no keychain in this session, no store key, a key that opens none
 * of them), says so once — exit 2, as `verify` does — instead of the same lines for every tenant. Stops at the first
 * tenant it can read: then the run goes ahead and tenants that cannot be read are reported among the results.
 */
async function storeProblemForEveryTenant(services: Services, profiles: string[] | undefined): Promise<UsageError | undefined> {
  const { run } = await services.fleet.plan(profiles);
  const problems = new Map<string, { code: string; message: string; tenants: string[] }>();
  for (const profile of run) {
    const check = await services.credentials.checkReadable(profile.id);
    if (check.readable || !storeProblemCodes.has(check.code)) return undefined;
    const key = `${check.code}\n${check.message}`;
    const seen = problems.get(key) ?? { code: check.code, message: check.message, tenants: [] };
    problems.set(key, { ...seen, tenants: [...seen.tenants, profile.id] });
  }
  const found = [...problems.values()];
  if (found.length === 0) return undefined;
  const count = run.length === 1 ? 'The tenant' : `None of the ${run.length} tenants`;
  if (found.length === 1) {
    const [only] = found as [(typeof found)[number]];
    return new UsageError(`${count} could be verified: ${storeProblemText(only.code, only.message)}`, only.code);
  }
  const lines = found.map((p) => `  ${p.tenants.join(', ')}: ${storeProblemText(p.code, p.message)}`);
  return new UsageError(`${count} could be verified:\n${lines.join('\n')}`, found[0]!.code);
}

/** `fleet verify [--profiles ID,ID…] [--concurrency N] [--csv FILE]`: every tenant with stored credentials. */
export async function run(context: CliContext): Promise<CliOutcome> {
  const network = networkFromFlags(context);
  const concurrency = concurrencyOption(context);
  const profiles = profilesOption(context);
  const csvPath = csvOption(context);
  const services = context.services();
  // At a terminal a person waits: a line per finished tenant on stderr. Never under --json or into a pipe or file.
  const io = context.io;
  const onUpdate = !context.global.json && io.terminal?.stderr
    ? fleetProgress(io.stderr, (id) => services.profiles.resolve(id)?.name ?? id, concurrency, styleFor(true, io.env))
    : undefined;
  let fleetRun: FleetRun;
  try {
    const blocked = await storeProblemForEveryTenant(services, profiles);
    if (blocked) throw blocked;
    // Reports are redacted already; error messages pass through once more, as every CLI message does.
    fleetRun = services.redactor.redactDeep(await services.fleet.verify({ concurrency, source: 'cli', ...(onUpdate ? { onUpdate } : {}), ...(profiles ? { profiles } : {}), ...(network ? { network } : {}) }));
  } catch (error) {
    if (error instanceof AppError && error.code === 'profile-not-found') throw new UsageError(error.message, error.code);
    throw error;
  }
  let text = fleetTable(fleetRun, context.style);
  if (csvPath) {
    try {
      writeFileSync(csvPath, fleetCsv(fleetRun), { mode: 0o600 });
    } catch (error) {
      throw new UsageError(`Cannot write ${csvPath}: ${error instanceof Error ? error.message : String(error)}`, 'csv-unwritable');
    }
    text += `\nWrote ${csvPath}.`;
  }
  return { exitCode: fleetRun.ok ? EXIT_OK : EXIT_FAILED, json: fleetJson(fleetRun), text };
}
