/**
 * Text a server chose (Mimecast's error messages, an intake's answer, a receipt id) made safe to show, store and
 * compare. Servers can write to the admin's terminal through it — clear the screen, set the window title, put
 * `curl … | sh` on the clipboard with OSC 52 — and can hide an echo of the secret from a plain comparison with
 * zero-width characters or full-width letters. So, in this order:
 * 1. NFKC: compatibility forms become their plain letters (full-width `Ｓ` is `S`, the ligature `ﬁ` is `fi`);
 * 2. escape sequences go whole (CSI `ESC [ … final`, OSC/DCS/APC/PM/SOS strings up to BEL or `ESC \`, and their
 *    one-byte C1 introducers), so no parameter text is left behind as garbage;
 * 3. every other control character (C0, DEL, C1) becomes a space: this text is shown on one line;
 * 4. format and default-ignorable characters (U+200B–U+200F, U+2060, U+FEFF, the soft hyphen, bidi overrides,
 *    variation selectors) are removed, so `S\u200Bx\u200B7` reads, and is redacted, as `Sx7`;
 * 5. runs of white space become one space, and the ends are trimmed.
 */

/* eslint-disable no-control-regex -- matching control characters is this module's job */

/** ESC or the one-byte CSI (U+009B), parameters and intermediates, then the final byte. */
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/gu;
/** OSC, DCS, SOS, PM, APC — as `ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or one C1 byte — up to BEL or ST (or the end). */
const CONTROL_STRING = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/gu;
/** Any other escape: ESC, its intermediates and one final character (`ESC c` resets the terminal). */
const OTHER_ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/gu;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/* eslint-enable no-control-regex */

/** The text with no control character, escape sequence or invisible character left, on one line. */
export function cleanServerText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CONTROL_STRING, ' ')
    .replace(CSI, ' ')
    .replace(OTHER_ESCAPE, ' ')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** `cleanServerText`, cut to `max` characters (with an ellipsis) for a message that quotes it. */
export function serverTextExcerpt(text: string, max: number): string {
  const clean = cleanServerText(text);
  if (clean.length <= max) return clean;
  // Never cut between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(clean.charAt(max - 1)) ? max - 1 : max;
  return `${clean.slice(0, end).trimEnd()}…`;
}
