#!/usr/bin/env node
// The CLI's entry. In a checkout it runs the TypeScript sources (Node >= 22.18 strips the types itself; `npm run cli`
// passes --experimental-strip-types for 22.12+); `npm run pack:cli` bundles it into the installable package.
import { runCli } from './index.ts';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
