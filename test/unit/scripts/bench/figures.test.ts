import { describe, expect, it } from 'vitest';
import { formatFigure, median } from '../../../../scripts/bench/figures.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('formatFigure', () => {
  it('prints the verdict, figure and budget, and the detail on its own line', () => {
    const line = formatFigure({ name: 'initial JS', value: '97.3 KB', budget: '≤ 200.0 KB', pass: true, detail: '1 file' });
    expect(line).toMatch(/^PASS\s+initial JS\s+97\.3 KB\s+≤ 200\.0 KB\n\s+1 file$/);
    expect(formatFigure({ name: 'x', value: '4.00×', budget: '≤ 3.00×', pass: false })).toMatch(/^FAIL/);
    expect(formatFigure({ name: 'x', value: '1 ms', budget: null, pass: null })).toMatch(/^INFO.*no budget$/);
  });
});
