import {
  scanVariables,
  storyMetaVariable,
  subsetVariables,
  type TVariable,
} from '@duiding/analytics';
import type { TAudience } from '../../permissions';
import {
  effectStrength,
  formatProbability,
  type TEffectStrength,
  TEST_LABELS,
} from './effect-strength';
import type { TGroupBy } from './explorer.schema';
import {
  findQuestion,
  type TExplorerDataset,
  type TExplorerQuestion,
  type TGrouping,
} from './explorer-data';
import { showGroupSize, type TShownCount } from './shown-numbers';

export interface TComparison {
  /** One Dutch sentence with q and the effect's strength, e.g. "Bij 'Jongere' … (q = 0,01; middelgroot effect)". */
  sentence: string;
  test: string;
  testLabel: string;
  statistic: { name: string; value: number } | null;
  p: number;
  q: number;
  effect: { measure: string; value: number; strength: TEffectStrength };
  significant: boolean;
  groups: { id: string; label: string; n: TShownCount }[];
  /** Groups under the minimum size, left out of the test. */
  excluded: { id: string; label: string; n: TShownCount }[];
  /** Why there is no test, when there is none. */
  note?: string;
}

/** Each story's year as the scan's `collection` grouping, made once per dataset. */
const yearColumns = new WeakMap<TExplorerDataset, TVariable>();
function yearColumn(dataset: TExplorerDataset): TVariable {
  let column = yearColumns.get(dataset);
  if (!column) {
    column = storyMetaVariable(
      'collection',
      Array.from(dataset.years, (year) => String(year)),
    );
    yearColumns.set(dataset, column);
  }
  return column;
}

/** Groups smaller than this take no part in a comparison. */
const MIN_COMPARISON_GROUP = 10;

/**
 * The test of the view's question across its groups, run by the pattern scan on just the
 * two columns (so the explorer's test is the scan's test, in its words), with q adjusted
 * by Benjamini–Hochberg over the tests of this question against this grouping.
 */
export function compareGroups(
  dataset: TExplorerDataset,
  rows: Int32Array,
  question: TExplorerQuestion,
  split: TGrouping,
  groupBy: TGroupBy | null,
  audience: TAudience,
): TComparison | null {
  if (!groupBy) return null;
  const groupQuestion =
    groupBy.kind === 'question' ? findQuestion(dataset, groupBy.question) : null;
  if (groupQuestion?.question.id === question.question.id) return null;
  if (groupQuestion?.question.kind === 'choice' && groupQuestion.question.multiple) {
    return noTest(
      'Een vergelijking naar een meerkeuzevraag toetsen we per optie, op de pagina Patronen.',
    );
  }
  // Left: the question as the one signifier; right: the grouping as a participant question
  // (the columns encoded once for the dataset, taken for the view's stories).
  const columnsOf = (of: TExplorerQuestion, asSignifier: boolean): TVariable[] =>
    dataset.columns
      .filter(
        (v) =>
          v.question === of.question.id &&
          v.key !== 'collection' &&
          v.key !== 'channel' &&
          v.isSignifier === (of.scope === 'story'),
      )
      .map((v) => ({ ...v, isSignifier: asSignifier }));
  // The grouping by collection or year is the scan's `collection` (never a signifier, and
  // channel is never the grouping here, so neither is needed otherwise).
  const meta =
    groupBy.kind === 'collection'
      ? dataset.columns.filter((v) => v.key === 'collection')
      : groupBy.kind === 'year'
        ? [yearColumn(dataset)]
        : [];
  const variables = subsetVariables(
    [
      ...columnsOf(question, true),
      ...(groupQuestion ? columnsOf(groupQuestion, false) : []),
      ...meta,
    ],
    rows,
  );
  const storyIds: string[] = new Array(rows.length);
  for (let k = 0; k < rows.length; k++) storyIds[k] = dataset.rowIds[rows[k] as number]!;
  const result = scanVariables({
    variables,
    storyIds,
    groupings: [split.scanKey],
    minGroupSize: MIN_COMPARISON_GROUP,
    seed: 1,
    maxStoryIds: 0,
  });
  const pattern = result.patterns.find(
    (p) => p.right === split.scanKey || p.rightQuestion === split.scanKey,
  );
  if (!pattern) {
    return noTest(
      result.skipped[0]?.reason ??
        `Er zijn geen twee groepen met ten minste ${MIN_COMPARISON_GROUP} verhalen om te vergelijken.`,
    );
  }
  const strength = effectStrength(pattern.effect.measure, pattern.effect.value);
  const significant = pattern.q < 0.05;
  const lead = significant
    ? pattern.description.replace(/\.$/, '')
    : `Geen duidelijk verschil tussen de groepen in '${question.label}'`;
  return {
    sentence: `${lead} (q = ${formatProbability(pattern.q)}; ${strength === 'verwaarloosbaar' ? 'verwaarloosbaar' : strength} effect).`,
    test: pattern.test,
    testLabel: TEST_LABELS[pattern.test] ?? pattern.test,
    statistic: pattern.statistic
      ? { name: pattern.statistic.name, value: pattern.statistic.value }
      : null,
    p: pattern.p,
    q: pattern.q,
    effect: { measure: pattern.effect.measure, value: pattern.effect.value, strength },
    significant,
    groups: pattern.groupSizes.map((g) => ({
      id: g.group,
      label: g.label,
      n: showGroupSize(g.n, audience),
    })),
    excluded: pattern.excludedGroups.map((g) => ({
      id: g.group,
      label: g.label,
      n: showGroupSize(g.n, audience),
    })),
  };

  function noTest(note: string): TComparison {
    return {
      sentence: note,
      test: 'none',
      testLabel: 'geen toets',
      statistic: null,
      p: 1,
      q: 1,
      effect: { measure: 'none', value: 0, strength: 'verwaarloosbaar' },
      significant: false,
      groups: [],
      excluded: [],
      note,
    };
  }
}
