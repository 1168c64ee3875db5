import { Readable } from 'node:stream';
import { runCli } from '../../electron/cli/index.ts';

/** Runs the CLI in-process with the given argv, stdin text and environment; returns exit code and output. */
export async function cli(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: Readable.from([stdin]),
    env,
  });
  return { code, stdout, stderr };
}
