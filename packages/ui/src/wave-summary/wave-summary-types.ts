/*
 * A wave's results as the server hands them to an outside audience (api's `TWaveResults`),
 * written out here because ui never imports api; the apps pass api's output in, so the
 * compiler checks that the two agree. Every number is already suppressed.
 */

export type TWaveCellView =
  | { kind: 'value'; value: number }
  | { kind: 'suppressed'; display: string };

export interface TWaveItemView {
  questionId: string;
  label: string;
  section: string | null;
  bars: readonly { id: string; label: string }[];
  counts:
    | { kind: 'table'; cells: readonly (readonly TWaveCellView[])[]; total: number }
    | { kind: 'withheld'; reason: string };
  /** How many answered the item; shares are of them (a multiple choice counts more choices). */
  respondents: number | null;
}

export interface TWaveTrendView {
  questionId: string;
  label: string;
  points: readonly { collectionId: string; title: string; mean: number | null; reason?: string }[];
}

export interface TWaveResultsView {
  collectionId: string;
  title: string;
  closesAt: string;
  answers: number | null;
  withheld: string | null;
  items: readonly TWaveItemView[];
  trend: readonly TWaveTrendView[];
  segments: {
    questionId: string;
    label: string;
    groups: readonly {
      id: string;
      label: string;
      answers: number | null;
      items: readonly TWaveItemView[] | null;
      reason: string | null;
    }[];
  } | null;
}
