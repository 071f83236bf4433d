import { clampUnit, roundUnit } from './unit-rounding';
import type { TStonePlacement, TStonesValue } from './values';

/*
 * The stones field is the unit square: x from the low to the high label of the x axis,
 * y from low to high of the y axis. Drawn in SVG, y = 1 is at the top.
 */

/** A stone dropped past the edge lies on the edge. */
export function clampStone({ x, y }: TStonePlacement): TStonePlacement {
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError('Een steen heeft geen plek');
  return { x: clampUnit(x), y: clampUnit(y) };
}

/** Every placed stone on the field, coordinates rounded to `step` when given. */
export function clampStones(value: TStonesValue, step?: number): TStonesValue {
  const clamped: TStonesValue = {};
  for (const [id, placement] of Object.entries(value)) {
    const { x, y } = clampStone(placement);
    clamped[id] = step === undefined ? { x, y } : { x: roundUnit(x, step), y: roundUnit(y, step) };
  }
  return clamped;
}
