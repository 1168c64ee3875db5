import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../electron/cli/index.ts';
import type { CliIO } from '../../electron/cli/command.ts';

/**
 * Runs the CLI in-process with the given argv, stdin text and environment; returns exit code and output. Neither
 * stdout nor stderr is a terminal unless `terminal` says so (colour and progress are for people at one).
 */
export async function cli(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}, terminal?: CliIO['terminal']) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: Readable.from([stdin]),
    env,
    ...(terminal ? { terminal } : {}),
  });
  return { code, stdout, stderr };
}

/**
 * Runs `mimecast-aw` as a scheduler does: a child process with only the given environment (no D-Bus session, no
 * desktop unless the caller adds them) and stdin a pipe, never a TTY. Asynchronous, so loopback fakes in the test
 * process keep answering while it runs.
 */
export function cliChild(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const bin = fileURLToPath(new URL('../../electron/cli/bin.js', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: options.env ?? {}, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
