import { describe, expect, it } from 'vitest';
import { cutAtGrapheme, nameFormattingProblem, visibleName } from '../../../../shared/domain/name-text.ts';

const RLO = '\u202E';

describe('tenant names are text, not formatting', () => {
  it('finds every bidirectional control and every C0/C1 control, and names the first in the sentence', () => {
    const bidi = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    const c0c1 = [...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)), '\u007F', ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i))];
    for (const character of [...bidi, ...c0c1]) expect(nameFormattingProblem(`Acme ${character} EU`), `U+${character.charCodeAt(0).toString(16)}`).toBeDefined();
    expect(nameFormattingProblem(`Initech ${RLO}koob retsam`)).toBe(
      'The name holds a right-to-left override (U+202E), an invisible character that changes how the name and the text around it are shown; a name must be plain text. Type the name again rather than pasting it.',
    );
    expect(nameFormattingProblem('Acme\u0007')).toMatch(/^The name holds a control character \(U\+0007\)/);
  });

  it('accepts ordinary names in any script, with emoji, joiners and accents', () => {
    for (const name of ['Contoso (EU)', 'Société Générale', 'שלום', 'مرحبا', '東京', 'Team 👩‍💻 🇬🇧', 'Zoë\u0301']) expect(nameFormattingProblem(name)).toBeUndefined();
  });

  it('shows a saved control character as its code point and never applies it', () => {
    expect(visibleName(`Initech ${RLO}koob retsam`)).toBe('Initech ⟨U+202E⟩koob retsam');
    expect(visibleName('A\u2066B\u2069\u0000\u009B')).toBe('A⟨U+2066⟩B⟨U+2069⟩⟨U+0000⟩⟨U+009B⟩');
    expect(visibleName('Contoso')).toBe('Contoso');
  });

  it('cuts between graphemes: an emoji, a flag or an accented letter is never cut in half', () => {
    expect(cutAtGrapheme('Contoso', 10)).toBe('Contoso');
    expect(cutAtGrapheme('ab😀', 3)).toBe('ab'); // the old .slice(0, 3) left a lone surrogate: "ab\uD83D"
    expect(cutAtGrapheme('a🇬🇧', 4)).toBe('a'); // a flag is two code points, four code units
    expect(cutAtGrapheme('a👩‍💻b', 5)).toBe('a');
    expect(cutAtGrapheme('e\u0301e\u0301', 3)).toBe('e\u0301');
    const cut = cutAtGrapheme('x'.repeat(30) + '😀'.repeat(30), 45);
    expect(cut.length).toBeLessThanOrEqual(45);
    expect(cut.isWellFormed()).toBe(true);
  });
});
