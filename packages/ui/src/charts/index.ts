/*
 * The explorer's charts: pure SVG, fed by the server's aggregations (already suppressed
 * for outside viewers). A separate entry (`@duiding/ui/charts`) so that the portal loads
 * them with the pages that draw them, not on first load.
 */

export { DyadGlyph, StonesGlyph, TriadGlyph } from './answer-glyphs';
export { ChartDocument, ChartFrame, GroupLegend } from './chart-frame';
export { ChoiceBars, type TChoiceBarsProps } from './choice-bars';
export { ContingencyHeatmap, residualFill, residualMark } from './contingency-heatmap';
export { DyadHistogram, dyadX } from './dyad-histogram';
export { chartFileName, exportPng, exportSvg } from './export-chart';
export { formatDecimal, formatShare, formatTriad } from './format';
export { GROUP_COLOURS, GROUP_SHAPES, groupColour, groupShape, shapePath } from './palette';
export { StoneField, stonePixel } from './stone-field';
export {
  jitterTriad,
  pixelTriad,
  ternaryLayout,
  triadInPolygon,
  triadPixel,
  ZONE_ORDER,
  ZONE_OUTLINES,
  zoneLabel,
} from './ternary-geometry';
export { TernaryPlot, type TTernaryPlotProps } from './ternary-plot';
export { TrendChart } from './trend-chart';
export type * from './types';
