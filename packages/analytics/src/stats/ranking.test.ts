import { describe, expect, it } from 'vitest';
import { averageRanks } from './ranking.ts';

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks and sums the tie term', () => {
    const { ranks, tieSum, hasTies } = averageRanks([10, 20, 20, 5, 20]);
    expect([...ranks]).toEqual([2, 4, 4, 1, 4]);
    expect(tieSum).toBe(27 - 3);
    expect(hasTies).toBe(true);
  });

  it('rejects non-finite values', () => {
    expect(() => averageRanks([1, Number.NaN])).toThrow(RangeError);
  });
});
