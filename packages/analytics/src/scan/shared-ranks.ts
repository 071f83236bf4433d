import {
  chiSquareSf,
  clampProbability,
  degenerateResult,
  mannWhitneyU,
  normalSf,
  studentTTwoSidedP,
  type TestResult,
} from '../stats';

/**
 * Rank tests on data already reduced to levels (the index of each value among the sorted
 * distinct values, computed once per signifier). Ranks within any subset follow from
 * counting stories per level and group, O(n + levels·groups), with no sort per test.
 * The statistics, tie corrections and p-values are those of `mannWhitneyU`,
 * `kruskalWallis` and `spearman` in `../stats`; shared-ranks.test.ts checks that they agree.
 */

export interface TRankSums {
  /** Average rank of each level among the stories in the test. */
  levelRanks: Float64Array;
  /** Stories per group in the test. */
  sizes: Float64Array;
  rankSums: Float64Array;
  n: number;
  /** Σ (t³ − t) over tied values. */
  tieSum: number;
}

/**
 * Stories per (level, group), all groups: one pass, shared by the group sizes and the ranks.
 * With `scratch` (zeroed here), the counts are written into it instead of a new array: the
 * scan reuses one buffer rather than leaving hundreds of them to the collector.
 */
export function countByLevelAndGroup(
  levels: Int32Array,
  levelCount: number,
  groups: Int32Array,
  groupCount: number,
  scratch?: Float64Array,
): Float64Array {
  const size = levelCount * groupCount;
  const counts =
    scratch && scratch.length >= size ? scratch.subarray(0, size).fill(0) : new Float64Array(size);
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    const group = groups[i]!;
    if (level >= 0 && group >= 0) counts[level * groupCount + group]! += 1;
  }
  return counts;
}

/** Rank sums of the groups `included`, from the counts per level and group. */
export function rankSumsFromCounts(
  counts: Float64Array,
  levelCount: number,
  groupCount: number,
  included: Uint8Array,
): TRankSums {
  const sizes = new Float64Array(groupCount);
  const rankSums = new Float64Array(groupCount);
  const levelRanks = new Float64Array(levelCount);
  let below = 0;
  let tieSum = 0;
  for (let level = 0; level < levelCount; level++) {
    const row = level * groupCount;
    let t = 0;
    for (let g = 0; g < groupCount; g++) if (included[g]) t += counts[row + g]!;
    if (t === 0) continue;
    const rank = below + (t + 1) / 2;
    levelRanks[level] = rank;
    for (let g = 0; g < groupCount; g++) {
      const c = counts[row + g]!;
      if (c > 0 && included[g]) {
        sizes[g]! += c;
        rankSums[g]! += c * rank;
      }
    }
    tieSum += t * t * t - t;
    below += t;
  }
  return { levelRanks, sizes, rankSums, n: below, tieSum };
}

/** Rank sums of the groups `included`, over stories with a level and a group. */
export function groupRankSums(
  levels: Int32Array,
  levelCount: number,
  groups: Int32Array,
  groupCount: number,
  included: Uint8Array,
): TRankSums {
  const counts = countByLevelAndGroup(levels, levelCount, groups, groupCount);
  return rankSumsFromCounts(counts, levelCount, groupCount, included);
}

/** Kruskal–Wallis from rank sums (tie-corrected H, χ² on k − 1 df, ε² = H / (n − 1)). */
export function kruskalWallisFromRanks({ sizes, rankSums, n, tieSum }: TRankSums): TestResult {
  const groupSizes = [...sizes];
  let present = 0;
  let sum = 0;
  sizes.forEach((size, g) => {
    if (size > 0) {
      present++;
      sum += (rankSums[g]! * rankSums[g]!) / size;
    }
  });
  if (present < 2)
    return degenerateResult('kruskal-wallis', groupSizes, 'fewer than two non-empty groups');
  if (tieSum === n * n * n - n) {
    return {
      ...degenerateResult('kruskal-wallis', groupSizes, 'all values are tied'),
      statistic: { name: 'H', value: 0 },
    };
  }
  const h = ((12 / (n * (n + 1))) * sum - 3 * (n + 1)) / (1 - tieSum / (n * n * n - n));
  const df = present - 1;
  return {
    test: 'kruskal-wallis',
    statistic: { name: 'H', value: h },
    df: [df],
    p: clampProbability(chiSquareSf(h, df)),
    effect: { measure: 'epsilon-squared', value: h / (n - 1) },
    groupSizes,
    method: 'asymptotic',
  };
}

