/**
 * Colour for people at a terminal: a result that passed in green, one that failed in red, a warning in yellow. Never
 * when the text goes to a pipe or a file (a script or a log reads it), nor when NO_COLOR is set to anything
 * (https://no-color.org), nor on a terminal that says it cannot (TERM=dumb). Only the marks are coloured; the words
 * say the same without colour.
 */
export interface Style {
  ok: (text: string) => string;
  bad: (text: string) => string;
  warn: (text: string) => string;
}

const plainText = (text: string): string => text;
export const plain: Style = { ok: plainText, bad: plainText, warn: plainText };

const sgr = (open: number) => (text: string): string => `\u001b[${open}m${text}\u001b[39m`;
const coloured: Style = { ok: sgr(32), bad: sgr(31), warn: sgr(33) };

/** The style for text written to a stream: coloured only at a terminal that may show colour. */
export function styleFor(isTerminal: boolean | undefined, env: NodeJS.ProcessEnv): Style {
  if (isTerminal !== true) return plain;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return plain;
  if (env.TERM === 'dumb') return plain;
  return coloured;
}
