import { describe, expect, it } from 'vitest';
import { expectClose, loadReference } from '../../test/reference/load-reference.ts';
import { agreementByCode, cohensKappa } from './kappa.ts';

interface KappaCase {
  name: string;
  table: number[][];
  n: number;
  observed: number;
  expected: number;
  kappa: number;
  se: number;
  se0: number;
  ci95: [number, number];
  p: number;
}
// NumPy computation of the formulas of Fleiss, Cohen & Everitt (1969): test/reference/make-kappa.py.
const reference = loadReference<{ cases: KappaCase[] }>('kappa.json');

describe("Cohen's kappa", () => {
  it('gives the printed value of the worked example in Fleiss, Levin & Paik (2003), Table 18.1', () => {
    // 100 patients diagnosed by two psychiatrists as psychological, neurological or organic.
    // The book prints p_o = .89, p_e = .66 and kappa = .68.
    const result = cohensKappa([
      [75, 1, 4],
      [5, 4, 1],
      [0, 0, 10],
    ]);
    expect(result.observed).toBeCloseTo(0.89, 10);
    expect(result.expected).toBeCloseTo(0.66, 10);
    expect(result.kappa!.toFixed(2)).toBe('0.68');
  });

  for (const c of reference.cases) {
    it(`matches NumPy on ${c.name}`, () => {
      const result = cohensKappa(c.table);
      expect(result.n).toBe(c.n);
      expectClose(result.observed, c.observed, 1e-12);
      expectClose(result.expected, c.expected, 1e-12);
      expectClose(result.kappa!, c.kappa, 1e-12, 1e-15);
      expectClose(result.se!, c.se, 1e-10);
      expectClose(result.se0!, c.se0, 1e-10);
      expectClose(result.ci95![0], c.ci95[0], 1e-10, 1e-15);
      expectClose(result.ci95![1], c.ci95[1], 1e-10, 1e-15);
      expectClose(result.p!, c.p, 1e-6, 1e-12);
    });
  }

  it('is 1 for perfect agreement and has no value when chance agreement is already total', () => {
    expect(
      cohensKappa([
        [4, 0],
        [0, 6],
      ]).kappa,
    ).toBe(1);
    const constant = cohensKappa([
      [0, 0],
      [0, 12],
    ]);
    expect(constant.kappa).toBeNull();
    expect(constant.observed).toBe(1);
    expect(
      cohensKappa([
        [0, 0],
        [0, 0],
      ]).kappa,
    ).toBeNull();
  });

  it('refuses a table that is not square or has negative counts', () => {
    expect(() => cohensKappa([[1, 2]])).toThrow(RangeError);
    expect(() =>
      cohensKappa([
        [1, -1],
        [0, 1],
      ]),
    ).toThrow(RangeError);
  });
});

describe('agreement per code', () => {
  it('counts only stories both coders coded, and "not applied" as no', () => {
    const applied = [
      { storyId: 's1', codeId: 'wachten', coderUserId: 'a' },
      { storyId: 's1', codeId: 'wachten', coderUserId: 'b' },
      { storyId: 's2', codeId: 'wachten', coderUserId: 'a' },
      { storyId: 's2', codeId: 'school', coderUserId: 'b' },
      { storyId: 's3', codeId: 'school', coderUserId: 'a' },
      { storyId: 's3', codeId: 'school', coderUserId: 'b' },
      // Only coder a coded s4: it does not count.
      { storyId: 's4', codeId: 'wachten', coderUserId: 'a' },
    ];
    const { stories, codes } = agreementByCode(applied, 'a', 'b', ['wachten', 'school']);
    expect(stories).toBe(3);
    expect(codes.map((c) => c.table)).toEqual([
      [
        [1, 1],
        [0, 1],
      ],
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    // 2×2 [[1,1],[0,1]]: p_o = 2/3, p_e = (2/3·1/3 + 1/3·2/3) = 4/9, κ = (2/9)/(5/9) = 0.4.
    expect(codes[0]!.result.kappa).toBeCloseTo(0.4, 12);
  });
});
