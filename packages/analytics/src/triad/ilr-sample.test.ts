import { describe, expect, it } from 'vitest';
import { expectClose } from '../../test/reference/load-reference.ts';
import { ilr, replaceZeros } from './composition.ts';
import { ilrSample, isSingular, meanCovariance } from './ilr-sample.ts';

describe('ilrSample', () => {
  it('agrees with replaceZeros + ilr per triad and counts zeros per corner', () => {
    const values = [
      { a: 0.5, b: 0.5, c: 0 },
      null,
      { a: 1, b: 0, c: 0 },
      { a: 0.2, b: 0.3, c: 0.5 },
    ];
    const sample = ilrSample(values, { resolution: 0.01 });
    expect(sample.n).toBe(3);
    expect(sample.nNotApplicable).toBe(1);
    expect(sample.withZero).toBe(2);
    expect(sample.zeroParts).toEqual({ a: 0, b: 1, c: 2 });
    const present = values.filter((v) => v !== null);
    present.forEach((triad, i) => {
      const z = ilr(replaceZeros(triad, 0.01));
      expectClose(sample.z1[i]!, z.z1, 1e-12, 1e-15);
      expectClose(sample.z2[i]!, z.z2, 1e-12, 1e-15);
    });
  });

  it('rejects values that are not triads and resolutions that make no sense', () => {
    expect(() => ilrSample([{ a: -0.1, b: 0.6, c: 0.5 }])).toThrow(RangeError);
    expect(() => ilrSample([{ a: 0.5, b: 0.5, c: 0 }], { resolution: 0.5 })).toThrow(RangeError);
  });
});

describe('meanCovariance and isSingular', () => {
  it('detect identical and collinear points', () => {
    const z1 = Float64Array.from([1, 2, 3]);
    const line = meanCovariance(z1, Float64Array.from([2, 4, 6]));
    expect(isSingular(line.s11, line.s12, line.s22)).toBe(true);
    const spread = meanCovariance(z1, Float64Array.from([2, 1, 6]));
    expect(isSingular(spread.s11, spread.s12, spread.s22)).toBe(false);
    expect(isSingular(0, 0, 0)).toBe(true);
  });
});
