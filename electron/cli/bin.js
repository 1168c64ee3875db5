#!/usr/bin/env node
// Runs the CLI from source: Node strips the TypeScript types itself (Node >= 22.18, or 22.12 with
// --experimental-strip-types, which `npm run cli` passes).
import { runCli } from './index.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  env: process.env,
});
