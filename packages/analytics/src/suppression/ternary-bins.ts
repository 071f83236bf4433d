import {
  DEFAULT_MIN_CELL_SIZE,
  DEFAULT_MIN_GROUP_SIZE,
  type TSuppressedCell,
  type TSuppressionOptions,
  type TWithheld,
} from './types';

export interface TPublishedBins {
  kind: 'bins';
  bins: { id: string; count: TSuppressedCell }[];
  /** The number of placed triads: the chart's n, always shown. */
  total: number;
}

/**
 * The range a hidden bin can take given the published n and the shown bins: the hidden
 * bins sum to H = n − Σ shown, a "<5" bin lies in 1..4 and an "x" bin is ≥ 5.
 */
function hiddenRanges(
  counts: readonly number[],
  hidden: readonly ('small' | 'complement' | undefined)[],
  minCell: number,
): [number, number][] {
  let sum = 0;
  let low = 0;
  let high = 0;
  hidden.forEach((kind, i) => {
    if (!kind) return;
    sum += counts[i]!;
    low += kind === 'small' ? 1 : minCell;
  });
  // An "x" bin holds at most the whole hidden total.
  hidden.forEach((kind) => {
    if (kind) high += kind === 'small' ? minCell - 1 : sum;
  });
  const ranges: [number, number][] = [];
  hidden.forEach((kind) => {
    if (!kind) return;
    const lo = kind === 'small' ? 1 : minCell;
    const hi = kind === 'small' ? minCell - 1 : sum;
    ranges.push([Math.max(lo, sum - (high - hi)), Math.min(hi, sum - (low - lo))]);
  });
  return ranges;
}

/**
 * Heat-map bins of a ternary plot, ready to show. Outside the research team, bins of
 * 1..minCellSize − 1 triads show as "<5". Because n is shown, the hidden bins together
 * hold n − Σ shown, which anyone can compute; what must not be computable is any single
 * hidden bin. With one hidden bin, or a hidden total at the edge of what the "<5" bins
 * allow (e.g. two hidden bins holding 2 triads: both 1), the smallest shown bins are
 * hidden as well ("x") until every hidden bin has at least two possible counts.
 */
export function suppressTernaryBins(
  bins: readonly { id: string; count: number }[],
  options: TSuppressionOptions,
): TPublishedBins | TWithheld {
  const minCell = options.minCellSize ?? DEFAULT_MIN_CELL_SIZE;
  const minGroup = options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const counts = bins.map((b) => b.count);
  const total = counts.reduce((s, v) => s + v, 0);
  const hidden: ('small' | 'complement' | undefined)[] = counts.map(() => undefined);
  if (options.audience === 'outside') {
    if (total < minGroup) {
      return {
        kind: 'withheld',
        reason: `Minder dan ${minGroup} verhalen; deze figuur tonen we alleen aan het onderzoeksteam.`,
      };
    }
    counts.forEach((count, i) => {
      if (count >= 1 && count < minCell) hidden[i] = 'small';
    });
    while (
      hidden.some(Boolean) &&
      hiddenRanges(counts, hidden, minCell).some(([lo, hi]) => lo >= hi)
    ) {
      let smallest = -1;
      counts.forEach((count, i) => {
        if (!hidden[i] && count > 0 && (smallest < 0 || count < counts[smallest]!)) smallest = i;
      });
      if (smallest < 0) {
        return {
          kind: 'withheld',
          reason:
            'Te weinig verhalen verspreid over de figuur; we tonen hem alleen aan het onderzoeksteam.',
        };
      }
      hidden[smallest] = 'complement';
    }
  }
  return {
    kind: 'bins',
    total,
    bins: bins.map((bin, i) => ({
      id: bin.id,
      count:
        hidden[i] === 'small'
          ? { kind: 'suppressed', display: `<${minCell}` }
          : hidden[i] === 'complement'
            ? { kind: 'suppressed', display: 'x' }
            : { kind: 'value', value: bin.count },
    })),
  };
}
