import { createRandom } from '@duiding/analytics';

/** Seeded draws for the demo data; every generator goes through one of these. */
export interface TDraws {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given (unnormalised) weights. */
  weightedIndex(weights: readonly number[]): number;
}

export function createDraws(seed: number): TDraws {
  const random = createRandom(seed);
  let spareNormal: number | undefined;
  const draws: TDraws = {
    uniform: random,
    normal() {
      if (spareNormal !== undefined) {
        const held = spareNormal;
        spareNormal = undefined;
        return held;
      }
      // 1 - u keeps the logarithm finite: random() may return 0 but never 1.
      const radius = Math.sqrt(-2 * Math.log(1 - random()));
      const angle = 2 * Math.PI * random();
      spareNormal = radius * Math.sin(angle);
      return radius * Math.cos(angle);
    },
    integer(min, max) {
      return min + Math.floor(random() * (max - min + 1));
    },
    chance(p) {
      return random() < p;
    },
    pick(items) {
      return items[Math.floor(random() * items.length)] as (typeof items)[number];
    },
    weightedIndex(weights) {
      let total = 0;
      for (const w of weights) total += w;
      let target = random() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i] ?? 0;
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
  };
  return draws;
}

/** Answers are stored at the input's resolution: a slider or a dot lands on a 1/1000 grid. */
export const DEMO_RESOLUTION = 1000;

function onGrid(value: number): number {
  return Math.round(value * DEMO_RESOLUTION) / DEMO_RESOLUTION;
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * A dyad position from a logistic-normal: `location` on the log-odds scale (0 = middle,
 * negative = towards the left label), rounded to the slider's grid.
 */
export function drawDyad(draws: TDraws, location: number, spread: number): number {
  return onGrid(logistic(location + spread * draws.normal()));
}

/**
 * A triad point from a logistic-normal composition: `logWeights` per corner (a, b, c) on
 * the log scale, each with normal noise, closed to 1 and rounded to the grid. Rounding
 * puts some points exactly on an edge, as real participants do, so the zeros that the
 * analysis must replace occur naturally.
 */
export function drawTriad(
  draws: TDraws,
  logWeights: readonly [number, number, number],
  spread: number,
): { a: number; b: number; c: number } {
  const ea = Math.exp(logWeights[0] + spread * draws.normal());
  const eb = Math.exp(logWeights[1] + spread * draws.normal());
  const ec = Math.exp(logWeights[2] + spread * draws.normal());
  const total = ea + eb + ec;
  const a = onGrid(ea / total);
  let b = onGrid(eb / total);
  if (a + b > 1) b = onGrid(1 - a);
  const c = onGrid(1 - a - b);
  return { a, b, c };
}

/** A point on a stones field, each axis logistic-normal around `location`. */
export function drawStone(
  draws: TDraws,
  location: readonly [number, number],
  spread: number,
): { x: number; y: number } {
  return {
    x: drawDyad(draws, location[0], spread),
    y: drawDyad(draws, location[1], spread),
  };
}

/** A category 1..k from a latent normal cut at equal-probability-ish thresholds. */
export function drawScale(draws: TDraws, points: number, location: number): number {
  // Thresholds spread over ±1.5 SD make the middle points the most common, as in surveys.
  const latent = location + draws.normal();
  for (let point = 1; point < points; point++) {
    const threshold = -1.5 + (3 * point) / points;
    if (latent < threshold) return point;
  }
  return points;
}

/** A day `offset` days after `from` (YYYY-MM-DD), as YYYY-MM-DD. */
export function addDays(from: string, offset: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
