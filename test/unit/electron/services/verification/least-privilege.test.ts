import { describe, expect, it } from 'vitest';
import { leastPrivilegeResult } from '../../../../../electron/services/verification/least-privilege.ts';
import type { DataOutcome } from '../../../../../electron/services/mimecast/mimecast-client.ts';

const answer = (status: number, body: unknown): DataOutcome => ({ kind: 'response', status, body, headers: {}, retries: 0 });
const failBody = (code: string, message: string) => ({ meta: { status: 200 }, data: [], fail: [{ key: {}, errors: [{ code, message, retryable: false }] }] });

describe('leastPrivilegeResult: only Mimecast’s refusal shapes prove a refusal', () => {
  it.each([
    ['HTTP 403 with a permission error', answer(403, failBody('forbidden', 'The role does not have the required permission')), 403],
    ['HTTP 403 with no body', answer(403, ''), 403],
    ['HTTP 200 with app_forbidden in fail[]', answer(200, failBody('app_forbidden', 'The requested API does not exist in any product assigned to the application')), 200],
    ['HTTP 200 with a licence code in fail[]', answer(200, failBody('err_licence_check_failed', 'Not licensed')), 200],
    ['HTTP 200 with "Access denied" in fail[]', answer(200, failBody('err', 'Access denied')), 200],
  ])('%s is refused', (_, outcome, status) => {
    expect(leastPrivilegeResult('dlp-logs', outcome)).toMatchObject({ refused: true, outcome: 'refused', status });
  });

  it('a clean data envelope is allowed, whatever top-level message rides along ("Permission granted")', () => {
    const body = { meta: { status: 200 }, data: [{ dlpLogs: [{ action: 'hold' }] }], fail: [], message: 'Permission granted' };
    expect(leastPrivilegeResult('dlp-logs', answer(200, body))).toMatchObject({ refused: false, outcome: 'allowed', status: 200 });
  });

  it.each([
    ['200 plain text', answer(200, 'Product catalogue follows'), 'Product catalogue follows'],
    ['200 top-level message', answer(200, { message: 'Permission denied' }), 'Permission denied'],
    ['400 with a product word', answer(400, { message: 'bad product filter' }), 'bad product filter'],
    ['401 Unauthorized Request', answer(401, 'Unauthorized Request'), 'Unauthorized Request'],
    ['400 with a validation error in fail[]', answer(400, failBody('validation_error', 'bad product filter')), 'validation_error: bad product filter'],
    ['500 with a permission error in fail[]', answer(500, failBody('forbidden', 'Forbidden')), 'forbidden: Forbidden'],
    ['200 with an error in fail[] that is not a refusal', answer(200, failBody('err_validation', 'permission field missing')), 'err_validation: permission field missing'],
  ])('%s proves nothing: unproven, with the status and what was said', (_, outcome, said) => {
    const probe = leastPrivilegeResult('account-details', outcome);
    expect(probe).toMatchObject({ refused: false, outcome: 'unproven', status: (outcome as { status: number }).status });
    expect(probe.message).toContain(`HTTP ${(outcome as { status: number }).status}`);
    expect(probe.message).toContain(`“${said}”`);
  });

  it('what was seen is quoted clean and short: no escape sequence, at most 80 characters of it', () => {
    const probe = leastPrivilegeResult('account-details', answer(200, `\u001b]52;c;Y3VybCBldmlsIHwgc2g=\u0007\u001b[2J${'x'.repeat(200)}`));
    expect(probe.outcome).toBe('unproven');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(probe.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(probe.message).toContain(`“${'x'.repeat(80)}…”`);
  });
});
