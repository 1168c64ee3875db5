// The security scan `npm test` runs: @doyensec/electronegativity over the app's sources, failing on any finding
// above LOW that no inline, reasoned suppression explains (format in scripts/security/suppressions.ts), on any
// source file the scanner could not parse (it would have gone unchecked), and on malformed or stale suppressions.
// What the scanner cannot see, and the tests that cover it instead: docs/security.md.
// Usage: node scripts/security-scan.ts [--root DIR] [folder…]   (defaults: this checkout; electron renderer shared)
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scanSources, type Finding } from './security/electronegativity.ts';
import { listSourceFiles } from './security/source-files.ts';
import { judge, type RatedFinding } from './security/suppressions.ts';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
// --root lets the scan's own tests point it at a fixture project.
const projectDir = rootFlag >= 0 ? resolve(args.splice(rootFlag, 2)[1] ?? '.') : resolve(import.meta.dirname, '..');
const folders = args.length > 0 ? args : ['electron', 'renderer', 'shared'];

const where = (f: Finding): string => (f.file === null ? '(global check)' : `${f.file}:${f.line}:${f.column}`);
const label = (f: RatedFinding): string =>
  `${f.id} [${f.severity}${f.toolSeverity ? ` (tool: ${f.toolSeverity})` : ''}/${f.confidence}${f.manualReview ? ', review' : ''}]`;

const scan = await scanSources(projectDir, folders);

const sources = new Map<string, string>();
for (const file of await listSourceFiles(projectDir, folders)) {
  sources.set(file, await readFile(resolve(projectDir, file), 'utf8'));
}
const verdict = judge(scan.findings, sources);

console.log(`electronegativity: ${scan.checksRun} checks over ${sources.size} files in ${folders.join(', ')}`);
for (const { finding, suppression } of verdict.suppressed) {
  console.log(`  suppressed  ${label(finding)} ${where(finding)}\n              reason (${suppression.file}:${suppression.line}): ${suppression.reason}`);
}
for (const finding of verdict.informational) {
  console.log(`  low/info    ${label(finding)} ${where(finding)}`);
}
for (const finding of verdict.blocking) {
  console.log(`  FAIL        ${label(finding)} ${where(finding)}\n              ${finding.description}`);
}
for (const error of scan.parseErrors) {
  console.log(`  FAIL        could not parse ${error.file} (left unchecked): ${error.message}`);
}
for (const problem of verdict.problems) {
  console.log(`  FAIL        ${problem.file}:${problem.line}: ${problem.message}`);
}
for (const stale of verdict.unused) {
  console.log(`  FAIL        ${stale.file}:${stale.line}: suppression of ${stale.ids.join(', ')} matches no finding; remove it.`);
}

const failures = verdict.blocking.length + scan.parseErrors.length + verdict.problems.length + verdict.unused.length;
console.log(
  `summary: ${verdict.blocking.length} blocking, ${verdict.suppressed.length} suppressed with a reason, ` +
    `${verdict.informational.length} low/informational, ${scan.parseErrors.length} unparsed files, ` +
    `${verdict.problems.length + verdict.unused.length} suppression problems → ${failures === 0 ? 'PASS' : 'FAIL'}`,
);
process.exitCode = failures === 0 ? 0 : 1;
