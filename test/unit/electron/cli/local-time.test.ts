import { describe, expect, it } from 'vitest';
import { localDateTime, localTimeOfDay } from '../../../../electron/cli/local-time.ts';

describe('electron/cli/local-time.ts', () => {
  it('shows a time in the given (local) zone, named, on a 24-hour clock, with the date', () => {
    expect(localDateTime('2026-12-07T23:41:05.123Z', 'UTC')).toMatch(/2026.*23:41.*UTC/);
    expect(localDateTime('2026-12-07T23:41:05Z', 'Europe/Berlin')).toMatch(/8.*2026.*00:41.*(GMT\+1|CET)/);
    expect(localDateTime('2026-12-07T23:41:05Z', 'UTC')).not.toContain('T23');
  });

  it('the time of day alone for a recent event', () => {
    expect(localTimeOfDay('2026-11-25T09:58:12Z', 'UTC')).toMatch(/^09:58 UTC$/);
    expect(localTimeOfDay('2026-11-25T09:58:12Z', 'America/New_York')).toMatch(/^04:58 (EST|GMT-5)$/);
  });

  it('leaves a value that is not a time as it is', () => {
    expect(localDateTime('soon')).toBe('soon');
  });
});
