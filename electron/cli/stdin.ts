import { UsageError } from './command.ts';

/**
 * Reads the first line of stdin. Secrets arrive this way only, never in argv where `ps` and shell history see them.
 * An interactive terminal gets a prompt on stderr; a closed or empty stdin is an input error.
 */
export async function readFirstLine(stdin: NodeJS.ReadableStream & { isTTY?: boolean }, what: string, prompt: (text: string) => void): Promise<string> {
  if (stdin.isTTY) prompt(`${what}: `);
  let buffered = '';
  stdin.setEncoding('utf8');
  for await (const chunk of stdin) {
    buffered += String(chunk);
    const newline = buffered.indexOf('\n');
    if (newline >= 0) {
      buffered = buffered.slice(0, newline);
      break;
    }
  }
  const line = buffered.replace(/\r$/, '');
  if (line.trim() === '') throw new UsageError(`Expected the ${what} on standard input (one line), but it was empty.`, 'stdin-empty');
  return line;
}
