import { clampUnit, roundUnit } from './unit-rounding';
import type { TDyadValue } from './values';

/** A dyad position on the line: 0 = left label, 1 = right label. */
export function clampDyad(value: number): TDyadValue {
  if (!Number.isFinite(value)) throw new RangeError('Een schuifwaarde is geen getal');
  return clampUnit(value);
}

/** The nearest multiple of `step` (e.g. 0.01) on the line. */
export function roundDyad(value: number, step: number): TDyadValue {
  return roundUnit(clampDyad(value), step);
}
