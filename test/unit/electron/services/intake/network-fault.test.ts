import { describe, expect, it } from 'vitest';
import { classifyNetworkFault, describeNetworkFault } from '../../../../../electron/services/intake/network-fault.ts';

const withCause = (code: string) => Object.assign(new Error('x'), { code: 'ERR_NETWORK', cause: { code } });

describe('network faults', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'refused'],
    ['ETIMEDOUT', 'timeout'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ECONNRESET', 'reset'],
    ['EWHATEVER', 'network'],
  ])('names %s as %s', (code, fault) => {
    expect(classifyNetworkFault(withCause(code))).toBe(fault);
    expect(classifyNetworkFault(Object.assign(new Error('x'), { code }))).toBe(fault);
  });

  it('names axios’s own timeout code', () => {
    expect(classifyNetworkFault(Object.assign(new Error('timeout'), { code: 'ECONNABORTED' }))).toBe('timeout');
  });

  it('says where to look for each fault', () => {
    expect(describeNetworkFault('dns', 'intake.example.com')).toMatch(/DNS/);
    expect(describeNetworkFault('tls', 'intake.example.com')).toMatch(/certificate/);
  });
});
