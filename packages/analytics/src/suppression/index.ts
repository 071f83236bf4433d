export {
  extendWithTotals,
  isCellProtected,
  planCellSuppression,
  type TCellStatus,
  type TSuppressionPlan,
} from './cell-suppression';
export { suppressCrossTable, type TPublishedCrossTable } from './cross-table';
export { mayShowGroup, suppressSmallGroup } from './groups';
export {
  DEFAULT_ROUNDING_BASE,
  prepareOutsideCounts,
  type TOutsideCount,
  type TOutsideCountOptions,
  type TOutsideRow,
  type TOutsideTable,
} from './outside-counts';
export { suppressTernaryBins, type TPublishedBins } from './ternary-bins';
export {
  DEFAULT_MIN_CELL_SIZE,
  DEFAULT_MIN_GROUP_SIZE,
  type TSuppressedCell,
  type TSuppressionAudience,
  type TSuppressionOptions,
  type TWithheld,
} from './types';
