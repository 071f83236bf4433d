import type { EffectMeasure } from '@duiding/analytics';

export type TEffectStrength = 'verwaarloosbaar' | 'klein' | 'middelgroot' | 'groot';

/**
 * Conventional bounds (small, medium, large) per effect measure, so that each pattern can
 * say in words how strong it is. Sources: Cliff's δ and the JT δ (same scale) — Romano et
 * al. (2006) 0,147 / 0,33 / 0,474; ε² — Rea & Parker (1992) 0,01 / 0,08 / 0,26; Cramér's V
 * with df* = 1 and ρ — Cohen (1988) 0,1 / 0,3 / 0,5 (V is divided by √df* for larger tables,
 * Cohen's w); Pillai's V as η² — Cohen 0,01 / 0,06 / 0,14; Mahalanobis D (√D²) as Cohen's d
 * 0,2 / 0,5 / 0,8; odds ratio — Chen et al. (2010) 1,68 / 3,47 / 6,71 (either direction); a
 * proportion's slope per step — 0,02 / 0,05 / 0,10 (our choice: two, five, ten points).
 */
const BOUNDS: Record<EffectMeasure, readonly [number, number, number]> = {
  'cliffs-delta': [0.147, 0.33, 0.474],
  'jt-delta': [0.147, 0.33, 0.474],
  'epsilon-squared': [0.01, 0.08, 0.26],
  'cramers-v': [0.1, 0.3, 0.5],
  rho: [0.1, 0.3, 0.5],
  'pillai-trace': [0.01, 0.06, 0.14],
  'mahalanobis-d2': [0.2, 0.5, 0.8],
  'odds-ratio': [Math.log(1.68), Math.log(3.47), Math.log(6.71)],
  'proportion-slope': [0.02, 0.05, 0.1],
};

export function effectStrength(
  measure: EffectMeasure,
  value: number,
  /** For Cramér's V: min(rows, columns) − 1 of its table. */
  dfStar = 1,
): TEffectStrength {
  if (!Number.isFinite(value)) return 'verwaarloosbaar';
  let size = Math.abs(value);
  if (measure === 'mahalanobis-d2') size = Math.sqrt(size);
  if (measure === 'odds-ratio') size = Math.abs(Math.log(value > 0 ? value : Number.MIN_VALUE));
  if (measure === 'cramers-v') size *= Math.sqrt(Math.max(1, dfStar));
  const [small, medium, large] = BOUNDS[measure];
  if (size >= large) return 'groot';
  if (size >= medium) return 'middelgroot';
  if (size >= small) return 'klein';
  return 'verwaarloosbaar';
}

const decimal = (digits: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** p or q as a reader wants it: "0,03", "< 0,001". */
export function formatProbability(p: number): string {
  if (p < 0.001) return '< 0,001';
  return decimal(p < 0.01 ? 3 : 2).format(p);
}

export const TEST_LABELS: Record<string, string> = {
  'mann-whitney': 'Mann-Whitney-toets',
  'kruskal-wallis': 'Kruskal-Wallis-toets',
  'chi-square': 'χ²-toets',
  'fisher-exact': 'exacte toets van Fisher',
  spearman: 'rangcorrelatie van Spearman',
  'hotelling-t2': 'Hotellings T²-toets (ilr)',
  'manova-pillai': 'MANOVA, Pillai (ilr)',
  'jonckheere-terpstra': 'Jonckheere-Terpstra-toets',
  'cochran-armitage': 'Cochran-Armitage-trendtoets',
};
