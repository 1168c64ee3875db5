import { describe, expect, it } from 'vitest';
import { diagnoseRefusal, withTtpLicenceHint } from '../../../../../electron/services/verification/licence-diagnosis.ts';
import type { HttpOutcome } from '../../../../../electron/services/mimecast/mimecast-client.ts';
import { checkCatalog, checkIds } from '../../../../../shared/verification/checks.ts';
import type { CheckResult } from '../../../../../shared/verification/report.ts';

// Answers the fake API does not produce (other licence wordings, 200 with a permission fail), read all the same.
const response = (status: number, body: unknown = {}): HttpOutcome => ({ kind: 'response', status, body, headers: {}, retries: 0 });
const fail = (code: string, message: string) => ({ meta: { status: 403 }, data: [], fail: [{ errors: [{ code, message }] }] });
const passing = (id: CheckResult['id']): CheckResult => ({ id, permission: `perm ${id}`, endpoint: '', ok: true, status: 200, code: null, message: '', hint: '', events: null });
const refused = (id: CheckResult['id'], code = 'forbidden'): CheckResult => ({ ...passing(id), ok: false, status: 403, code, message: 'Refused.', hint: 'Add it.' });

describe('diagnoseRefusal', () => {
  it('believes a code or message that names the licence, for any wording Mimecast may use', () => {
    for (const body of [fail('err_licence_check_failed', ''), fail('forbidden', 'Customer is not licensed for this feature'), fail('', 'No valid license')]) {
      const result = diagnoseRefusal(refused('attachment-protection'), response(403, body));
      expect(result).toMatchObject({ code: 'module-not-licensed', cause: 'licence' });
      expect(result.message).toContain('not licensed for Attachment Protect');
    }
  });

  it('app_forbidden is the Products; for a TTP log the hint adds that an unlisted product means no licence', () => {
    const ttp = diagnoseRefusal(refused('url-protection', 'app_forbidden'), response(403, fail('app_forbidden', 'not in any product')));
    expect(ttp).toMatchObject({ cause: 'products' });
    expect(ttp.hint).toContain('not licensed for URL Protect');
    expect(diagnoseRefusal(refused('audit-events', 'app_forbidden'), response(403, fail('app_forbidden', '')))).toMatchObject({ cause: 'products', hint: 'Add it.' });
  });

  it('a permission fail inside HTTP 200 on a TTP log says both causes', () => {
    const result = diagnoseRefusal({ ...refused('impersonation-protection'), status: 200 }, response(200, fail('forbidden', 'Access denied')));
    expect(result.cause).toBe('permission-or-licence');
  });

  it('a plain 403 on a TTP log: “role or licence” said once in the message, then the fix in order (role, Products, licence)', () => {
    const result = diagnoseRefusal(refused('url-protection'), response(403, fail('forbidden', 'The role does not have the required permission')));
    const text = `${result.message} ${result.hint}`;
    expect(result.message).toMatch(/^Mimecast refused to let the application read URL Protection logs \(HTTP 403\): the role or the licence — its answer does not say which/);
    expect(result.message).toContain('Mimecast said: “The role does not have the required permission”.');
    expect(text.match(/licen[cs]e/g)).toHaveLength(3); // once as a cause, once as what it may be, once in the fix
    expect(text.match(/does not say/g)).toHaveLength(1);
    expect(result.hint).toMatch(/^Add it\. If the role and the Products are right, .* confirm the URL Protect licence with your Mimecast account manager\.$/);
  });

  it('leaves passing checks and non-refusals (5xx, network) alone', () => {
    expect(diagnoseRefusal(passing('url-protection'), response(200, { data: [] }))).toEqual(passing('url-protection'));
    const server = { ...refused('url-protection'), status: 503, code: 'server-error' };
    expect(diagnoseRefusal(server, response(503, fail('service_unavailable', 'down')))).toEqual(server);
    expect(diagnoseRefusal(server, { kind: 'network', code: 'timeout', message: 'late', status: null })).toEqual(server);
  });
});

describe('withTtpLicenceHint', () => {
  const ttpIds = checkIds.filter((id) => checkCatalog[id].ttpModule !== null);
  const diagnosed = (id: CheckResult['id']): CheckResult => ({ ...refused(id), cause: checkCatalog[id].ttpModule ? 'permission-or-licence' : 'permission' });

  it('only when every TTP log is refused and the audit log works', () => {
    const allTtpRefused = checkIds.map((id) => (checkCatalog[id].ttpModule ? diagnosed(id) : passing(id)));
    expect(withTtpLicenceHint(allTtpRefused).filter((c) => c.hint.includes('Targeted Threat Protection (TTP) licence'))).toHaveLength(ttpIds.length);
    expect(withTtpLicenceHint(checkIds.map(diagnosed)).some((c) => c.hint.includes('TTP) licence'))).toBe(false);
    const oneTtpWorks = checkIds.map((id) => (id === 'audit-events' || id === 'url-protection' ? passing(id) : diagnosed(id)));
    expect(withTtpLicenceHint(oneTtpWorks).some((c) => c.hint.includes('TTP) licence'))).toBe(false);
  });
});
