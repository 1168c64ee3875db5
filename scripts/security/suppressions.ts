// Decides which scanner findings block the build. A finding above LOW blocks unless the source explains it with an
// inline suppression that names the check and gives a reason:
//
//   // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the URL was checked against the allowlist just above
//   <!-- electronegativity-ignore: CSP_HTML_CHECK — reason -->
//
// (`—`, `--` or `-` separate ids from the reason; several ids may be listed with commas.) The comment sits on the
// finding's line or in the comment lines directly above it. Findings of global checks have no single location, so
// their suppression may stand anywhere in the scanned sources, ideally beside the code that makes the check moot.
//
// The tool's own `eng-disable` comments are refused: they hide a finding without a reason, and this scan would
// never even see what they hid.
import type { Finding, Severity } from './electronegativity.ts';

const severityRank: Record<Severity, number> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

// The tool rates these at LOW or INFORMATIONAL (an explicit `nodeIntegration: true` comes out INFORMATIONAL), yet
// each one breaks an item of Electron's security checklist (2, 9, 10, 11 in docs/security.md; security warnings hide the rest), so
// this project treats them as MEDIUM: they block unless explained.
const raisedToMedium = new Set([
  'NODE_INTEGRATION_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'EXPERIMENTAL_FEATURES_HTML_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'BLINK_FEATURES_HTML_CHECK',
  'ALLOWPOPUPS_HTML_CHECK',
  'SECURITY_WARNINGS_DISABLED_JS_CHECK',
]);

/** A finding with the severity this project gives it; `toolSeverity` keeps what the tool said when raised. */
export type RatedFinding = Finding & { toolSeverity?: Severity };

function rate(finding: Finding): RatedFinding {
  if (!raisedToMedium.has(finding.id) || severityRank[finding.severity] >= severityRank.MEDIUM) return finding;
  return { ...finding, severity: 'MEDIUM', toolSeverity: finding.severity };
}

/** Shorter than this is not a reason ("ok", "safe", "fp"). */
const MIN_REASON_LENGTH = 12;

export interface Suppression {
  ids: string[];
  reason: string;
  file: string;
  line: number;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
}

const suppressionPattern = /electronegativity-ignore:\s*([A-Z0-9_]+(?:\s*,\s*[A-Z0-9_]+)*)\s*(?:—|--|-)\s*(.*?)\s*(?:\*\/|-->)?\s*$/;

/** Reads the suppressions of one file; malformed ones (no reason, reason too short) come back as problems. */
export function parseSuppressions(file: string, text: string): { suppressions: Suppression[]; problems: Problem[] } {
  const suppressions: Suppression[] = [];
  const problems: Problem[] = [];
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    if (/\beng-disable\b/.test(content)) {
      problems.push({ file, line, message: 'eng-disable hides a finding without a reason; use "electronegativity-ignore: CHECK_ID — reason".' });
    }
    if (!content.includes('electronegativity-ignore')) return;
    const match = suppressionPattern.exec(content);
    const reason = match?.[2]?.trim() ?? '';
    if (!match || reason.length < MIN_REASON_LENGTH) {
      problems.push({ file, line, message: 'a suppression needs the check id and a reason: "electronegativity-ignore: CHECK_ID — why this is safe".' });
      return;
    }
    suppressions.push({ ids: match[1]!.split(',').map((id) => id.trim()), reason, file, line });
  });
  return { suppressions, problems };
}

/** The lines that may carry a suppression for a finding at `line`: the line itself and the comment block above. */
function candidateLines(text: string, line: number): number[] {
  const lines = text.split('\n');
  const candidates = [line];
  for (let above = line - 1; above >= 1; above -= 1) {
    const content = lines[above - 1]?.trim() ?? '';
    if (!/^(\/\/|\/\*|\*|<!--)/.test(content)) break;
    candidates.push(above);
  }
  return candidates;
}

export interface Verdict {
  blocking: RatedFinding[];
  suppressed: Array<{ finding: RatedFinding; suppression: Suppression }>;
  /** LOW and INFORMATIONAL findings: printed, never blocking. */
  informational: RatedFinding[];
  problems: Problem[];
  /** Suppressions that matched nothing: stale comments hide nothing but mislead readers, so they are reported. */
  unused: Suppression[];
}

export function judge(findings: readonly Finding[], sources: ReadonlyMap<string, string>): Verdict {
  const all: Suppression[] = [];
  const problems: Problem[] = [];
  for (const [file, text] of sources) {
    const parsed = parseSuppressions(file, text);
    all.push(...parsed.suppressions);
    problems.push(...parsed.problems);
  }
  const used = new Set<Suppression>();
  const verdict: Verdict = { blocking: [], suppressed: [], informational: [], problems, unused: [] };
  for (const finding of findings.map(rate)) {
    if (severityRank[finding.severity] <= severityRank.LOW) {
      verdict.informational.push(finding);
      continue;
    }
    const suppression = findSuppression(finding, all, sources);
    if (suppression) {
      used.add(suppression);
      verdict.suppressed.push({ finding, suppression });
    } else {
      verdict.blocking.push(finding);
    }
  }
  verdict.unused = all.filter((s) => !used.has(s));
  return verdict;
}

function findSuppression(finding: Finding, all: readonly Suppression[], sources: ReadonlyMap<string, string>): Suppression | undefined {
  const naming = all.filter((s) => s.ids.includes(finding.id));
  if (finding.file === null) return naming[0];
  const text = sources.get(finding.file);
  if (text === undefined) return undefined;
  const lines = candidateLines(text, finding.line);
  return naming.find((s) => s.file === finding.file && lines.includes(s.line));
}
