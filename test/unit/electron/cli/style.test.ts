import { describe, expect, it } from 'vitest';
import { plain, styleFor } from '../../../../electron/cli/style.ts';

describe('electron/cli/style.ts', () => {
  it('colours the marks at a terminal: passed green, failed red, a warning yellow', () => {
    const style = styleFor(true, {});
    expect(style.ok('OK')).toBe('\u001b[32mOK\u001b[39m');
    expect(style.bad('FAIL')).toBe('\u001b[31mFAIL\u001b[39m');
    expect(style.warn('WARN')).toBe('\u001b[33mWARN\u001b[39m');
  });

  it('never into a pipe or a file, never with NO_COLOR set to anything, never on TERM=dumb', () => {
    expect(styleFor(false, {})).toBe(plain);
    expect(styleFor(undefined, {})).toBe(plain);
    expect(styleFor(true, { NO_COLOR: '1' })).toBe(plain);
    expect(styleFor(true, { NO_COLOR: 'yes' })).toBe(plain);
    expect(styleFor(true, { TERM: 'dumb' })).toBe(plain);
    // no-color.org: an empty NO_COLOR does not count as set.
    expect(styleFor(true, { NO_COLOR: '' })).not.toBe(plain);
    expect(plain.bad('FAIL')).toBe('FAIL');
  });
});
