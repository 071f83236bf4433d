import type { NOT_APPLICABLE, TStonesValue } from '@duiding/survey';

// The canonical encoding lives in @duiding/survey (it validates answers); this package
// re-exports it so that geometry and its values come from one place.
export {
  NOT_APPLICABLE,
  type TStonesValue,
  type TTriadValue,
  ZStonePlacement,
  ZStonesValue,
  ZTriadValue,
} from '@duiding/survey';

/** A dyad: 0 = the left label, 1 = the right label. */
export type TDyadValue = number;

/** Where one stone lies on the field: x and y in [0,1]. */
export type TStonePlacement = TStonesValue[string];

/** A triad or dyad answer that may be "not applicable to my story". */
export type TMaybeNotApplicable<T> = T | typeof NOT_APPLICABLE;

/** A point in the plane of the triangle or the stones field. */
export interface TPoint {
  x: number;
  y: number;
}
