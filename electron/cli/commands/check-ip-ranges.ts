import { open } from 'node:fs/promises';
import { MAX_LIST_CHARS } from '../../../shared/ip-ranges/profile-section.ts';
import { checkIpRanges } from '../../../shared/ip-ranges/check.ts';
import { parseCurrentIp } from '../../../shared/ip-ranges/parse-entries.ts';
import type { IpRangeCheckResult } from '../../../shared/ip-ranges/result.ts';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';
import { ipRangesChecked } from '../checklist-facts.ts';
import { cliIpRangeResult } from '../cli-wording.ts';
import type { Style } from '../style.ts';

/**
 * `check-ip-ranges --admin FILE --arctic-wolf FILE [--current-ip IP]`: the Admin IP Ranges caution check. Without
 * `--profile` it reads two files and touches no profile, so it creates nothing in the data folder; with `--profile`
 * the check is recorded in that (existing) profile, as the app's check is.
 */
export async function run(context: CliContext): Promise<CliOutcome> {
  const { values } = context;
  // Both files are required options: the parser has refused a line without them.
  const adminFile = String(values.admin);
  const arcticWolfFile = String(values['arctic-wolf']);
  const current = typeof values['current-ip'] === 'string' ? parseCurrentIp(values['current-ip']) : undefined;
  if (current && !current.ok) throw new UsageError(`--current-ip: ${current.message}`, 'invalid-current-ip');

  const [adminText, arcticWolfText] = await Promise.all([readList(adminFile, '--admin'), readList(arcticWolfFile, '--arctic-wolf')]);
  const result = cliIpRangeResult(checkIpRanges({ adminText, arcticWolfText, currentIp: current?.range }), arcticWolfFile);
  if (context.global.profileGiven) {
    const profile = context.profile();
    ipRangesChecked(context.services(), profile.id, { adminText, arcticWolfText, currentIp: typeof values['current-ip'] === 'string' ? values['current-ip'].trim() : '' });
  }
  return { exitCode: result.verdict === 'ok' ? EXIT_OK : EXIT_FAILED, json: result, text: describe(result, adminFile, arcticWolfFile, context.style) };
}

/**
 * Reads a list file, at most the size the app accepts for one list (the same bound as its Admin IP Ranges fields):
 * a wrong file (a log, a dump of a million lines) is refused with its size instead of filling memory.
 */
async function readList(file: string, flag: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    // UTF-8 needs at least one byte per character: a file within the character bound is within four times as many bytes.
    const limit = MAX_LIST_CHARS * 4;
    if (size > limit) throw new UsageError(tooLarge(file, flag, size), 'list-too-large');
    const text = (await handle.readFile()).toString('utf8');
    if (text.length > MAX_LIST_CHARS) throw new UsageError(tooLarge(file, flag, size), 'list-too-large');
    return text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it cannot be read (it is a folder)' : 'it cannot be read';
    throw new UsageError(`${flag}: “${file}” could not be opened because ${reason}. Check the path and try again.`, 'unreadable-file');
  } finally {
    await handle?.close();
  }
}

function tooLarge(file: string, flag: string, size: number): string {
  const megabytes = (size / 1_000_000).toFixed(1);
  return `${flag}: “${file}” is too large to be a list of IP ranges (${megabytes} MB; at most ${MAX_LIST_CHARS.toLocaleString('en-US')} characters). Check that this is the right file.`;
}

const VERDICT_TEXT = {
  ok: 'OK: the admin list is not made of Arctic Wolf addresses only, and locks out no address given.',
  caution: 'CAUTION: do not save this list in Mimecast as it is. Saved, it would lock people out of the Administration Console (why, under Warnings).',
  invalid: 'INVALID: the lists could not be compared. Fix the entries listed below and run the check again.',
} as const;

/** The report for people: verdict, what to fix, what to look at, then the canonical list (ready to paste only when ok). */
function describe(result: IpRangeCheckResult, adminFile: string, arcticWolfFile: string, style: Style): string {
  const fileName = { admin: adminFile, 'arctic-wolf': arcticWolfFile } as const;
  // The verdict's first word (OK, CAUTION, INVALID) in its colour at a terminal.
  const [word, ...rest] = VERDICT_TEXT[result.verdict].split(':');
  const colour = result.verdict === 'ok' ? style.ok : result.verdict === 'caution' ? style.warn : style.bad;
  const lines: string[] = [`${colour(word!)}:${rest.join(':')}`];
  if (result.errors.length > 0) {
    lines.push('', 'Errors:');
    for (const e of result.errors) lines.push(`  ${fileName[e.file]}:${e.line}: ${e.message}`);
  }
  if (result.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const w of result.warnings) lines.push(`  [${w.code}] ${w.message}`);
  }
  // Appended one by one: spreading a long list into push() overflows the call stack.
  if (result.adminRanges.length > 0) {
    const heading = result.verdict === 'ok' ? 'Admin ranges (canonical, ready to paste):' : 'Admin ranges as read (canonical; fix the list before you paste it):';
    lines.push('', heading);
    for (const range of result.adminRanges) lines.push(`  ${range}`);
  }
  return lines.join('\n');
}
