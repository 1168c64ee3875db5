/**
 * Tenant (profile) names are text the admin reads, never formatting. A bidirectional control (U+202E, right-to-left
 * override) makes "Initech \u202Ekoob retsam" display as "Initech master book"; a C0 or C1 control can break a line,
 * a terminal or a pasted form field. New names holding one are refused; names saved before that rule are shown with
 * each such character made visible (`⟨U+202E⟩`) and never applied. A value made from a name to be pasted elsewhere
 * (the portal's Account Name) goes through `cleanServerText` (shared/text/server-text.ts), the one cleaner for text
 * that must carry no control or invisible character. A name is refused for less than that cleaner removes: joiners
 * and variation selectors belong to emoji and scripts people type.
 */

/** The bidirectional embeddings, overrides, isolates and marks: invisible, they reorder the text around them. */
const BIDI_CONTROL = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';
/** C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F): line breaks, tabs, terminal escapes. */
const C0_C1_CONTROL = '\u0000-\u001f\u007f-\u009f';

const FORMATTING = new RegExp(`[${C0_C1_CONTROL}${BIDI_CONTROL}]`, 'gu');

const characterNames: Record<string, string> = {
  '\u0009': 'a tab',
  '\u000a': 'a line break',
  '\u000d': 'a carriage return',
  '\u061c': 'an Arabic letter mark',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
  '\u202a': 'a left-to-right embedding',
  '\u202b': 'a right-to-left embedding',
  '\u202c': 'a pop directional formatting',
  '\u202d': 'a left-to-right override',
  '\u202e': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first strong isolate',
  '\u2069': 'a pop directional isolate',
};

/** "U+202E". */
function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a name cannot be saved as it is, in one sentence for the admin, or undefined when it is plain text.
 * Names the first offending character, since it is invisible and the admin cannot see what to remove.
 */
export function nameFormattingProblem(name: string): string | undefined {
  const found = name.match(FORMATTING)?.[0];
  if (found === undefined) return undefined;
  const what = characterNames[found] ?? 'a control character';
  return (
    `The name holds ${what} (${codePointOf(found)}), an invisible character that changes how the name and the text ` +
    'around it are shown; a name must be plain text. Type the name again rather than pasting it.'
  );
}

/** The name as it is displayed: each control or bidirectional character shown as `⟨U+202E⟩`, none applied. */
export function visibleName(name: string): string {
  return name.replace(FORMATTING, (character) => `⟨${codePointOf(character)}⟩`);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * At most `max` UTF-16 code units of `text`, cut between graphemes: an emoji, a flag or a letter with its accent is
 * kept whole or left out, never cut in half (which leaves "�").
 */
export function cutAtGrapheme(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > max) break;
    kept += segment;
  }
  return kept;
}
