import { scanPatterns, type TScanStory } from '@duiding/analytics';
import type { TExplorerStoryRow } from '@duiding/db';
import { generateDemoStories } from '@duiding/demo';
import { type TFramework, zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { compareGroups } from './compare';
import type { TGroupBy } from './explorer.schema';
import {
  datasetOf,
  findQuestion,
  grouping,
  type TExplorerDataset,
  type TExplorerQuestion,
} from './explorer-data';

// The story as the dataset once held it: its row, answers parsed.
const answerOf = (row: TExplorerStoryRow, question: TExplorerQuestion): unknown =>
  question.scope === 'story'
    ? row.answers[question.question.id]
    : row.participantAnswers[question.question.id];
const yearOf = (row: TExplorerStoryRow) => Number(row.createdOn.slice(0, 4));

/*
 * The comparison runs the scan on the dataset's columns, encoded once; before, it built a
 * story object per row and let the scan encode them. Both must give the same test, to the
 * last bit: `scanOfStories` is the comparison's scan as it was.
 */
function scanOfStories(
  dataset: TExplorerDataset,
  rowsOfDataset: readonly TExplorerStoryRow[],
  rows: Int32Array,
  questionId: string,
  groupBy: TGroupBy,
) {
  const question = findQuestion(dataset, questionId);
  const split = grouping(dataset, groupBy, rows)!;
  const groupQuestion =
    groupBy.kind === 'question' ? findQuestion(dataset, groupBy.question) : null;
  const framework: TFramework = {
    ...dataset.framework,
    signifiers: [question.question],
    participantQuestions: groupQuestion ? [groupQuestion.question] : [],
  };
  const stories: TScanStory[] = [...rows].map((i) => {
    const row = rowsOfDataset[i] as TExplorerStoryRow;
    return {
      id: row.id,
      collectionId: groupBy.kind === 'year' ? String(yearOf(row)) : row.collectionId,
      channel: row.channel,
      answers: { [questionId]: answerOf(row, question) } as TScanStory['answers'],
      participantAnswers: (groupQuestion
        ? { [groupQuestion.question.id]: answerOf(row, groupQuestion) }
        : {}) as TScanStory['participantAnswers'],
    };
  });
  return scanPatterns({
    framework,
    stories,
    groupings: [split.scanKey],
    minGroupSize: 10,
    seed: 1,
    collectionLabels: Object.fromEntries(split.groups.map((g) => [g.id, g.label])),
    maxStoryIds: 0,
  }).patterns.find((p) => p.right === split.scanKey || p.rightQuestion === split.scanKey);
}

describe('a comparison on the columns encoded once', () => {
  const collections = ['zhz-2024', 'zhz-2025', 'zhz-2026'];
  const { stories } = generateDemoStories({ framework: zhzJeugdhulp, count: 2000, seed: 5 });
  const rows: TExplorerStoryRow[] = stories.map((story, i) => ({
    id: story.id,
    collectionId: collections[i % 3]!,
    channel: story.channel,
    status: i % 7 === 0 ? 'pending' : 'approved',
    // Years that do not follow the collections, so that grouping by year is a test of its own.
    createdOn: `${2023 + (i % 4)}${story.createdOn.slice(4)}`,
    answers: JSON.parse(JSON.stringify(story.answers)),
    participantAnswers: JSON.parse(JSON.stringify(story.participantAnswers)),
  }));
  const dataset = datasetOf({
    fingerprint: 'test',
    framework: zhzJeugdhulp,
    frameworks: [{ id: 'zhz', title: 'ZHZ' }],
    collections: collections.map((id) => ({ id, title: id.toUpperCase() })),
    rows,
  });
  const all = Int32Array.from(rows.keys());
  // Every other story, and one collection left out: its group disappears from the test.
  const some = Int32Array.from([...rows.keys()].filter((i) => i % 2 === 0 && i % 3 !== 1));
  const byRole: TGroupBy = { kind: 'question', question: 'rol' };
  const views: [string, TGroupBy][] = [
    ['belangrijk', byRole],
    ['hulp', { kind: 'collection' }],
    ['tempo', { kind: 'collection' }],
    ['tempo', { kind: 'year' }],
    ['gevoel', byRole],
    ['wachttijd', { kind: 'year' }],
    ['gevoel', { kind: 'question', question: 'wachttijd' }],
  ];

  for (const [questionId, groupBy] of views) {
    for (const [name, subset] of [
      ['all stories', all],
      ['a subset', some],
    ] as const) {
      it(`tests ${questionId} by ${groupBy.kind === 'question' ? groupBy.question : groupBy.kind} on ${name} as before`, () => {
        const before = scanOfStories(dataset, rows, subset, questionId, groupBy);
        expect(before).toBeDefined();
        const comparison = compareGroups(
          dataset,
          subset,
          findQuestion(dataset, questionId),
          grouping(dataset, groupBy, subset)!,
          groupBy,
          'team',
        );
        expect(comparison).toMatchObject({
          test: before!.test,
          p: before!.p,
          q: before!.q,
          effect: { measure: before!.effect.measure, value: before!.effect.value },
          statistic: before!.statistic ?? null,
          groups: before!.groupSizes.map((g) => ({ id: g.group, label: g.label })),
        });
        expect(comparison!.sentence).toContain(
          before!.q < 0.05 ? before!.description.replace(/\.$/, '') : 'Geen duidelijk verschil',
        );
      });
    }
  }
});
