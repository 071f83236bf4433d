import { describe, expect, it } from 'vitest';
import { describeTriad } from './describe';
import { TRIAD_CENTRE } from './triad';

const hulp = ['Mijn eigen kracht', 'De hulpverlener', 'Mensen om mij heen'] as const;

describe('describeTriad', () => {
  it('reads the parts as percentages in corner order', () => {
    expect(describeTriad({ a: 0.45, b: 0.35, c: 0.2 }, hulp)).toBe(
      '45% Mijn eigen kracht, 35% De hulpverlener, 20% Mensen om mij heen',
    );
    expect(describeTriad(TRIAD_CENTRE, hulp)).toBe(
      '34% Mijn eigen kracht, 33% De hulpverlener, 33% Mensen om mij heen',
    );
    expect(describeTriad({ a: 0, b: 0, c: 1 }, hulp)).toBe(
      '0% Mijn eigen kracht, 0% De hulpverlener, 100% Mensen om mij heen',
    );
  });
});
