import { describe, expect, it } from 'vitest';
import { classifyFault, errorCodes } from '../../../../../electron/services/http/network-fault.ts';

const coded = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe('classifyFault', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['EAI_FAIL', 'dns'],
    ['EAI_NONAME', 'dns'],
    ['ECONNREFUSED', 'refused'],
    ['ECONNABORTED', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ESOCKETTIMEDOUT', 'timeout'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['ERR_SOCKET_CLOSED', 'reset'],
    ['EHOSTUNREACH', 'unreachable'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'certificate'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'certificate'],
    ['CERT_HAS_EXPIRED', 'certificate'],
    ['CERT_SOMETHING_NEW', 'certificate'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'certificate'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['EPROTO', 'tls'],
    ['EWHATEVER', 'other'],
  ])('%s → %s, on the error or on its cause', (code, kind) => {
    expect(classifyFault(coded(code))).toEqual({ kind, code });
    expect(classifyFault(coded('ERR_NETWORK', coded(code))).kind).toBe(kind);
  });

  it('names the deciding code, a known certificate code before another CERT_ one', () => {
    expect(classifyFault(coded('CERT_X', coded('SELF_SIGNED_CERT_IN_CHAIN')))).toEqual({ kind: 'certificate', code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    expect(classifyFault(coded('ECONNRESET', coded('ERR_SSL_DECRYPTION_FAILED')))).toEqual({ kind: 'tls', code: 'ERR_SSL_DECRYPTION_FAILED' });
  });

  it('has no code for an error without one, and the outermost code for an unknown one', () => {
    expect(classifyFault(new Error('x'))).toEqual({ kind: 'other', code: undefined });
    expect(classifyFault(undefined)).toEqual({ kind: 'other', code: undefined });
    expect(classifyFault(coded('ERR_A', coded('ERR_B')))).toEqual({ kind: 'other', code: 'ERR_A' });
  });

  it('walks at most four levels of causes', () => {
    expect(errorCodes(coded('A', coded('B', coded('C', coded('D', coded('E'))))))).toEqual(['A', 'B', 'C', 'D']);
  });
});
