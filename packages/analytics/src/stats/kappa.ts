import { normalSf } from './distributions.ts';

/*
 * Cohen's κ for two coders who each put the same n items into one of k categories, with the
 * large-sample standard errors of Fleiss, Cohen & Everitt (1969), "Large sample standard errors
 * of kappa and weighted kappa", Psychological Bulletin 72(5), 323–327: `se0` under κ = 0 (for
 * the test), `se` around the estimate (for the confidence interval).
 */

export interface TKappaResult {
  /** Items both coders judged. */
  n: number;
  /** Proportion of items on which they agree. */
  observed: number;
  /** Agreement expected by chance from each coder's own proportions. */
  expected: number;
  /** Null when chance agreement is already 1 (both always chose the same one category). */
  kappa: number | null;
  se: number | null;
  se0: number | null;
  /** 95 % confidence interval (κ ± 1.96 · se), clipped to [−1, 1]. */
  ci95: [number, number] | null;
  /** Two-sided p of z = κ / se0 against "agreement by chance only". */
  p: number | null;
}

/** κ of a square agreement table: `table[i][j]` items coder A put in i and coder B in j. */
export function cohensKappa(table: readonly (readonly number[])[]): TKappaResult {
  const k = table.length;
  if (k === 0 || table.some((row) => row.length !== k)) {
    throw new RangeError('An agreement table is square, with one row and column per category.');
  }
  let n = 0;
  for (const row of table) {
    for (const cell of row) {
      if (!(Number.isFinite(cell) && cell >= 0)) throw new RangeError('Counts are ≥ 0.');
      n += cell;
    }
  }
  const empty: TKappaResult = {
    n,
    observed: Number.NaN,
    expected: Number.NaN,
    kappa: null,
    se: null,
    se0: null,
    ci95: null,
    p: null,
  };
  if (n === 0) return empty;
  const p = table.map((row) => row.map((cell) => cell / n));
  const rows = p.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = Array.from({ length: k }, (_, j) => p.reduce((a, row) => a + row[j]!, 0));
  const observed = p.reduce((a, row, i) => a + row[i]!, 0);
  const expected = rows.reduce((a, r, i) => a + r * cols[i]!, 0);
  if (1 - expected <= 1e-12) return { ...empty, observed, expected };
  const kappa = (observed - expected) / (1 - expected);

  // Fleiss, Cohen & Everitt (1969), eq. 13 (non-null variance) and eq. 14 (null variance).
  let diagonal = 0;
  let offDiagonal = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (i === j) diagonal += p[i]![i]! * (1 - (rows[i]! + cols[i]!) * (1 - kappa)) ** 2;
      else offDiagonal += p[i]![j]! * (cols[i]! + rows[j]!) ** 2;
    }
  }
  const variance =
    (diagonal + (1 - kappa) ** 2 * offDiagonal - (kappa - expected * (1 - kappa)) ** 2) /
    (n * (1 - expected) ** 2);
  const nullSum = rows.reduce((a, r, i) => a + r * cols[i]! * (r + cols[i]!), 0);
  const variance0 = (expected + expected ** 2 - nullSum) / (n * (1 - expected) ** 2);
  const se = Math.sqrt(Math.max(0, variance));
  const se0 = Math.sqrt(Math.max(0, variance0));
  const clip = (x: number) => Math.max(-1, Math.min(1, x));
  return {
    n,
    observed,
    expected,
    kappa,
    se,
    se0,
    ci95: [clip(kappa - 1.959963984540054 * se), clip(kappa + 1.959963984540054 * se)],
    p: se0 > 0 ? Math.min(1, 2 * normalSf(Math.abs(kappa / se0))) : null,
  };
}

export interface TCodeAgreement {
  codeId: string;
  /** Rows: coder A applied the code (yes, no); columns: coder B (yes, no). */
  table: [[number, number], [number, number]];
  result: TKappaResult;
}

/**
 * Per code, how two coders agree on the stories both coded (a coder who coded a story without
 * code X said "not X" about it): the 2×2 table of yes/no and its κ.
 */
export function agreementByCode(
  applied: readonly { storyId: string; codeId: string; coderUserId: string }[],
  coderA: string,
  coderB: string,
  codeIds: readonly string[],
): { stories: number; codes: TCodeAgreement[] } {
  const storiesOf = (coder: string) =>
    new Set(applied.filter((a) => a.coderUserId === coder).map((a) => a.storyId));
  const aStories = storiesOf(coderA);
  const shared = [...storiesOf(coderB)].filter((s) => aStories.has(s));
  const has = new Set(applied.map((a) => `${a.coderUserId}\u0000${a.storyId}\u0000${a.codeId}`));
  const codes = codeIds.map((codeId): TCodeAgreement => {
    const table: [[number, number], [number, number]] = [
      [0, 0],
      [0, 0],
    ];
    for (const storyId of shared) {
      const a = has.has(`${coderA}\u0000${storyId}\u0000${codeId}`) ? 0 : 1;
      const b = has.has(`${coderB}\u0000${storyId}\u0000${codeId}`) ? 0 : 1;
      table[a][b] += 1;
    }
    return { codeId, table, result: cohensKappa(table) };
  });
  return { stories: shared.length, codes };
}
