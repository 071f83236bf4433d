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
  /**
   * The chart's n (placed triads). Exact when no bin is hidden; when bins are hidden it is
   * rounded to the nearest 10 ("≈ 1230"), so that n minus the shown bins does not give the
   * hidden total. Show this same rounded n wherever this chart is shown outside the team.
   */
  total: { kind: 'value'; value: number } | { kind: 'rounded'; value: number; display: string };
}

function roundToTen(n: number): number {
  return Math.round(n / 10) * 10;
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
 * 1..minCellSize − 1 triads show as "<5", and the chart is withheld under minGroupSize.
 *
 * How the hidden total stays hidden: with bins hidden, the chart's n is published rounded
 * to the nearest 10, so n − Σ shown bins is known only to within ±5. And should the exact
 * n be known from elsewhere, no single hidden bin follows from it either: with one hidden
 * bin, or a hidden total at the edge of what the "<5" bins allow (two hidden bins holding
 * 2 triads: both 1), the smallest shown bins are hidden as well ("x") until every hidden
 * bin has at least two possible counts given the exact n.
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
  const anyHidden = hidden.some(Boolean);
  return {
    kind: 'bins',
    total: anyHidden
      ? { kind: 'rounded', value: roundToTen(total), display: `≈ ${roundToTen(total)}` }
      : { kind: 'value', value: total },
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
