import { describe, expect, it } from 'vitest';
import { describeChoice } from './choice.ts';

describe('describeChoice', () => {
  it('counts single-select answers with shares summing to 1', () => {
    const description = describeChoice(['a', 'b', 'a', null, 'a'], ['a', 'b', 'c']);
    expect(description.n).toBe(4);
    expect(description.nNotApplicable).toBe(1);
    expect(description.options).toEqual([
      { optionId: 'a', count: 3, share: 0.75 },
      { optionId: 'b', count: 1, share: 0.25 },
      { optionId: 'c', count: 0, share: 0 },
    ]);
  });

  it('gives multi-select shares per respondent and collects other texts', () => {
    const description = describeChoice(
      [
        ['a', 'b'],
        ['a'],
        { selected: ['b', 'other'], other: 'mijn buurvrouw' },
        { selected: 'a', other: ' ' },
      ],
      ['a', 'b', 'other'],
    );
    expect(description.options.map((o) => o.share)).toEqual([0.75, 0.5, 0.25]);
    expect(description.otherTexts).toEqual(['mijn buurvrouw']);
  });

  it('reports ids that are not options instead of dropping them silently', () => {
    expect(describeChoice(['x'], ['a']).unknownOptions).toEqual([{ optionId: 'x', count: 1 }]);
  });
});
