import { DEFAULT_MIN_GROUP_SIZE, type TSuppressionOptions, type TWithheld } from './types';

/**
 * Whether a group of n stories may be shown: always to the research team, outside it
 * only when n ≥ minGroupSize (DESIGN.md, privacy rules).
 */
export function mayShowGroup(n: number, { audience, minGroupSize }: TSuppressionOptions): boolean {
  return audience === 'research-team' || n >= (minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
}

/**
 * A group statistic, chart or story list: given as is when it may be shown, else withheld.
 * The reason does not state the small group's exact n.
 */
export function suppressSmallGroup<T>(
  n: number,
  output: T,
  options: TSuppressionOptions,
): { kind: 'shown'; n: number; value: T } | TWithheld {
  if (mayShowGroup(n, options)) return { kind: 'shown', n, value: output };
  const minGroupSize = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  return {
    kind: 'withheld',
    reason: `Minder dan ${minGroupSize} verhalen in deze groep; dit tonen we alleen aan het onderzoeksteam.`,
  };
}
