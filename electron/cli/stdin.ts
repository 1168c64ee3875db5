import { CREDENTIAL_MAX_LENGTH } from '../../shared/credentials/credentials.ts';
import { UsageError, type CliIO } from './command.ts';

type Stdin = CliIO['stdin'];

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const BACKSPACE = ['\u007f', '\b'];
const ESC = '\u001b';

/** The longest line read: what the app's capture form accepts, plus room for spaces and a CR pasted around it. */
const STDIN_LINE_MAX = CREDENTIAL_MAX_LENGTH + 16;

/**
 * Reads a line at a terminal with nothing echoed: raw mode, so the terminal shows no character (not even a mask
 * that would tell the secret's length). Enter ends the line, Backspace and Ctrl-U edit it, Ctrl-D on an empty line is
 * end of input, and Ctrl-C cancels. Whatever happens, the terminal's mode is restored before this returns.
 */
function readHiddenLine(stdin: Stdin & { setRawMode: (mode: boolean) => unknown }, what: string, write: (text: string) => void): Promise<string> {
  write(`${what} (typing is not shown): `);
  const wasRaw = stdin.isRaw === true;
  return new Promise((resolve, reject) => {
    let line = '';
    const finish = (error?: Error): void => {
      stdin.removeListener('data', onData);
      stdin.removeListener('end', onEnd);
      stdin.setRawMode(wasRaw);
      stdin.pause();
      write('\n');
      if (error) reject(error);
      else resolve(line);
    };
    const onEnd = (): void => finish();
    const onData = (chunk: Buffer | string): void => {
      const text = String(chunk);
      // An arrow or function key arrives as one escape sequence: it is not part of a secret.
      if (text.startsWith(ESC)) return;
      for (const char of text) {
        if (char === '\r' || char === '\n') return finish();
        if (char === CTRL_C) return finish(new UsageError(`Cancelled at the ${what} prompt; nothing was changed.`, 'cancelled'));
        if (char === CTRL_D && line === '') return finish();
        if (char === CTRL_U) line = '';
        else if (BACKSPACE.includes(char)) line = Array.from(line).slice(0, -1).join('');
        else if (char >= ' ') line += char;
        if (line.length > STDIN_LINE_MAX) return finish(tooLong(what));
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}

function isTerminal(stdin: Stdin): stdin is Stdin & { setRawMode: (mode: boolean) => unknown } {
  return stdin.isTTY === true && typeof stdin.setRawMode === 'function';
}

/**
 * Reads up to the first newline of a pipe or file: one line, the rest left unread. A line longer than any secret (a
 * file piped in by mistake) is an input error, and reading stops there, so memory stays bounded (the app caps its field too).
 */
async function readPipedLine(stdin: Stdin, what: string): Promise<string> {
  let buffered = '';
  stdin.setEncoding('utf8');
  for await (const chunk of stdin) {
    buffered += String(chunk);
    // The limit applies to the line, wherever its end falls: one chunk of a pipe holds up to 64 KB, so a long line
    // and its newline often arrive together.
    const newline = buffered.indexOf('\n');
    if (newline >= 0) return withinLimit(buffered.slice(0, newline), what);
    if (buffered.length > STDIN_LINE_MAX) break;
  }
  return withinLimit(buffered, what);
}

function withinLimit(line: string, what: string): string {
  if (line.length <= STDIN_LINE_MAX) return line;
  throw tooLong(what);
}

function tooLong(what: string): UsageError {
  return new UsageError(
    `The ${what} on standard input is longer than ${STDIN_LINE_MAX.toLocaleString('en-US')} characters, far longer than any ${what}, so it was not used. Send only the value, on one line.`,
    'stdin-too-long',
  );
}

/**
 * Reads the first line of stdin. Secrets arrive this way only, never in argv where `ps` and shell history see them.
 * At a terminal, a prompt on stderr with no echo; from a pipe, one line. A closed or empty stdin is an input error.
 */
export async function readFirstLine(stdin: Stdin, what: string, prompt: (text: string) => void): Promise<string> {
  const raw = isTerminal(stdin) ? await readHiddenLine(stdin, what, prompt) : await readPipedLine(stdin, what);
  const line = raw.replace(/\r$/, '');
  if (line.trim() === '') throw new UsageError(`Expected the ${what} on standard input (one line), but it was empty.`, 'stdin-empty');
  return line;
}
