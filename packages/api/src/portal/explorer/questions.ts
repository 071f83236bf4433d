import type { TExplorerCtx } from './explorer-chart';
import { explorerDataset, nl } from './explorer-data';

export interface TExplorerQuestionInfo {
  id: string;
  label: string;
  kind: string;
  scope: 'story' | 'participant';
  /** Choice questions: their options (for filters and grouping). */
  options: { id: string; label: string }[];
  multiple: boolean;
  /** Whether a chart can draw it. */
  chartable: boolean;
  /** What the reader needs to draw an answer: a triad's corners, a dyad's ends, stones. */
  corners: [string, string, string] | null;
  ends: [string, string] | null;
  stones: { id: string; label: string }[] | null;
  axes: { x: [string, string]; y: [string, string] } | null;
  points: number | null;
}

/** What the explorer can show: frameworks, questions with their options, collections, years. */
export function explorerQuestions(
  ctx: TExplorerCtx,
  input: { projectId: string; framework?: string },
) {
  const dataset = explorerDataset(ctx.db, input.projectId, input.framework);
  const years = [...new Set(dataset.years)].sort();
  return {
    framework: { id: dataset.framework.id, title: nl(dataset.framework.title) },
    frameworks: dataset.frameworks,
    audience: ctx.access.audience,
    collections: dataset.collections,
    years,
    questions: [...dataset.questions.values()].map(
      ({ question, scope, label }): TExplorerQuestionInfo => ({
        id: question.id,
        label,
        kind: question.kind,
        scope,
        options:
          question.kind === 'choice'
            ? question.options.map((o) => ({ id: o.id, label: nl(o.label) }))
            : question.kind === 'scale'
              ? Array.from({ length: question.points }, (_, k) => ({
                  id: String(k + 1),
                  label: String(k + 1),
                }))
              : [],
        multiple: question.kind === 'choice' && question.multiple,
        chartable: ['triad', 'dyad', 'choice', 'scale', 'stones'].includes(question.kind),
        corners:
          question.kind === 'triad'
            ? (question.corners.map((c) => nl(c.label)) as [string, string, string])
            : null,
        ends: question.kind === 'dyad' ? [nl(question.left), nl(question.right)] : null,
        stones:
          question.kind === 'stones'
            ? question.stones.map((s) => ({ id: s.id, label: nl(s.label) }))
            : null,
        axes:
          question.kind === 'stones'
            ? {
                x: [nl(question.x.low), nl(question.x.high)],
                y: [nl(question.y.low), nl(question.y.high)],
              }
            : null,
        points: question.kind === 'scale' ? question.points : null,
      }),
    ),
  };
}
