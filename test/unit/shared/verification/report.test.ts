import { describe, expect, it } from 'vitest';
import { failedChecks } from '../../../../shared/verification/report.ts';
import { failingReport, overPrivilegedReport, passingReport } from '../../../helpers/handoff-fakes.ts';

const at = new Date('2026-11-25T10:00:00Z');

describe('failedChecks', () => {
  it('names an over-privileged role, so a failed run never shows an empty list of failed checks', () => {
    const report = overPrivilegedReport(at);
    expect(report.ok).toBe(false);
    expect(failedChecks(report)).toEqual(['least-privilege']);
  });

  it('names the failing permission, only the token when none was issued, and nothing for a pass', () => {
    expect(failedChecks(failingReport(at, 'url-protection'))).toEqual(['url-protection']);
    expect(failedChecks({ ...failingReport(at), token: { ok: false, status: 401, code: 'unauthorized', message: 'No token.' } })).toEqual(['token']);
    expect(failedChecks(passingReport(at))).toEqual([]);
  });
});
