export { itemBarGroup, trendSeries } from './item-chart-data';
export { scaleTop, WaveItem, WaveSummaryDocument } from './wave-summary-document';
export type {
  TWaveCellView,
  TWaveItemView,
  TWaveResultsView,
  TWaveTrendView,
} from './wave-summary-types';
