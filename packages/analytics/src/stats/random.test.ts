import { describe, expect, it } from 'vitest';
import { createRandom, seededShuffle, shuffleInPlace } from './random.ts';

describe('createRandom', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const other = createRandom(43);
    const a = Array.from({ length: 5 }, first);
    expect(Array.from({ length: 5 }, second)).toEqual(a);
    expect(Array.from({ length: 5 }, other)).not.toEqual(a);
  });

  it('is roughly uniform on [0, 1)', () => {
    const random = createRandom(7);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 10)]!++;
    }
    expect(outside).toBe(0);
    // Each bin expects 10 000 with sd ≈ 95; 5 sd either way.
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('seededShuffle', () => {
  it('permutes without losing values, reproducibly, and leaves the input alone', () => {
    const values = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = seededShuffle(values, 3);
    expect(values[0]).toBe(0);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(values);
    expect(shuffled).not.toEqual(values);
    expect(seededShuffle(values, 3)).toEqual(shuffled);
  });

  it('shuffles typed arrays in place', () => {
    const values = Float64Array.from([1, 2, 3, 4, 5, 6]);
    shuffleInPlace(values, createRandom(1));
    expect([...values].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
