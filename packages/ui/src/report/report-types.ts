import type {
  TBarGroupData,
  TContingencyData,
  TDyadGroupData,
  TStoneData,
  TTernaryGroupData,
  TTrendSeries,
} from '../charts/types';

/*
 * The shape of a rendered report as the server publishes it (api's `TPublishedReport`),
 * written out here because ui never imports api; the apps pass api's output in, so the
 * compiler checks that the two agree.
 */

export type TReportCellView =
  | { kind: 'value'; value: number; share: number | null }
  | { kind: 'suppressed'; display: string };

export type TReportTableView =
  | {
      kind: 'table';
      columns: string[];
      rows: (
        | { kind: 'shown'; label: string; cells: TReportCellView[]; total: TReportCellView }
        | { kind: 'withheld'; label: string; reason: string }
      )[];
      columnTotals: TReportCellView[];
      total: string;
    }
  | { kind: 'withheld'; reason: string };

/** A chart as the explorer draws it; a triad without single answers (no dots in a report). */
export type TReportFigureView =
  | {
      kind: 'triad';
      corners: readonly [string, string, string];
      groups: readonly Omit<TTernaryGroupData, 'points'>[];
    }
  | {
      kind: 'dyad';
      ends: readonly [string, string];
      groups: readonly TDyadGroupData[];
      trend: readonly TTrendSeries[];
    }
  | {
      kind: 'choice';
      options: readonly { id: string; label: string }[];
      groups: readonly TBarGroupData[];
      contingency: TContingencyData | null;
      trend: readonly TTrendSeries[] | null;
    }
  | {
      kind: 'stones';
      axes: { x: readonly [string, string]; y: readonly [string, string] };
      stones: readonly TStoneData[];
    };

export interface TInterpretationView {
  title: string;
  body: string;
}

export type TReportSectionView = { id: string; heading: string } & (
  | { kind: 'text'; paragraphs: string[] }
  | {
      kind: 'chart';
      question: string;
      groupedBy: string | null;
      /** The explorer's chart, suppressed for outside readers on the server. */
      figure?: TReportFigureView;
      /** Stories in the chart ("≈ 120"). */
      stories?: string;
      /** Reports published before charts were drawn hold a count table instead. */
      table?: TReportTableView;
    }
  | { kind: 'quote'; title: string; text: string; collection: string }
  | {
      kind: 'observation';
      observation: {
        title: string;
        body: string;
        strength: string;
        about: string;
        interpretations: TInterpretationView[];
      };
    }
  | {
      kind: 'themes';
      themes: {
        title: string;
        description: string;
        interpretations: (TInterpretationView & { observation: string })[];
      }[];
    }
  | { kind: 'municipalities'; question: string | null; table: TReportTableView }
  | { kind: 'unavailable'; reason: string }
);

export interface TReportView {
  title: string;
  project: string;
  publishedAt: string | null;
  sections: TReportSectionView[];
}
