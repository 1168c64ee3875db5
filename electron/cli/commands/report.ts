import { resolve } from 'node:path';
import { EXIT_OK, UsageError, type CliContext, type CliOutcome } from '../command.ts';

/** `report --out FILE`: the completion report as one self-contained HTML file (no secret in it). */
export async function run(context: CliContext): Promise<CliOutcome> {
  const out = String(context.values.out);
  const profile = context.profile();
  try {
    await context.services().report.writeHtml(profile.id, resolve(out));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^E(ACCES|PERM|NOENT|ISDIR|ROFS|NOTDIR)$/.test(code)) {
      throw new UsageError(`Cannot write ${out} (${code}). Check that the folder exists and that you may write there.`, 'out-unwritable');
    }
    throw error;
  }
  return { exitCode: EXIT_OK, json: { written: out }, text: `Completion report written to ${out}. It holds no secret; the Client ID is masked.` };
}
