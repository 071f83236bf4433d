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

/** rank = #{v < x} + (#{v = x} + 1) / 2, by brute force. */
function bruteForceRanks(values: readonly number[]): number[] {
  return values.map((x) => {
    let below = 0;
    let equal = 0;
    for (const v of values) {
      if (v < x) below++;
      else if (v === x) equal++;
    }
    return below + (equal + 1) / 2;
  });
}

describe('averageRanks on larger samples', () => {
  it('matches brute force on the tied (Map) and the continuous (binary search) path', () => {
    const tied = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 13);
    const continuous = tied.map((v, i) => v + ((i * 104729) % 1000) * 1e-4);
    const mixed = continuous.map((v, i) => (i % 10 === 0 ? 3 : v));
    for (const values of [tied, continuous, mixed]) {
      expect([...averageRanks(values).ranks]).toEqual(bruteForceRanks(values));
    }
    expect(averageRanks(continuous).hasTies).toBe(false);
  });
});
