import { studentTTwoSidedP } from './distributions.ts';
import { averageRanks } from './ranking.ts';
import { clampProbability, type TestResult } from './test-result.ts';

/** Pearson's r of two equally long arrays; NaN when either is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i] as number;
    meanY += y[i] as number;
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - meanX;
    const dy = (y[i] as number) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  const r = sxy / Math.sqrt(sxx * syy);
  return r > 1 ? 1 : Math.max(r, -1);
}

/**
 * Spearman's rank correlation ρ (Pearson's r of average ranks, ties allowed), with the
 * two-sided p from t = ρ √((n − 2)/(1 − ρ²)) on n − 2 degrees of freedom, as SciPy
 * `spearmanr`. n < 3 or a constant variable gives p = 1 with a note.
 */
export function spearman(x: readonly number[], y: readonly number[]): TestResult {
  if (x.length !== y.length) {
    throw new RangeError(`spearman needs paired values: ${x.length} vs ${y.length}`);
  }
  const n = x.length;
  if (n < 3) {
    return {
      test: 'spearman',
      statistic: { name: 'ρ', value: Number.NaN },
      p: 1,
      groupSizes: [n],
      note: 'n < 3',
    };
  }
  const rho = pearson(averageRanks(x).ranks, averageRanks(y).ranks);
  if (Number.isNaN(rho)) {
    return {
      test: 'spearman',
      statistic: { name: 'ρ', value: Number.NaN },
      p: 1,
      groupSizes: [n],
      note: 'a variable is constant',
    };
  }
  const df = n - 2;
  const t = Math.abs(rho) === 1 ? Number.POSITIVE_INFINITY : rho * Math.sqrt(df / (1 - rho * rho));
  return {
    test: 'spearman',
    statistic: { name: 'ρ', value: rho },
    df: [df],
    p: clampProbability(studentTTwoSidedP(t, df)),
    effect: { measure: 'rho', value: rho },
    groupSizes: [n],
    method: 'asymptotic',
  };
}
