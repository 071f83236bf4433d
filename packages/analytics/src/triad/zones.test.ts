import { describe, expect, it } from 'vitest';
import { countTriadZones, triadZone } from './zones.ts';

describe('triadZone', () => {
  it('names corners, centre and edges as SenseMaker does', () => {
    expect(triadZone({ a: 0.6, b: 0.2, c: 0.2 })).toBe('corner-a');
    expect(triadZone({ a: 0.1, b: 0.85, c: 0.05 })).toBe('corner-b');
    expect(triadZone({ a: 0.3, b: 0.1, c: 0.6 })).toBe('corner-c');
    expect(triadZone({ a: 1 / 3, b: 1 / 3, c: 1 / 3 })).toBe('centre');
    expect(triadZone({ a: 0.2, b: 0.2, c: 0.6 - 1e-12 })).toBe('corner-c');
    expect(triadZone({ a: 0.45, b: 0.45, c: 0.1 })).toBe('edge-ab');
    expect(triadZone({ a: 0.05, b: 0.5, c: 0.45 })).toBe('edge-bc');
    expect(triadZone({ a: 0.5, b: 0.15, c: 0.35 })).toBe('edge-ca');
    expect(triadZone({ a: 0.2 - 1e-12, b: 0.4, c: 0.4 })).toBe('centre');
  });
});

describe('countTriadZones', () => {
  it('counts every triad once, skipping not-applicable', () => {
    const zones = countTriadZones([
      { a: 0.8, b: 0.1, c: 0.1 },
      { a: 0.7, b: 0.2, c: 0.1 },
      { a: 0.4, b: 0.4, c: 0.2 },
      null,
      { a: 0.45, b: 0.45, c: 0.1 },
    ]);
    expect(zones.map((z) => z.count)).toEqual([2, 0, 0, 1, 1, 0, 0]);
    expect(zones[0]!.share).toBe(0.5);
    expect(countTriadZones([null]).every((z) => z.share === 0)).toBe(true);
  });
});
