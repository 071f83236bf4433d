import type { TTriadValue } from '@duiding/survey/client';

/*
 * What the charts draw, as the server hands it over. The server decides what may be shown
 * (suppression for outside viewers); a chart only draws: a suppressed number comes with
 * `value: null` and its display ("<5", "x"), a rounded one with its display ("≈ 35").
 */

/** One number as shown: `value` for drawing (null when hidden), `display` for reading. */
export interface TShownCount {
  value: number | null;
  display: string;
}

/** SenseMaker's seven zones of a triad (as in `@duiding/analytics`). */
export type TTriadZoneId =
  | 'corner-a'
  | 'corner-b'
  | 'corner-c'
  | 'centre'
  | 'edge-ab'
  | 'edge-bc'
  | 'edge-ca';

export interface TTernaryPoint extends TTriadValue {
  id: string;
}

export interface TTernaryGroupData {
  id: string;
  label: string;
  /** Placed triads. */
  n: TShownCount;
  notApplicable: TShownCount;
  /** Triads with at least one part 0 (before zero replacement). */
  withZero: TShownCount;
  /** Closed geometric mean; null when there is none (or it is withheld). */
  centre: TTriadValue | null;
  /** The centre's 95 % confidence region as a polygon; null when it cannot be drawn. */
  region: readonly TTriadValue[] | null;
  zones: readonly { zone: TTriadZoneId; count: TShownCount; share: number | null }[];
  /** Heat-map cells of the triangular grid; null when not asked for. */
  bins:
    | readonly {
        id: string;
        corners: readonly TTriadValue[];
        count: TShownCount;
      }[]
    | null;
  /** Single answers, for dots (only the research team gets them); null otherwise. */
  points: readonly TTernaryPoint[] | null;
  /** Set when the group is withheld as a whole (Dutch reason). */
  withheld?: string;
}

/** A selected region of a ternary plot, in triad coordinates (parts may leave [0,1] at a brush's corners). */
export type TTernarySelection =
  | { kind: 'polygon'; points: TTriadValue[] }
  | { kind: 'zone'; zone: TTriadZoneId };

export interface TBarGroupData {
  id: string;
  label: string;
  n: TShownCount;
  /** One per option, in the order of `options`; share of the group (0..1) or null. */
  counts: readonly { count: TShownCount; share: number | null }[];
  withheld?: string;
}

export interface TDyadGroupData {
  id: string;
  label: string;
  n: TShownCount;
  notApplicable: TShownCount;
  /** Bins over [0,1], equal width. */
  bins: readonly TShownCount[];
  /** Quartiles [q1, median, q3] in [0,1]; null when withheld or empty. */
  quartiles: readonly [number, number, number] | null;
  withheld?: string;
}

export interface TStoneData {
  id: string;
  label: string;
  placed: TShownCount;
  centre: { x: number; y: number } | null;
  /** grid × grid raster (row-major, row k for y in [k/grid, (k+1)/grid)). */
  density: readonly TShownCount[];
}

export interface TContingencyData {
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  cells: readonly (readonly TShownCount[])[];
  /** Adjusted standardized residuals (null when hidden or not computable). */
  residuals: readonly (readonly (number | null)[])[] | null;
  rowTotals: readonly TShownCount[];
  columnTotals: readonly TShownCount[];
  total: TShownCount;
}

export interface TTrendSeries {
  id: string;
  label: string;
  points: readonly {
    collection: string;
    label: string;
    n: TShownCount;
    /** Mean and quartiles; null when withheld or empty. */
    mean: number | null;
    quartiles: readonly [number, number, number] | null;
  }[];
}
