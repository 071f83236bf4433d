/** Who looks: the research team sees every number; anyone else sees protected output. */
export type TSuppressionAudience = 'research-team' | 'outside';

export interface TSuppressionOptions {
  audience: TSuppressionAudience;
  /** A group (chart, statistic, story list) shown outside the research team needs n ≥ this. */
  minGroupSize?: number;
  /** Counts from 1 up to below this are hidden in cross tables and heat maps. */
  minCellSize?: number;
}

export const DEFAULT_MIN_GROUP_SIZE = 10;
export const DEFAULT_MIN_CELL_SIZE = 5;

/**
 * One published number. A count under the cell threshold shows as "<5"; a count hidden
 * only so that a small one cannot be worked out (secondary suppression) shows as "x",
 * as in CBS tables. Zeros are shown: nobody is in them.
 */
export type TSuppressedCell =
  | { kind: 'value'; value: number }
  | { kind: 'suppressed'; display: `<${number}` }
  | { kind: 'suppressed'; display: 'x' };

/** Output withheld as a whole, with the reason in Dutch. */
export interface TWithheld {
  kind: 'withheld';
  reason: string;
}
