#!/usr/bin/env node
// The CLI's entry. In a checkout it runs the TypeScript sources (Node >= 22.18 strips the types itself; `npm run cli`
// passes --experimental-strip-types for 22.12+); `npm run pack:cli` bundles it into the installable package.
import { runCli } from './index.ts';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  env: process.env,
  terminal: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
}).then((code) => {
  process.exitCode = code;
  // The work is done: once stdout and stderr have taken the output, nothing may keep the process alive — cron, Task
  // Scheduler and `fleet verify` wait for an exit code. The HTTP layer closes every socket it opens; this is the
  // backstop for a handle nobody foresaw. Unref'd, so a process that ends by itself is never held or hurried.
  process.stdout.write('', () => process.stderr.write('', () => setTimeout(() => process.exit(code), 2_000).unref()));
});
