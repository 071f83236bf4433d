import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Reads a committed reference fixture (see scripts/reference/) by file name. */
export function loadReference<T>(name: string): T & { source: string } {
  const url = new URL(`./${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T & { source: string };
}

/** |actual − expected| ≤ relative · |expected| + absolute. */
export function expectClose(actual: number, expected: number, relative = 1e-9, absolute = 0): void {
  if (expected === Number.POSITIVE_INFINITY || expected >= 1e308) {
    expect(actual).toBe(Number.POSITIVE_INFINITY);
    return;
  }
  const tolerance = relative * Math.abs(expected) + absolute;
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`expected ${actual} to be within ${tolerance} of ${expected}`);
  }
}