/**
 * Mann–Whitney of group `first` against group `second` from rank sums: the normal
 * approximation with tie and continuity correction. Small samples (both under 50, where
 * R and `mannWhitneyU` may use the exact distribution) go to `mannWhitneyU` itself.
 */
export function mannWhitneyFromRanks(
  sums: TRankSums,
  first: number,
  second: number,
  valuesOf: (group: number) => number[],
): TestResult {
  const n1 = sums.sizes[first]!;
  const n2 = sums.sizes[second]!;
  if (n1 < 50 && n2 < 50) return mannWhitneyU(valuesOf(first), valuesOf(second));
  const n = n1 + n2;
  const u = sums.rankSums[first]! - (n1 * (n1 + 1)) / 2;
  const product = n1 * n2;
  const effect = { measure: 'cliffs-delta' as const, value: (2 * u) / product - 1 };
  const groupSizes = [n1, n2];
  if (sums.tieSum === n * n * n - n) {
    return {
      test: 'mann-whitney',
      statistic: { name: 'U', value: u },
      p: 1,
      effect,
      groupSizes,
      note: 'all values are tied',
    };
  }
  const sigma = Math.sqrt((product / 12) * (n + 1 - sums.tieSum / (n * (n - 1))));
  const z = Math.max(Math.abs(u - product / 2) - 0.5, 0) / sigma;
  return {
    test: 'mann-whitney',
    statistic: { name: 'U', value: u },
    p: clampProbability(2 * normalSf(z)),
    effect,
    groupSizes,
    method: 'asymptotic',
  };
}

/** Average rank of each level among the stories where `use` holds. */
function levelRanks(levels: Int32Array, levelCount: number, use: Uint8Array): Float64Array {
  const counts = new Float64Array(levelCount);
  for (let i = 0; i < levels.length; i++) if (use[i]) counts[levels[i]!]! += 1;
  const ranks = new Float64Array(levelCount);
  let below = 0;
  for (let level = 0; level < levelCount; level++) {
    const t = counts[level]!;
    ranks[level] = below + (t + 1) / 2;
    below += t;
  }
  return ranks;
}

/** Spearman's ρ on the stories where both have a value (t test on n − 2 df, as `spearman`). */
export function spearmanFromLevels(
  x: { levels: Int32Array; levelCount: number },
  y: { levels: Int32Array; levelCount: number },
): TestResult {
  return spearmanWithRanks(x, y).result;
}

/** Spearman's ρ, with the ranks it used (per level) and which stories took part. */
export function spearmanWithRanks(
  x: { levels: Int32Array; levelCount: number },
  y: { levels: Int32Array; levelCount: number },
): { result: TestResult; rx: Float64Array; ry: Float64Array; use: Uint8Array } {
  const total = x.levels.length;
  const use = new Uint8Array(total);
  let n = 0;
  for (let i = 0; i < total; i++) {
    if (x.levels[i]! >= 0 && y.levels[i]! >= 0) {
      use[i] = 1;
      n++;
    }
  }
  const rx = levelRanks(x.levels, x.levelCount, use);
  const ry = levelRanks(y.levels, y.levelCount, use);
  const done = (result: TestResult) => ({ result, rx, ry, use });
  if (n < 3)
    return done({
      test: 'spearman',
      statistic: { name: 'ρ', value: Number.NaN },
      p: 1,
      groupSizes: [n],
      note: 'n < 3',
    });
  // The mean of ranks 1..n is (n + 1)/2 whatever the ties.
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < total; i++) {
    if (!use[i]) continue;
    const dx = rx[x.levels[i]!]! - mean;
    const dy = ry[y.levels[i]!]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) {
    return done({
      test: 'spearman',
      statistic: { name: 'ρ', value: Number.NaN },
      p: 1,
      groupSizes: [n],
      note: 'a variable is constant',
    });
  }
  const rho = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  const df = n - 2;
  const t = Math.abs(rho) === 1 ? Number.POSITIVE_INFINITY : rho * Math.sqrt(df / (1 - rho * rho));
  return done({
    test: 'spearman',
    statistic: { name: 'ρ', value: rho },
    df: [df],
    p: clampProbability(studentTTwoSidedP(t, df)),
    effect: { measure: 'rho', value: rho },
    groupSizes: [n],
    method: 'asymptotic',
  });
}
