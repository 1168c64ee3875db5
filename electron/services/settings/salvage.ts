/**
 * Reads what can still be read from a damaged JSON object file (cut short by a crash or a full disk, or edited by
 * hand): each top-level member whose value is complete, valid JSON. A file cut in the middle keeps every member
 * written before the cut. Members after a malformed one are not guessed at.
 */
export function salvageMembers(text: string): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  let i = skipSpace(text, 0);
  if (text[i] !== '{') return found;
  i += 1;
  for (;;) {
    i = skipSpace(text, i);
    if (text[i] !== '"') return found;
    const keyEnd = endOfString(text, i);
    if (keyEnd < 0) return found;
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') return found;
    i = skipSpace(text, i + 1);
    const valueEnd = endOfValue(text, i);
    if (valueEnd < 0) return found;
    try {
      found[key] = JSON.parse(text.slice(i, valueEnd));
    } catch {
      return found;
    }
    i = skipSpace(text, valueEnd);
    if (text[i] !== ',') return found;
    i += 1;
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  return i;
}

/** The index just after the string starting at `from` (a `"`), or -1 when it is cut off. */
function endOfString(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

/** The index just after the JSON value starting at `from`, or -1 when it is cut off. */
function endOfValue(text: string, from: number): number {
  const first = text[from];
  if (first === '"') return endOfString(text, from);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = from; i < text.length; i += 1) {
      const c = text[i];
      if (c === '"') {
        i = endOfString(text, i) - 1;
        if (i < 0) return -1;
      } else if (c === '{' || c === '[') depth += 1;
      else if (c === '}' || c === ']') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null runs to the next delimiter; without one the file was cut inside it.
  const match = /[,}\s]/.exec(text.slice(from));
  return match ? from + match.index : -1;
}
