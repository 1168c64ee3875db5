import { describe, expect, it } from 'vitest';
import { createRedactor, maskValues, REDACTED } from '../../../../../electron/services/logging/redactor.ts';

describe('redactor', () => {
  it('masks every registered value wherever it appears, also URL-encoded', () => {
    const r = createRedactor();
    r.register('abc+def/ghi==');
    expect(r.redact('a abc+def/ghi== b abc%2Bdef%2Fghi%3D%3D c')).toBe(`a ${REDACTED} b ${REDACTED} c`);
  });

  it('masks inside nested values, keys included', () => {
    const r = createRedactor();
    r.register('topsecret');
    expect(r.redactDeep({ list: ['x topsecret'], topsecret: 1, n: 2 })).toEqual({ list: [`x ${REDACTED}`], [REDACTED]: 1, n: 2 });
  });

  it('masks a longer secret whole even when it contains a shorter one', () => {
    const r = createRedactor();
    r.register('secret');
    r.register('secret-and-more');
    expect(r.redact('secret-and-more')).toBe(REDACTED);
  });

  it('ignores values too short to mask safely, and stops masking a forgotten one', () => {
    const r = createRedactor();
    r.register('ab');
    r.register('forgettable');
    r.forget('forgettable');
    expect(r.redact('ab forgettable')).toBe('ab forgettable');
  });
});

describe('maskValues', () => {
  it('masks each value as typed and URL-encoded, longest first, and skips empty ones', () => {
    expect(maskValues('tok=a/b tok=a%2Fb', ['a/b'])).toBe(`tok=${REDACTED} tok=${REDACTED}`);
    expect(maskValues('secret-and-more', ['secret', 'secret-and-more'])).toBe(REDACTED);
    expect(maskValues('unchanged', ['', 'absent'])).toBe('unchanged');
  });
});
