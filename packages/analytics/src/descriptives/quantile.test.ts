import { describe, expect, it } from 'vitest';
import { quantileSorted, sortedPresent } from './quantile.ts';

describe('quantileSorted (R type 7)', () => {
  it('interpolates between neighbours', () => {
    const sorted = [1, 2, 3, 4];
    expect(quantileSorted(sorted, 0.5)).toBe(2.5);
    expect(quantileSorted(sorted, 0.25)).toBe(1.75);
    expect(quantileSorted(sorted, 1)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(() => quantileSorted(sorted, 1.5)).toThrow(RangeError);
  });

  it('sorts present values and counts nulls', () => {
    const { sorted, nNotApplicable } = sortedPresent([0.3, null, 0.1]);
    expect([...sorted]).toEqual([0.1, 0.3]);
    expect(nNotApplicable).toBe(1);
  });
});
