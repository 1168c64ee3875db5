import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileEcho, TERMINAL_ATTACK, type EchoMode, type HostileEcho } from '../../../../testing/hostile-echo.ts';
import { cleanServerText } from '../../../../shared/text/server-text.ts';
import { cli } from '../../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../testing/services.ts';

const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
/** No run of this many characters of the secret may appear anywhere. */
const PIECE_LENGTH = 8;
const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] a hostile server echoing the stored secret — ${skipReason}`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every run of PIECE_LENGTH characters of the secret, as typed and form-encoded. */
function piecesOf(secret: string): string[] {
  const forms = [secret, new URLSearchParams({ s: secret }).toString().slice(2), encodeURIComponent(secret)];
  return [...new Set(forms.flatMap((form) => Array.from({ length: form.length - PIECE_LENGTH + 1 }, (_, i) => form.slice(i, i + PIECE_LENGTH))))];
}

let server: HostileEcho;
beforeAll(async () => {
  server = await startHostileEcho();
});
afterAll(() => server.close());

describe.skipIf(skipReason !== undefined)('a hostile server that echoes the secret', () => {
  it('gets no 8-character piece of it into the data folder, the report, stdout, stderr or the logs', async () => {
    const dataDir = tempDataDir();
    // Characters form encoding treats specially (+ / ! ( ) ~ ' *), so every encoding differs from the raw value.
    const secret = `Ech0+s3cr/t!(x)~'*${crypto.randomUUID()}`;
    const env = { MIMECAST_AW_INTAKE_TOKEN: `intake-token-${crypto.randomUUID()}` };
    const outputs: string[] = [];
    const run = async (args: string[], stdin = '') => {
      const result = await cli([...args, '--data-dir', dataDir], stdin, env);
      outputs.push(result.stdout, result.stderr);
      return result;
    };

    expect((await run(['credentials', 'set', '--client-id', ID], `${secret}\n`)).code).toBe(0);
    const verify = await run(['verify', '--base-url', server.url, '--json']);
    expect(verify.code).toBe(1);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: false, token: { ok: false, status: 400 } });

    const modes: EchoMode[] = ['whole', 'truncated', 'repeated', 'form'];
    for (const mode of modes) {
      const submit = await run(['submit', '--intake-url', `${server.url}/intake/${mode}`, '--json']);
      expect(submit.code, mode).toBe(1);
      expect(JSON.parse(submit.stdout), mode).toMatchObject({ ok: false });
    }
    const receipt = await run(['submit', '--intake-url', `${server.url}/intake/receipt`, '--json']);
    expect(receipt.code).toBe(0);
    const accepted = JSON.parse(receipt.stdout) as { ok: boolean; receiptId: string; message: string };
    expect(accepted.ok).toBe(true);
    // The server's id held the secret: refused, and the idempotency key (a UUID) stands in for it.
    expect(accepted.receiptId).toMatch(/^[0-9a-f-]{36}$/);
    expect(accepted.message).toMatch(/receipt id the intake sent back was not kept/);

    const reportFile = join(tempDataDir(), 'report.html');
    expect((await run(['report', '--out', reportFile])).code).toBe(0);

    const places = [...filesUnder(dataDir), reportFile].map((file) => ({ where: file, text: readFileSync(file, 'utf8') }));
    places.push({ where: 'stdout and stderr', text: outputs.join('\n') });
    expect(places.some((p) => p.where.endsWith(join('logs', 'cli.log')))).toBe(true);
    const found = places.flatMap(({ where, text }) => piecesOf(secret).filter((piece) => text.includes(piece)).map((piece) => `${where}: ${piece}`));
    expect(found).toEqual([]);
  }, 120_000);

  it('round two: no escape sequence reaches the terminal or a file, and no disguised echo survives normalising', async () => {
    const dataDir = tempDataDir();
    const secret = `Ech0+s3cr/t!(x)~'*${crypto.randomUUID()}`;
    const env = { MIMECAST_AW_INTAKE_TOKEN: `intake-token-${crypto.randomUUID()}` };
    const outputs: string[] = [];
    const run = async (args: string[], stdin = '') => {
      const result = await cli([...args, '--data-dir', dataDir], stdin, env);
      outputs.push(result.stdout, result.stderr);
      return result;
    };

    expect((await run(['credentials', 'set', '--client-id', ID], `${secret}\n`)).code).toBe(0);
    for (const style of ['escapes', 'disguised']) {
      // JSON and the human lines both: each is a way onto the terminal.
      for (const format of [['--json'], []]) {
        const verify = await run(['verify', '--base-url', `${server.url}/m/${style}`, ...format]);
        expect(verify.code, style).toBe(1);
      }
    }
    for (const mode of ['escapes', 'disguised'] satisfies EchoMode[]) {
      for (const format of [['--json'], []]) expect((await run(['submit', '--intake-url', `${server.url}/intake/${mode}`, ...format])).code, mode).toBe(1);
    }
    const receipt = await run(['submit', '--intake-url', `${server.url}/intake/receipt-disguised`, '--json']);
    expect(receipt.code).toBe(0);
    // rcpt-S\u200Bx\u200B7…: the secret once the zero-width characters are gone, so not kept.
    expect((JSON.parse(receipt.stdout) as { receiptId: string }).receiptId).toMatch(/^[0-9a-f-]{36}$/);

    const reportFile = join(tempDataDir(), 'report.html');
    expect((await run(['report', '--out', reportFile])).code).toBe(0);

    const places = [...filesUnder(dataDir), reportFile].map((file) => ({ where: file, text: readFileSync(file, 'utf8') }));
    places.push({ where: 'stdout and stderr', text: outputs.join('\n') });
    const clipboardPayload = TERMINAL_ATTACK.match(/52;c;([A-Za-z0-9+/=]+)/)![1]!;
    // Raw control characters (a line break or tab in a file is fine), their JSON escapes, the OSC 52 payload.
    // eslint-disable-next-line no-control-regex -- the point of the test
    const terminal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\\u00(?:1b|07|9b)/i;
    expect(places.filter(({ text }) => terminal.test(text) || text.includes(clipboardPayload)).map((p) => p.where)).toEqual([]);
    // Normalised the way a reader's eye does it (invisible characters gone, full-width folded, any case).
    const pieces = piecesOf(secret).map((piece) => piece.toLowerCase());
    const found = places.flatMap(({ where, text }) => {
      const readable = cleanServerText(text).toLowerCase();
      return pieces.filter((piece) => readable.includes(piece)).map((piece) => `${where}: ${piece}`);
    });
    expect(found).toEqual([]);
  }, 120_000);
});
