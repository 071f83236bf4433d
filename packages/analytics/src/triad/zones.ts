import type { Triad, TriadValues } from './composition.ts';

/**
 * SenseMaker's seven zones of a triad:
 * - 'corner-a' | 'corner-b' | 'corner-c': that part ≥ 0.6 (at most one part can be);
 * - 'centre': every part in [0.2, 0.6);
 * - 'edge-ab' | 'edge-bc' | 'edge-ca': otherwise exactly one part is < 0.2 and the other
 *   two are in [0.2, 0.6); the edge is named by the two larger parts, i.e. 'edge-ab' when
 *   c < 0.2 (the point lies near the side between corners a and b).
 * Boundaries allow 1e-9 for rounding, so 0.6 stored as 0.5999999999 is still a corner.
 */
export type TriadZone =
  | 'corner-a'
  | 'corner-b'
  | 'corner-c'
  | 'centre'
  | 'edge-ab'
  | 'edge-bc'
  | 'edge-ca';

export const TRIAD_ZONES: readonly TriadZone[] = [
  'corner-a',
  'corner-b',
  'corner-c',
  'centre',
  'edge-ab',
  'edge-bc',
  'edge-ca',
];

const CORNER = 0.6 - 1e-9;
const EDGE = 0.2 - 1e-9;

/** Zone index into TRIAD_ZONES, without allocating. */
export function triadZoneIndex(a: number, b: number, c: number): number {
  if (a >= CORNER) return 0;
  if (b >= CORNER) return 1;
  if (c >= CORNER) return 2;
  if (c < EDGE) return 4;
  if (a < EDGE) return 5;
  if (b < EDGE) return 6;
  return 3;
}

export function triadZone(triad: Triad): TriadZone {
  return TRIAD_ZONES[triadZoneIndex(triad.a, triad.b, triad.c)] as TriadZone;
}

export interface ZoneCount {
  readonly zone: TriadZone;
  readonly count: number;
  /** Share of the triads given (not-applicable values left out); 0 when there are none. */
  readonly share: number;
}

/** Counts and shares per zone, in the order of TRIAD_ZONES; null values are skipped. */
export function countTriadZones(values: TriadValues): ZoneCount[] {
  const counts = new Float64Array(TRIAD_ZONES.length);
  let n = 0;
  for (const value of values) {
    if (value === null) continue;
    const zone = triadZoneIndex(value.a, value.b, value.c);
    counts[zone] = (counts[zone] as number) + 1;
    n++;
  }
  return TRIAD_ZONES.map((zone, i) => ({
    zone,
    count: counts[i] as number,
    share: n === 0 ? 0 : (counts[i] as number) / n,
  }));
}
