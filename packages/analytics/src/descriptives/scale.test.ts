import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { describeScale } from './scale.ts';

const reference = loadReference<{
  values: number[];
  counts: number[];
  mean: number;
  median: number;
  shareAgreeing: number;
}>('scale.json');

describe('describeScale', () => {
  it('matches R table, mean, quantile type 7 and the top-two share', () => {
    const description = describeScale([...reference.values, null], 5);
    expect(description.counts).toEqual(reference.counts);
    expect(description.dontKnow).toBe(1);
    expect(description.n).toBe(reference.values.length);
    expectClose(description.mean, reference.mean, 1e-14);
    expect(description.median).toBe(reference.median);
    expectClose(description.shareAgreeing, reference.shareAgreeing, 1e-14);
  });

  it('interpolates an even-sized median and handles no answers', () => {
    expect(describeScale([2, 3], 5).median).toBe(2.5);
    const none = describeScale([null, null], 5);
    expect(none.dontKnow).toBe(2);
    expect(none.mean).toBeNaN();
    expect(none.shareAgreeing).toBe(0);
  });

  it('rejects values off the scale', () => {
    expect(() => describeScale([6], 5)).toThrow(RangeError);
    expect(() => describeScale([2.5], 5)).toThrow(RangeError);
  });
});
