import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../scripts/security/electronegativity.ts';
import { judge, parseSuppressions } from '../../../../scripts/security/suppressions.ts';

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'TENTATIVE',
    file: 'electron/main/index.ts',
    line: 3,
    column: 5,
    description: 'Review the use of openExternal',
    manualReview: true,
    ...overrides,
  };
}

describe('parseSuppressions', () => {
  it('reads ids and reason from line, block and HTML comments, with any of the separators', () => {
    const text = [
      '// electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the URL comes from the fixed link table',
      'x(); /* electronegativity-ignore: SANDBOX_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK -- options built and tested in window-options.ts */',
      '<!-- electronegativity-ignore: CSP_HTML_CHECK - the header from the protocol handler is stricter -->',
    ].join('\n');
    const { suppressions, problems } = parseSuppressions('f.ts', text);
    expect(problems).toEqual([]);
    expect(suppressions).toEqual([
      { ids: ['OPEN_EXTERNAL_JS_CHECK'], reason: 'the URL comes from the fixed link table', file: 'f.ts', line: 1 },
      { ids: ['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK'], reason: 'options built and tested in window-options.ts', file: 'f.ts', line: 2 },
      { ids: ['CSP_HTML_CHECK'], reason: 'the header from the protocol handler is stricter', file: 'f.ts', line: 3 },
    ]);
  });

  it('refuses a suppression without a real reason', () => {
    for (const text of [
      '// electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK',
      '// electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — ok',
      '// electronegativity-ignore: — nothing is named here at all',
    ]) {
      const { suppressions, problems } = parseSuppressions('f.ts', text);
      expect(suppressions, text).toEqual([]);
      expect(problems, text).toHaveLength(1);
    }
  });

  it('refuses the tool’s own reasonless eng-disable comments', () => {
    const { problems } = parseSuppressions('f.ts', 'a();\n// eng-disable SANDBOX_JS_CHECK\n');
    expect(problems).toEqual([{ file: 'f.ts', line: 2, message: expect.stringContaining('eng-disable') as string }]);
  });
});

describe('judge', () => {
  const source = [
    'const a = 1;',
    '// electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — only allowlisted documentation URLs reach this call',
    '// (see shared/links.ts)',
    'shell.openExternal(url);',
    '',
    'shell.openExternal(other);',
  ].join('\n');
  const sources = new Map([['electron/main/index.ts', source]]);

  it('lets a finding through only when the comment block directly above (or the line) explains it', () => {
    const verdict = judge([finding({ line: 4 }), finding({ line: 6 })], sources);
    expect(verdict.suppressed.map((s) => s.finding.line)).toEqual([4]);
    expect(verdict.suppressed[0]?.suppression.reason).toMatch(/allowlisted/);
    expect(verdict.blocking.map((f) => f.line)).toEqual([6]);
  });

  it('does not let a suppression for one check hide another check on the same line', () => {
    const verdict = judge([finding({ id: 'SANDBOX_JS_CHECK', line: 4 })], sources);
    expect(verdict.blocking).toHaveLength(1);
    expect(verdict.unused).toHaveLength(1);
  });

  it('never blocks on LOW or INFORMATIONAL findings, but reports them', () => {
    const verdict = judge([finding({ severity: 'LOW', line: 6 }), finding({ severity: 'INFORMATIONAL', line: 6 })], sources);
    expect(verdict.blocking).toEqual([]);
    expect(verdict.informational).toHaveLength(2);
  });

  it('blocks HIGH findings too, and matches a global finding to a suppression anywhere', () => {
    const globalSource = '// electronegativity-ignore: CSP_GLOBAL_CHECK — the CSP is a response header of the app:// handler';
    const verdict = judge(
      [finding({ id: 'CSP_GLOBAL_CHECK', file: null, line: 0 }), finding({ id: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH', line: 1 })],
      new Map([...sources, ['electron/main/protocol.ts', globalSource]]),
    );
    expect(verdict.suppressed.map((s) => s.finding.id)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(verdict.blocking.map((f) => f.id)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
  });

  it('raises checklist breaches the tool under-rates, so they block', () => {
    const verdict = judge([finding({ id: 'NODE_INTEGRATION_JS_CHECK', severity: 'INFORMATIONAL', line: 6 })], sources);
    expect(verdict.blocking).toEqual([expect.objectContaining({ severity: 'MEDIUM', toolSeverity: 'INFORMATIONAL' })]);
  });

  it('reports suppressions that no longer match anything', () => {
    const verdict = judge([], sources);
    expect(verdict.unused.map((s) => s.line)).toEqual([2]);
  });
});
