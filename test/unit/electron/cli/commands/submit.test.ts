import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../../../helpers/cli.ts';
import { secretServiceSkipReason } from '../../../../helpers/secret-service.ts';
import { tempDataDir } from '../../../../../testing/services.ts';
import { startFakeIntake, type FakeIntake } from '../../../../../testing/fake-intake.ts';

const TOKEN = `intake-token-${crypto.randomUUID()}`;
const ID = 'Mc7dQ2kfP0aZr9Tn4bXwVyL1';
const env = { MIMECAST_AW_INTAKE_TOKEN: TOKEN };
const skipReason = await secretServiceSkipReason();
if (skipReason) console.warn(`[skipped] submit with credentials stored in the real keychain — ${skipReason}`);

let intake: FakeIntake;
beforeAll(async () => {
  intake = await startFakeIntake({ token: TOKEN });
});
afterAll(() => intake.close());
beforeEach(() => {
  intake.requests.length = 0;
});

const json = (stdout: string): Record<string, unknown> => JSON.parse(stdout) as Record<string, unknown>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('submit (CLI contract): input errors are exit 2 and send nothing', () => {
  it('requires --intake-url', async () => {
    const run = await cli(['submit', '--json', '--data-dir', tempDataDir()], '', env);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'intake-url-missing' } });
  });

  it.each(['http://intake.example.com/x', 'http://10.1.2.3/intake', 'ftp://127.0.0.1/x'])('refuses the non-https, non-loopback URL %s', async (url) => {
    const run = await cli(['submit', '--intake-url', url, '--json', '--data-dir', tempDataDir()], '', env);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'intake-url-insecure' } });
  });

  it('without credentials in the profile: exit 2, nothing sent', async () => {
    const run = await cli(['submit', '--intake-url', intake.url, '--json', '--data-dir', tempDataDir()], '', env);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'no-credentials' } });
    expect(intake.requests).toHaveLength(0);
  });

  it('rejects an unknown flag', async () => {
    const run = await cli(['submit', '--intake-url', intake.url, '--token', 'x', '--json', '--data-dir', tempDataDir()], '', env);
    expect(run.code).toBe(2);
  });
});

describe.skipIf(skipReason !== undefined)('submit with credentials in the real Secret Service', () => {
  async function withStoredCredentials(secret: string): Promise<string> {
    const dataDir = tempDataDir('aw-submit-cli-');
    const set = await cli(['credentials', 'set', '--client-id', ID, '--data-dir', dataDir], `${secret}\n`);
    expect(set.code).toBe(0);
    return dataDir;
  }

  it('accepted: exit 0, exactly the contract document, the payload as the contract says', async () => {
    const secret = `Subm1t+${crypto.randomUUID()}`;
    const dataDir = await withStoredCredentials(secret);
    try {
      const run = await cli(['submit', '--intake-url', intake.url, '--account-name', 'Contoso Mimecast', '--json', '--data-dir', dataDir], '', env);
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      const answer = json(run.stdout);
      expect(Object.keys(answer)).toEqual(['ok', 'receiptId', 'status', 'attempts', 'message']);
      expect(answer).toMatchObject({ ok: true, status: 201, attempts: 1 });
      expect(answer.receiptId).toBe([...intake.receipts.values()].at(-1));
      expect(intake.requests[0]?.problem).toBe('');
      expect(intake.requests[0]?.body).toMatchObject({ vendor: 'mimecast', apiVersion: '2.0', accountName: 'Contoso Mimecast', clientId: ID, clientSecret: secret, credentialExpiry: null });
      expect(run.stderr).toMatch(/not verified/);
      for (const file of filesUnder(dataDir)) {
        const text = readFileSync(file, 'utf8');
        expect(text, file).not.toContain(secret);
        expect(text, file).not.toContain(TOKEN);
      }
    } finally {
      await cli(['credentials', 'delete', '--data-dir', dataDir]);
    }
  });

  it('a 400 is exit 1 with the server’s message; a retry later reuses the idempotency key', async () => {
    const dataDir = await withStoredCredentials(`Subm1t+${crypto.randomUUID()}`);
    try {
      intake.script({ status: 400, body: { message: 'accountName already in use' } });
      const refused = await cli(['submit', '--intake-url', intake.url, '--json', '--data-dir', dataDir], '', env);
      expect(refused.code).toBe(1);
      expect(json(refused.stdout)).toMatchObject({ ok: false, receiptId: null, status: 400, attempts: 1, message: expect.stringContaining('accountName already in use') as unknown });

      intake.script({ status: 503 });
      const accepted = await cli(['submit', '--intake-url', intake.url, '--json', '--data-dir', dataDir], '', env);
      expect(json(accepted.stdout)).toMatchObject({ ok: true, attempts: 2 });
      expect(new Set(intake.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    } finally {
      await cli(['credentials', 'delete', '--data-dir', dataDir]);
    }
  });

  it('without the token variable and none stored: exit 2', async () => {
    const dataDir = await withStoredCredentials(`Subm1t+${crypto.randomUUID()}`);
    try {
      const run = await cli(['submit', '--intake-url', intake.url, '--json', '--data-dir', dataDir], '', {});
      expect(run.code).toBe(2);
      expect(json(run.stdout)).toMatchObject({ error: { code: 'intake-token-missing', message: expect.stringContaining('MIMECAST_AW_INTAKE_TOKEN') as unknown } });
      expect(intake.requests).toHaveLength(0);
    } finally {
      await cli(['credentials', 'delete', '--data-dir', dataDir]);
    }
  });
});
