import { adjustBenjaminiHochberg, chiSquareSf } from '../stats';
import {
  countStems,
  stemLabel,
  type TTextDocument,
  type TWordCountOptions,
} from './word-frequencies';

/** A word that one group of texts uses notably more than the other. */
export interface TKeyword {
  stem: string;
  label: string;
  /** Occurrences in the target and in the reference texts. */
  targetCount: number;
  referenceCount: number;
  /**
   * Log-likelihood G² of the 2×2 table (word / other words × target / reference), with all
   * four cells: the statistic SciPy's `power_divergence(lambda_='log-likelihood')` gives.
   */
  g2: number;
  /**
   * Rayson & Garside's (2000) form, summing only the two word cells, as the Lancaster
   * log-likelihood calculator does; close to `g2` when the word is rare.
   */
  g2RaysonGarside: number;
  /** P(χ²₁ ≥ g2). */
  p: number;
  /** Benjamini–Hochberg over every word tested. */
  q: number;
  /** log₂ of the ratio of relative frequencies (Hardie 2014); 0.5 stands in for a zero count. */
  logRatio: number;
  /**
   * %DIFF (Gabrielatos & Marchi 2012): the difference of the relative frequencies in
   * percent of the reference's; `null` when the reference never uses the word.
   */
  percentDiff: number | null;
  /** Which group uses the word more. */
  overusedIn: 'target' | 'reference';
}

export interface TKeynessOptions extends TWordCountOptions {
  /** Words with fewer occurrences in both groups together are not tested. Default 5. */
  minCount?: number;
}

function xLogX(observed: number, expected: number): number {
  return observed > 0 ? observed * Math.log(observed / expected) : 0;
}

/**
 * G² for a word seen `a` times among `c` words of the target and `b` times among `d` words
 * of the reference.
 */
export function logLikelihoodG2(a: number, b: number, c: number, d: number) {
  const total = c + d;
  const e1 = (c * (a + b)) / total;
  const e2 = (d * (a + b)) / total;
  const e3 = (c * (total - a - b)) / total;
  const e4 = (d * (total - a - b)) / total;
  const twoCell = 2 * (xLogX(a, e1) + xLogX(b, e2));
  const g2 = 2 * (xLogX(a, e1) + xLogX(b, e2) + xLogX(c - a, e3) + xLogX(d - b, e4));
  return { g2: Math.max(0, g2), g2RaysonGarside: twoCell };
}

/**
 * Keywords of `target` against `reference` (Rayson & Garside 2000), sorted by G²
 * descending. Stems are compared, labelled with the most frequent form.
 */
export function keyness(
  target: Iterable<TTextDocument | string>,
  reference: Iterable<TTextDocument | string>,
  { minCount = 5, ...countOptions }: TKeynessOptions = {},
): TKeyword[] {
  const t = countStems(target, countOptions);
  const r = countStems(reference, countOptions);
  const c = t.tokens;
  const d = r.tokens;
  if (c === 0 || d === 0) return [];
  const stems = new Set([...t.counts.keys(), ...r.counts.keys()]);
  const rows: Omit<TKeyword, 'q'>[] = [];
  for (const stem of stems) {
    const a = t.counts.get(stem) ?? 0;
    const b = r.counts.get(stem) ?? 0;
    if (a + b < minCount) continue;
    const { g2, g2RaysonGarside } = logLikelihoodG2(a, b, c, d);
    const targetRate = a / c;
    const referenceRate = b / d;
    const forms = new Map(t.forms.get(stem));
    for (const [form, n] of r.forms.get(stem) ?? []) forms.set(form, (forms.get(form) ?? 0) + n);
    rows.push({
      stem,
      label: stemLabel(forms, stem),
      targetCount: a,
      referenceCount: b,
      g2,
      g2RaysonGarside,
      p: chiSquareSf(g2, 1),
      logRatio: Math.log2((a || 0.5) / c / ((b || 0.5) / d)),
      percentDiff: b === 0 ? null : ((targetRate - referenceRate) * 100) / referenceRate,
      overusedIn: targetRate >= referenceRate ? 'target' : 'reference',
    });
  }
  const q = adjustBenjaminiHochberg(rows.map((row) => row.p));
  return rows
    .map((row, i) => ({ ...row, q: q[i] ?? 1 }))
    .sort((x, y) => y.g2 - x.g2 || x.label.localeCompare(y.label, 'nl'));
}
