import type { TBarGroupData, TTrendSeries } from '../charts/types';
import type { TWaveItemView, TWaveTrendView } from './wave-summary-types';

/** One item's counts as the bar chart's single group; shares of the people who answered. */
export function itemBarGroup(item: TWaveItemView, label = 'Alle antwoorden'): TBarGroupData {
  if (item.counts.kind === 'withheld') {
    return {
      id: 'alle',
      label,
      n: { value: null, display: '–' },
      counts: item.bars.map(() => ({ count: { value: null, display: '–' }, share: null })),
      withheld: item.counts.reason,
    };
  }
  const { cells } = item.counts;
  // Of the people who answered, not of the choices (a multiple choice adds up to more).
  const total = item.respondents ?? item.counts.total;
  return {
    id: 'alle',
    label,
    n: { value: total, display: String(total) },
    counts: item.bars.map((_, i) => {
      const cell = cells[0]?.[i];
      if (!cell || cell.kind === 'suppressed') {
        return { count: { value: null, display: cell?.display ?? '–' }, share: null };
      }
      return {
        count: { value: cell.value, display: String(cell.value) },
        share: total > 0 ? cell.value / total : null,
      };
    }),
  };
}

/** The core items' means per wave as trend lines (a scale of 1 to 5; no quartiles shown). */
export function trendSeries(trend: readonly TWaveTrendView[]): TTrendSeries[] {
  return trend.map((item) => ({
    id: item.questionId,
    label: item.label,
    points: item.points.map((point) => ({
      collection: point.collectionId,
      label: point.title,
      n:
        point.mean === null
          ? { value: null, display: 'minder dan 10' }
          : { value: null, display: '10 of meer' },
      mean: point.mean,
      quartiles: null,
    })),
  }));
}
