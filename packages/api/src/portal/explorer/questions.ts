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
}

/** What the explorer can show: frameworks, questions with their options, collections, years. */
export function explorerQuestions(
  ctx: TExplorerCtx,
  input: { projectId: string; framework?: string },
) {
  const dataset = explorerDataset(ctx.db, input.projectId, input.framework);
  const years = [...new Set(dataset.rows.map((r) => Number(r.createdOn.slice(0, 4))))].sort();
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
      }),
    ),
  };
}
