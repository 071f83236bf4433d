import {
  ChoiceBars,
  ContingencyHeatmap,
  DyadHistogram,
  StoneField,
  TernaryPlot,
  TrendChart,
  type TTernarySelection,
} from '@duiding/ui/charts';
import type { TRouterOutputs } from '../trpc';

export type TChartOutput = TRouterOutputs['portal']['explorer']['chart'];

export interface TChartViewProps {
  result: TChartOutput;
  layout: 'overlaid' | 'side-by-side';
  heat: boolean;
  jitter: boolean;
  selection: TTernarySelection | null;
  selectionGroup: string | null;
  onSelect?: (selection: TTernarySelection | null, group: string | null) => void;
}

/** The chart of the question the explorer shows, as its kind asks. */
export function ChartView({
  result,
  layout,
  heat,
  jitter,
  selection,
  selectionGroup,
  onSelect,
}: TChartViewProps) {
  const { chart, question } = result;
  const sideBySide = layout === 'side-by-side';
  if (chart.kind === 'triad') {
    const shown = chart.groups.filter((g) => !g.withheld);
    const withheld = chart.groups.filter((g) => g.withheld);
    return (
      <>
        {chart.dotsCapped && (
          <p className="chart-note">
            Er zijn meer dan 3.000 verhalen: de stippen tonen de eerste 3.000, het midden, de
            warmtekaart en de selectie tellen ze allemaal.
          </p>
        )}
        {withheld.map((g) => (
          <p key={g.id} className="chart-note">
            {g.label}: {g.withheld}
          </p>
        ))}
        {sideBySide && shown.length > 1 ? (
          <div className="chart-grid">
            {shown.map((group) => (
              <TernaryPlot
                key={group.id}
                title={`${question.label} — ${group.label}`}
                corners={chart.corners}
                groups={[group]}
                showHeat={heat}
                showDots={!heat}
                jitter={jitter}
                selection={selectionGroup === group.id ? selection : null}
                onSelect={onSelect && ((s) => onSelect(s, s ? group.id : null))}
              />
            ))}
          </div>
        ) : (
          <TernaryPlot
            title={question.label}
            corners={chart.corners}
            groups={shown}
            showHeat={heat && shown.length === 1}
            showDots={!(heat && shown.length === 1)}
            jitter={jitter}
            selection={selectionGroup === null ? selection : null}
            onSelect={onSelect && ((s) => onSelect(s, null))}
          />
        )}
      </>
    );
  }
  if (chart.kind === 'dyad') {
    return (
      <>
        {sideBySide && chart.groups.length > 1 ? (
          <div className="chart-grid">
            {chart.groups.map((group) => (
              <DyadHistogram
                key={group.id}
                title={`${question.label} — ${group.label}`}
                ends={chart.ends}
                groups={[group]}
              />
            ))}
          </div>
        ) : (
          <DyadHistogram title={question.label} ends={chart.ends} groups={chart.groups} />
        )}
        {chart.trend[0] && chart.trend[0].points.length > 1 && (
          <TrendChart
            title={`${question.label} per verzameling`}
            range={{ min: 0, max: 1, labels: chart.ends }}
            series={chart.trend}
          />
        )}
      </>
    );
  }
  if (chart.kind === 'choice') {
    return (
      <>
        {sideBySide && chart.groups.length > 1 ? (
          <div className="chart-grid">
            {chart.groups.map((group) => (
              <ChoiceBars
                key={group.id}
                title={`${question.label} — ${group.label}`}
                options={chart.options}
                groups={[group]}
              />
            ))}
          </div>
        ) : (
          <ChoiceBars title={question.label} options={chart.options} groups={chart.groups} />
        )}
        {chart.contingency && (
          <ContingencyHeatmap title={`${question.label}: kruistabel`} data={chart.contingency} />
        )}
        {chart.trend?.[0] && chart.trend[0].points.length > 1 && (
          <TrendChart
            title={`${question.label} per verzameling (gemiddelde)`}
            range={{ min: 1, max: chart.options.length }}
            series={chart.trend}
          />
        )}
      </>
    );
  }
  return <StoneField title={question.label} axes={chart.axes} stones={chart.stones} />;
}
