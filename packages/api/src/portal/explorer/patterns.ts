import {
  scanVariables,
  subsetVariables,
  type TPattern,
  type TScanResult,
} from '@duiding/analytics';
import { AppError } from '../../errors';
import type { TAudience } from '../../permissions';
import {
  effectStrength,
  formatProbability,
  type TEffectStrength,
  TEST_LABELS,
} from './effect-strength';
import type { TGroupBy, TPatternStoriesInput, TPatternsInput } from './explorer.schema';
import type { TExplorerCtx } from './explorer-chart';
import { explorerDataset, type TExplorerDataset } from './explorer-data';
import { readerPage, type TReaderPage } from './explorer-stories';
import { showGroupSize, type TShownCount } from './shown-numbers';

/*
 * The ranked list of the pattern scan. The scan runs once per state of the project's
 * stories and audience (outside the research team: over approved stories only) and is
 * kept with the dataset; ranking is the scan's (q, then p), never effect sizes.
 */

export interface TPatternItem {
  id: string;
  rank: number;
  test: string;
  testLabel: string;
  statistic: { name: string; value: number } | null;
  p: number;
  q: number;
  pText: string;
  qText: string;
  effect: { measure: string; value: number; strength: TEffectStrength };
  description: string;
  left: { question: string; label: string; kind: string };
  right: { key: string; question: string; label: string };
  groupSizes: { id: string; label: string; n: TShownCount }[];
  storyCount: TShownCount;
  /** How the explorer draws it: the left question, grouped by the right side (when it can). */
  chart: { question: string; groupBy: TGroupBy | null; filters: [] };
}

export interface TPatternsOutput {
  total: number;
  patterns: TPatternItem[];
  /** The questions that appear in the scan, for the filter. */
  questions: { id: string; label: string; kind: string }[];
}

export function scanOf(dataset: TExplorerDataset, audience: TAudience): TScanResult {
  const cached = dataset.scans.get(audience);
  if (cached) return cached;
  let result: TScanResult;
  if (audience === 'outside') {
    const approved: number[] = [];
    for (let i = 0; i < dataset.size; i++) if (dataset.approved[i] === 1) approved.push(i);
    result = scanVariables({
      variables: subsetVariables(dataset.columns, Int32Array.from(approved)),
      storyIds: approved.map((i) => dataset.rowIds[i]!),
      seed: 1,
    });
  } else {
    result = scanVariables({ variables: dataset.columns, storyIds: dataset.rowIds, seed: 1 });
  }
  dataset.scans.set(audience, result);
  return result;
}

function chartOf(dataset: TExplorerDataset, pattern: TPattern): TPatternItem['chart'] {
  const right = dataset.questions.get(pattern.rightQuestion);
  let groupBy: TGroupBy | null = null;
  if (pattern.right === 'collection') groupBy = { kind: 'collection' };
  else if (
    right?.question.kind === 'choice' &&
    !right.question.multiple &&
    pattern.right === right.question.id
  ) {
    groupBy = { kind: 'question', question: right.question.id };
  }
  return { question: pattern.leftQuestion, groupBy, filters: [] };
}

function labelOf(dataset: TExplorerDataset, key: string, question: string): string {
  if (key === 'collection') return 'Verzameling';
  if (key === 'channel') return 'Manier van invullen';
  return dataset.questions.get(question)?.label ?? question;
}

export function listPatterns(ctx: TExplorerCtx, input: TPatternsInput): TPatternsOutput {
  const dataset = explorerDataset(ctx.db, input.projectId, input.framework);
  const { audience } = ctx.access;
  const scan = scanOf(dataset, audience);
  const kindOf = (question: string) => dataset.questions.get(question)?.question.kind ?? 'onbekend';
  const ranked = scan.patterns.map((pattern, index) => ({ pattern, rank: index + 1 }));
  const kept = ranked.filter(({ pattern }) => {
    if (
      input.question &&
      pattern.leftQuestion !== input.question &&
      pattern.rightQuestion !== input.question
    )
      return false;
    if (input.kind && kindOf(pattern.leftQuestion) !== input.kind) return false;
    if (input.strength !== 'all' && !(pattern.q < 0.05)) return false;
    if (input.strength === 'medium') {
      const strength = effectStrength(pattern.effect.measure, pattern.effect.value);
      if (strength !== 'middelgroot' && strength !== 'groot') return false;
    }
    return true;
  });
  const questions = [...dataset.questions.values()]
    .filter((q) =>
      scan.patterns.some(
        (p) => p.leftQuestion === q.question.id || p.rightQuestion === q.question.id,
      ),
    )
    .map((q) => ({ id: q.question.id, label: q.label, kind: q.question.kind }));
  return {
    total: kept.length,
    questions,
    patterns: kept.slice(input.offset, input.offset + input.limit).map(({ pattern, rank }) => ({
      id: pattern.id,
      rank,
      test: pattern.test,
      testLabel: TEST_LABELS[pattern.test] ?? pattern.test,
      statistic: pattern.statistic
        ? { name: pattern.statistic.name, value: pattern.statistic.value }
        : null,
      p: pattern.p,
      q: pattern.q,
      pText: formatProbability(pattern.p),
      qText: formatProbability(pattern.q),
      effect: {
        measure: pattern.effect.measure,
        value: pattern.effect.value,
        strength: effectStrength(pattern.effect.measure, pattern.effect.value),
      },
      description: pattern.description,
      left: {
        question: pattern.leftQuestion,
        label: labelOf(dataset, pattern.left, pattern.leftQuestion),
        kind: kindOf(pattern.leftQuestion),
      },
      right: {
        key: pattern.right,
        question: pattern.rightQuestion,
        label: labelOf(dataset, pattern.right, pattern.rightQuestion),
      },
      groupSizes: pattern.groupSizes.map((g) => ({
        id: g.group,
        label: g.label,
        n: showGroupSize(g.n, audience),
      })),
      storyCount: showGroupSize(pattern.storyCount, audience),
      chart: chartOf(dataset, pattern),
    })),
  };
}

/** The stories behind a pattern (the differing group on the differing side). */
export function patternStories(ctx: TExplorerCtx, input: TPatternStoriesInput): TReaderPage {
  const dataset = explorerDataset(ctx.db, input.projectId, input.framework);
  const scan = scanOf(dataset, ctx.access.audience);
  const pattern = scan.patterns.find((p) => p.id === input.patternId);
  if (!pattern) throw new AppError('NOT_FOUND', 'Dit patroon bestaat niet (meer).');
  const position = new Map(dataset.rowIds.map((id, i) => [id, i]));
  const positions = pattern.storyIds.flatMap((id) => {
    const i = position.get(id);
    return i === undefined ? [] : [i];
  });
  return readerPage(ctx, dataset, positions, input.offset, input.limit, `pattern:${pattern.id}`);
}
