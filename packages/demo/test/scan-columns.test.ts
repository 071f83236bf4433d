import { createHash } from 'node:crypto';
import {
  buildVariables,
  scanPatterns,
  scanVariables,
  subsetVariables,
  type TScanStory,
} from '@duiding/analytics';
import { zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { generateDemoStories } from '../src/index';

/*
 * The scan's faster paths (counts from the tests' tallies, gaps from a list, columns built
 * once and subset) give exactly what the scan gave before them: the digests below are of
 * the results of the scan as it was (commit f55ea57) on the same stories.
 */

const COLLECTIONS = ['a', 'b', 'c'];
const { stories: generated } = generateDemoStories({
  framework: zhzJeugdhulp,
  count: 3000,
  seed: 7,
});
// As the server holds them: parsed from stored JSON.
const stories: TScanStory[] = generated.map((story, i) => ({
  id: story.id,
  collectionId: COLLECTIONS[i % 3]!,
  channel: story.channel,
  answers: JSON.parse(JSON.stringify(story.answers)),
  participantAnswers: JSON.parse(JSON.stringify(story.participantAnswers)),
}));
const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

describe('the pattern scan on 3 000 demo stories', () => {
  it('gives bit for bit the results of the scan before the faster paths', () => {
    const scan = (options: object) =>
      digest(scanPatterns({ framework: zhzJeugdhulp, stories, seed: 1, ...options }));
    expect(scan({})).toBe('fbf2b2513925fa11');
    expect(scan({ maxStoryIds: 7 })).toBe('f73282354993df5c');
    expect(scan({ minGroupSize: 10, maxStoryIds: 0 })).toBe('435499d9715c9a77');
  });

  it('covers signifiers with answers left out ("not applicable", "don\'t know")', () => {
    const variables = buildVariables(zhzJeugdhulp, stories);
    const gaps = variables.filter((v) => v.isSignifier && v.status.some((s) => s === 1 || s === 2));
    expect(gaps.length).toBeGreaterThan(0);
  });

  it('on a subset of the columns gives what a scan of those stories alone gives', () => {
    const variables = buildVariables(zhzJeugdhulp, stories, { a: 'A' });
    // Every third story after the first 200, and none of collection 'b': its category goes.
    const picked: number[] = [];
    for (let i = 0; i < stories.length; i++) {
      if (COLLECTIONS[i % 3] === 'b') continue;
      if (i < 200 || i % 3 === 0) picked.push(i);
    }
    const rows = Int32Array.from(picked);
    const subset = picked.map((i) => stories[i]!);
    expect(subsetVariables(variables, Int32Array.from(stories.keys()))).toEqual(variables);
    expect(subsetVariables(variables, rows)).toEqual(
      buildVariables(zhzJeugdhulp, subset, { a: 'A' }),
    );
    expect(
      digest(
        scanVariables({
          variables: subsetVariables(variables, rows),
          storyIds: subset.map((s) => s.id),
          seed: 3,
        }),
      ),
    ).toBe(
      digest(
        scanPatterns({
          framework: zhzJeugdhulp,
          stories: subset,
          seed: 3,
          collectionLabels: { a: 'A' },
        }),
      ),
    );
  });
});
