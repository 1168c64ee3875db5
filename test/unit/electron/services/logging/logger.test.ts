import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, fileSink } from '../../../../../electron/services/logging/logger.ts';
import { createRedactor } from '../../../../../electron/services/logging/redactor.ts';

describe('logger', () => {
  it('writes JSON lines through the redactor to an owner-only file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aw-log-')), 'logs', 'main.log');
    const redactor = createRedactor();
    redactor.register('client-secret-value');
    const logger = createLogger(redactor, [fileSink(file)], () => new Date('2026-11-25T10:00:00Z'));
    logger.warn('token refused for client-secret-value', { body: { secret: 'client-secret-value' } });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('client-secret-value');
    expect(JSON.parse(text)).toEqual({ at: '2026-11-25T10:00:00.000Z', level: 'warn', message: 'token refused for [redacted]', details: { body: { secret: '[redacted]' } } });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('survives a sink that throws', () => {
    const logger = createLogger(createRedactor(), [() => { throw new Error('disk full'); }]);
    expect(() => logger.error('x')).not.toThrow();
  });
});
