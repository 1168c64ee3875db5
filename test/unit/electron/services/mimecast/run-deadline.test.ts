import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';
import { runVerification, VERIFY_DEADLINE_MS } from '../../../../../electron/services/mimecast/run-verification.ts';
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, startFakeMimecast, type FakeMimecast, type FakeMimecastOptions } from '../../../../fixtures/fake-mimecast.ts';

/** One verification has one budget for all its requests and retries, whatever each request's own deadline is. */
let fake: FakeMimecast | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function run(answers: FakeMimecastOptions['answers'], runDeadlineMs: number) {
  fake = await startFakeMimecast({ answers });
  const waits: number[] = [];
  const report = await runVerification({
    baseUrl: fake.baseUrl,
    credentials: { clientId: FAKE_CLIENT_ID, clientSecret: FAKE_CLIENT_SECRET },
    redactor: createRedactor(),
    timeoutMs: 30_000,
    runDeadlineMs,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { report, waits };
}

describe('the verification deadline', () => {
  it('leaves a margin under the 45 seconds one verify may take', () => {
    expect(VERIFY_DEADLINE_MS).toBeLessThan(45_000);
  });

  it('a hanging token request is stopped at the run deadline, not at its own longer one', async () => {
    const { report } = await run({ token: { kind: 'hang' } }, 500);
    expect(report.token).toMatchObject({ ok: false, status: null, code: 'timeout' });
    // What was left of the 0.5 s when the request started (the client's set-up takes a little of it).
    expect(report.token.message).toMatch(/did not finish answering within 0\.[1-5] seconds/);
  });

  it('no retry starts that the deadline could not wait for: the rate limit is reported instead', async () => {
    const { report, waits } = await run({ token: { kind: 'rate-limited', header: 'X-RateLimit-Reset', value: '5000' } }, 3_000);
    expect(waits).toEqual([]);
    expect(report.token).toMatchObject({ ok: false, status: 429, code: 'rate-limited' });
  });
});
