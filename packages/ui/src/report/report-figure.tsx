import {
  ChartDocument,
  ChoiceBars,
  ContingencyHeatmap,
  DyadHistogram,
  StoneField,
  TernaryPlot,
  TrendChart,
} from '../charts';
import type { TReportFigureView } from './report-types';

/*
 * A report's chart: the explorer's own chart components, drawn for reading and printing
 * (ChartDocument: no buttons, the data table always shown beside the chart). The numbers
 * come suppressed from the server; a group it withheld is named with its reason instead of
 * being drawn. A triad is a heat map per group with its zone shares and centre, never dots.
 */

/** "Grootouder, Pleegouder: Minder dan 10 verhalen …", one line per reason. */
function WithheldGroups({ groups }: { groups: readonly { label: string; withheld?: string }[] }) {
  const byReason = new Map<string, string[]>();
  for (const group of groups) {
    if (!group.withheld) continue;
    byReason.set(group.withheld, [...(byReason.get(group.withheld) ?? []), group.label]);
  }
  if (byReason.size === 0) return null;
  return (
    <ul className="report-withheld-groups">
      {[...byReason].map(([reason, labels]) => (
        <li key={reason}>
          <strong>Niet getoond: {labels.join(', ')}.</strong> {reason}
        </li>
      ))}
    </ul>
  );
}

const shownOnly = <T extends { withheld?: string }>(groups: readonly T[]) =>
  groups.filter((g) => !g.withheld);

export function ReportFigure({
  figure,
  question,
  grouped,
  withoutScript,
}: {
  figure: TReportFigureView;
  question: string;
  /** Whether the chart compares groups (titles then name the group). */
  grouped: boolean;
  /** Static HTML (the public page, its PDF): on a phone each chart scrolls at natural size. */
  withoutScript: boolean;
}) {
  return (
    <ChartDocument withoutScript={withoutScript}>
      <div className="report-figure">
        <FigureOf figure={figure} question={question} grouped={grouped} />
      </div>
    </ChartDocument>
  );
}

function FigureOf({
  figure,
  question,
  grouped,
}: {
  figure: TReportFigureView;
  question: string;
  grouped: boolean;
}) {
  switch (figure.kind) {
    case 'triad': {
      const shown = shownOnly(figure.groups);
      return (
        <>
          <WithheldGroups groups={figure.groups} />
          {shown.map((group) => (
            <TernaryPlot
              key={group.id}
              title={grouped ? `${question} — ${group.label}` : question}
              corners={figure.corners}
              groups={[{ ...group, points: null }]}
              showDots={false}
              showHeat
              showZoneShares
            />
          ))}
        </>
      );
    }
    case 'dyad': {
      const shown = shownOnly(figure.groups);
      const trend = figure.trend[0];
      return (
        <>
          <WithheldGroups groups={figure.groups} />
          {shown.length > 0 && <DyadHistogram title={question} ends={figure.ends} groups={shown} />}
          {trend && trend.points.length > 1 && (
            <TrendChart
              title={`${question} per verzameling`}
              range={{ min: 0, max: 1, labels: figure.ends }}
              series={figure.trend}
            />
          )}
        </>
      );
    }
    case 'choice': {
      const shown = shownOnly(figure.groups);
      const trend = figure.trend?.[0];
      return (
        <>
          <WithheldGroups groups={figure.groups} />
          {shown.length > 0 && (
            <ChoiceBars title={question} options={figure.options} groups={shown} />
          )}
          {figure.contingency && shown.length > 1 && (
            <ContingencyHeatmap title={`${question}: kruistabel`} data={figure.contingency} />
          )}
          {figure.trend && trend && trend.points.length > 1 && (
            <TrendChart
              title={`${question} per verzameling (gemiddelde)`}
              range={{ min: 1, max: figure.options.length }}
              series={figure.trend}
            />
          )}
        </>
      );
    }
    case 'stones':
      return <StoneField title={question} axes={figure.axes} stones={figure.stones} />;
  }
}
