/**
 * A seeded pseudo-random generator: mulberry32 (Tommy Ettinger, public domain), 32-bit
 * state, period 2^32. Ample for permutation and Monte-Carlo p-values with up to ~10^5
 * replicates; not for cryptography. Returns numbers in [0, 1).
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomInteger(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** Fisher–Yates shuffle in place; returns the same array. */
export function shuffleInPlace<V, T extends { length: number; [index: number]: V }>(
  values: T,
  random: () => number,
): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = values[i] as V;
    values[i] = values[j] as V;
    values[j] = held;
  }
  return values;
}

/** A shuffled copy; the input is left untouched. */
export function seededShuffle<T>(values: readonly T[], seed: number): T[] {
  return shuffleInPlace(values.slice(), createRandom(seed));
}
