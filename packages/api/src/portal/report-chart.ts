import type { TCollectionWithFramework, TDbExecutor } from '@duiding/db';
import { localize, type TFramework, type TQuestion } from '@duiding/survey';
import { AppError } from '../errors';
import type { TExplorerChartInput, TGroupBy } from './explorer/explorer.schema';
import { chartOfView, type TExplorerChart } from './explorer/explorer-chart';
import type { TReportSectionSpec } from './reports.schema';

/*
 * A report's chart section is an explorer view (a question, the chosen collections, the
 * explorer's filters and grouping), drawn by the explorer's own aggregation for the
 * `outside` audience whoever renders it: groups under 10 withheld with their reason, cells
 * under 5 as "<5" with secondary suppression, counts rounded to multiples of 5 with shares
 * from the rounded counts, centres and quartiles coarsened. A triad's groups come without
 * their `points` field: a report shows heat-map cells, zone shares and the centre, never a
 * story's own answer.
 */

export type TReportChartSpec = Extract<TReportSectionSpec, { kind: 'chart' }>;

type TTriadChart = Extract<TExplorerChart, { kind: 'triad' }>;

export type TReportFigure =
  | {
      kind: 'triad';
      corners: TTriadChart['corners'];
      groups: Omit<TTriadChart['groups'][number], 'points'>[];
    }
  | Extract<TExplorerChart, { kind: 'dyad' }>
  | Extract<TExplorerChart, { kind: 'choice' }>
  | Extract<TExplorerChart, { kind: 'stones' }>;

/** The kinds of question a chart section draws (the explorer's chartable kinds). */
export const REPORT_CHART_KINDS: readonly TQuestion['kind'][] = [
  'triad',
  'dyad',
  'stones',
  'choice',
  'scale',
];

/**
 * A report's triad heat map has 5 steps per side (25 cells) unless the author chose more: a
 * group of a few dozen stories over the explorer's 100 cells is mostly "<5".
 */
export const REPORT_DIVISIONS = 5;

const nl = (text: Parameters<typeof localize>[0]) => localize(text, { locale: 'nl' });

function questionOf(framework: TFramework, id: string): TQuestion | undefined {
  return (
    framework.signifiers.find((q) => q.id === id) ??
    framework.participantQuestions.find((q) => q.id === id)
  );
}

function groupByOf(spec: TReportChartSpec): TGroupBy | null {
  if (spec.groupBy === undefined) return null;
  if (spec.groupBy === 'collection') return { kind: 'collection' };
  if (spec.groupBy === 'year') return { kind: 'year' };
  return { kind: 'question', question: spec.groupBy };
}

/** The questions a chart's filters name (none for collection, year and text filters). */
function filterQuestions(spec: TReportChartSpec): string[] {
  return (spec.filters ?? []).flatMap((f) => ('question' in f ? [f.question] : []));
}

/**
 * Refuses (when a section is saved) a chart the explorer cannot draw: collections of
 * different questionnaires, a question that is no chart, a grouping that is no choice.
 */
export function checkChartSpec(
  spec: TReportChartSpec,
  collections: readonly TCollectionWithFramework[],
): void {
  const framework = collections[0]!.framework as TFramework;
  if (collections.some((c) => c.framework.id !== framework.id)) {
    throw new AppError(
      'BAD_INPUT',
      'Kies verzamelingen van één vragenlijst: een grafiek toont de vragen van één vragenlijst.',
    );
  }
  const question = questionOf(framework, spec.questionId);
  if (!question || !REPORT_CHART_KINDS.includes(question.kind)) {
    throw new AppError(
      'BAD_INPUT',
      'Deze vraag kan niet als grafiek worden getoond: kies een driehoeks-, schuif-, stenen-, keuze- of schaalvraag.',
    );
  }
  const groupBy = groupByOf(spec);
  if (groupBy?.kind === 'question' && questionOf(framework, groupBy.question)?.kind !== 'choice') {
    throw new AppError(
      'BAD_INPUT',
      'Vergelijken kan op een keuzevraag, de verzameling of het jaar, niet op deze vraag.',
    );
  }
  if (filterQuestions(spec).some((id) => !questionOf(framework, id))) {
    throw new AppError(
      'BAD_INPUT',
      'Een filter noemt een vraag die niet in deze vragenlijst staat.',
    );
  }
}

export interface TRenderedChart {
  question: string;
  groupedBy: string | null;
  /** Stories in the chart, as outside readers may see the number ("≈ 120", "<10"). */
  stories: string;
  figure: TReportFigure;
}

/** The chart of a section for outside readers, or the reason it cannot be drawn (any more). */
export function renderChart(
  db: TDbExecutor,
  projectId: string,
  spec: TReportChartSpec,
  collections: readonly TCollectionWithFramework[],
): TRenderedChart | { unavailable: string } {
  const framework = collections[0]!.framework as TFramework;
  const groupBy = groupByOf(spec);
  const input: TExplorerChartInput = {
    projectId,
    framework: framework.id,
    filters: [{ kind: 'collection', ids: spec.collectionIds }, ...(spec.filters ?? [])],
    groupBy,
    question: spec.questionId,
    divisions: spec.divisions ?? REPORT_DIVISIONS,
  };
  let drawn: ReturnType<typeof chartOfView>;
  try {
    // A draft saved before its questionnaire changed may no longer fit: say so in its place.
    checkChartSpec(spec, collections);
    drawn = chartOfView(db, input, 'outside');
  } catch (error) {
    if (error instanceof AppError) return { unavailable: error.message };
    throw error;
  }
  const { chart } = drawn;
  // Without a grouping the explorer's one group is "every story in the selection".
  const named = <T extends { label: string }>(group: T): T =>
    groupBy === null ? { ...group, label: 'Alle verhalen' } : group;
  const figure: TReportFigure =
    chart.kind === 'triad'
      ? {
          kind: 'triad',
          corners: chart.corners,
          groups: chart.groups.map(({ points: _points, ...group }) => named(group)),
        }
      : chart.kind === 'dyad'
        ? { ...chart, groups: chart.groups.map(named) }
        : chart.kind === 'choice'
          ? { ...chart, groups: chart.groups.map(named) }
          : chart;
  const groupedBy =
    groupBy === null
      ? null
      : groupBy.kind === 'collection'
        ? 'Verzameling'
        : groupBy.kind === 'year'
          ? 'Jaar'
          : nl(questionOf(framework, groupBy.question)!.label);
  return {
    question: drawn.question.label,
    groupedBy,
    stories: drawn.stories.display,
    figure,
  };
}
