import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { describeDyads } from './dyads.ts';

const reference = loadReference<{
  values: number[];
  median: number;
  quartiles: number[];
  histogram10: number[];
  lowShare: number;
  highShare: number;
}>('dyads.json');

describe('describeDyads', () => {
  it('matches numpy quantiles (type 7) and histogram', () => {
    const description = describeDyads([...reference.values, null, null]);
    expect(description.n).toBe(reference.values.length);
    expect(description.nNotApplicable).toBe(2);
    expect(description.histogram.map((b) => b.count)).toEqual(reference.histogram10);
    expectClose(description.median, reference.median, 1e-12);
    description.quartiles.forEach((q, i) => {
      expectClose(q, reference.quartiles[i]!, 1e-12);
    });
    expectClose(description.lowShare, reference.lowShare, 1e-12);
    expectClose(description.highShare, reference.highShare, 1e-12);
  });

  it('uses given bin edges, closing the last bin, and configurable extremes', () => {
    const description = describeDyads([0, 0.1, 0.5, 0.9, 1], {
      bins: [0, 0.5, 1],
      low: 0.1,
      high: 0.9,
    });
    expect(description.histogram.map((b) => b.count)).toEqual([2, 3]);
    expect(description.lowShare).toBe(0.4);
    expect(description.highShare).toBe(0.4);
  });

  it('handles only not-applicable answers without NaN shares', () => {
    const description = describeDyads([null]);
    expect(description.n).toBe(0);
    expect(description.lowShare).toBe(0);
    expect(description.median).toBeNaN();
  });
});
