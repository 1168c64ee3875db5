import { describe, expect, it } from 'vitest';
import { basicAuthForms, createRedactor, maskValues, NESTED_TOO_DEEP, PIECE_LENGTH, REDACTED } from '../../../../../electron/services/logging/redactor.ts';

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

  it('walks 100,000 nested arrays without overflowing the stack: what lies past 64 levels is dropped', () => {
    const r = createRedactor();
    r.register('topsecret');
    const deep = JSON.parse(`${'['.repeat(100_000)}"topsecret"${']'.repeat(100_000)}`) as unknown;
    const out = r.redactDeep(deep);
    let level: unknown = out;
    let depth = 0;
    while (Array.isArray(level)) {
      level = (level as unknown[])[0];
      depth += 1;
    }
    expect([level, depth]).toEqual([NESTED_TOO_DEEP, 64]);
    expect(JSON.stringify(out)).not.toContain('topsecret');
    expect(r.redactDeep({ a: [{ b: 'x topsecret' }] })).toEqual({ a: [{ b: `x ${REDACTED}` }] });
  });

  it('masks an echo in any letter case: upper-cased, or mixed', () => {
    const r = createRedactor();
    r.register('Sx7q-pL2m-Zk9w');
    expect(r.redact('got SX7Q-PL2M-ZK9W and sx7q-pl2m-zk9w')).toBe(`got ${REDACTED} and ${REDACTED}`);
    r.register('aBcD');
    expect(r.redact('x ABCD y')).toBe(`x ${REDACTED} y`);
  });

  it('redactServerBody: a disguised echo (zero-width characters, soft hyphens, full-width letters) is cleaned, then masked', () => {
    const r = createRedactor();
    const secret = 'Sx7q-pL2m-Zk9w';
    r.register(secret);
    const fullWidth = [...secret].map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).join('');
    const body = { fail: [{ message: `a ${[...secret].join('\u200b')} b ${[...secret].join('\u00ad\u2060')} c ${fullWidth}`, code: '\u001b]0;x\u0007bad' }] };
    expect(r.redactServerBody(body)).toEqual({ fail: [{ message: `a ${REDACTED} b ${REDACTED} c ${REDACTED}`, code: 'bad' }] });
    // Our own text is not rewritten by redactDeep: only what a server sent is normalised.
    expect(r.redactDeep({ m: 'Receipt: rcpt-1…' })).toEqual({ m: 'Receipt: rcpt-1…' });
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

describe('redaction that cannot be outrun', () => {
  const secret = 'Xy7+Qp/9(Lm!Ab=Cd*Ef~Gh';
  const r = createRedactor();
  r.register(secret);
  r.registerPair('client-id-1234', secret);
  /** Every run of PIECE_LENGTH characters of the secret: none may survive redaction. */
  const pieces = Array.from({ length: secret.length - PIECE_LENGTH + 1 }, (_, i) => secret.slice(i, i + PIECE_LENGTH));
  const leaks = (text: string): string[] => pieces.filter((piece) => text.includes(piece));

  it.each([
    ['whole', `echo: ${secret}`],
    ['cut short before redaction would have seen it whole', `Mimecast said: “bad secret ${secret.slice(0, 14)}…”`],
    ['starting half-way', `…${secret.slice(9)} end`],
    ['encodeURIComponent', `q=${encodeURIComponent(secret)}`],
    ['form-encoded token request (+, %21, %28)', `grant_type=client_credentials&client_id=x&client_secret=${new URLSearchParams({ s: secret }).toString().slice(2)}`],
    ['lower-case percent escapes', `s=${encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}`],
    ['JSON-escaped', JSON.stringify({ echo: `"${secret}"` })],
  ])('masks the secret %s', (_name, text) => {
    const out = r.redact(text);
    expect(out).toContain(REDACTED);
    expect(leaks(out)).toEqual([]);
    for (const form of [encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]) {
      for (let i = 0; i + PIECE_LENGTH <= form.length; i += 1) expect(out).not.toContain(form.slice(i, i + PIECE_LENGTH));
    }
  });

  it('masks HTTP Basic credentials (base64 of id:secret), whole or cut short', () => {
    for (const form of basicAuthForms('client-id-1234', secret)) {
      expect(r.redact(`Authorization: Basic ${form}`)).toBe(`Authorization: Basic ${REDACTED}`);
      expect(r.redact(`Basic ${form.slice(0, 20)}`)).toBe(`Basic ${REDACTED}`);
    }
  });

  it('leaves text with no piece of a secret alone', () => {
    const text = 'The token request was refused (HTTP 401): invalid_client. Check the Client ID.';
    expect(r.redact(text)).toBe(text);
  });
});
