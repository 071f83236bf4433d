import { resultBucketsOf, type TQuestion } from '@duiding/survey/client';
import type { TResults } from '../api';

type TItem = TResults['items'][number];
type TCell = Extract<TItem['counts'], { kind: 'table' }>['cells'][number][number];

/** A count as shown, with what "<5" and "x" mean spelled out for a screen reader. */
function CellText({ cell }: { cell: TCell }) {
  if (cell.kind === 'value') return <>{cell.value}</>;
  const spoken = cell.display === 'x' ? 'verborgen' : `minder dan ${cell.display.slice(1)}`;
  return (
    <>
      <span aria-hidden="true">{cell.display}</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
}

/**
 * One item's distribution as a list of bars with the count and share written out (so it
 * reads without the picture); suppressed counts show as "<5" or "x" and draw no bar.
 */
export function ItemChart({
  item,
  ownBars,
  large = false,
}: {
  item: TItem;
  ownBars: string[];
  large?: boolean;
}) {
  if (item.counts.kind === 'withheld') {
    return <p className="panel-withheld">{item.counts.reason}</p>;
  }
  const { cells } = item.counts;
  // A share is of the people who answered: a multiple choice's counts add up to more.
  const total = item.respondents ?? item.counts.total;
  const row = cells[0] ?? [];
  return (
    <ul className={large ? 'panel-bars panel-bars-large' : 'panel-bars'} aria-label={item.label}>
      {item.bars.map((bar, i) => {
        const cell = row[i]!;
        const share = cell.kind === 'value' && total > 0 ? cell.value / total : null;
        const mine = ownBars.includes(bar.id);
        return (
          <li key={bar.id} className={mine ? 'panel-bar panel-bar-own' : 'panel-bar'}>
            <span className="panel-bar-label">
              {bar.label}
              {mine && <strong className="panel-own-mark"> (jouw antwoord)</strong>}
            </span>
            <span className="panel-bar-track" aria-hidden="true">
              <span
                className="panel-bar-fill"
                style={{ width: `${Math.round((share ?? 0) * 100)}%` }}
              />
            </span>
            <span className="panel-bar-count">
              <CellText cell={cell} />
              {share !== null && ` (${Math.round(share * 100)}%)`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function TrendTable({ trend }: { trend: TResults['trend'] }) {
  if (trend.length === 0 || (trend[0]?.points.length ?? 0) === 0) return null;
  const waves = trend[0]!.points;
  return (
    <div className="panel-table-wrap">
      <table className="panel-trend">
        <caption>Gemiddelde per ronde (1 = helemaal oneens, 5 = helemaal eens)</caption>
        <thead>
          <tr>
            <th scope="col">Stelling</th>
            {waves.map((w) => (
              <th scope="col" key={w.collectionId}>
                {w.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.map((item) => (
            <tr key={item.questionId}>
              <th scope="row">{item.label}</th>
              {item.points.map((p) => (
                <td key={p.collectionId}>
                  {p.mean === null ? (
                    <span title={p.reason}>te weinig antwoorden</span>
                  ) : (
                    p.mean.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The wave's results: the core items' trend, then every item's distribution. */
export function ResultCharts({
  results,
  own,
  questions,
}: {
  results: TResults;
  own?: Record<string, unknown> | undefined;
  questions?: TQuestion[];
}) {
  if (results.withheld) {
    return (
      <div className="notice" role="status">
        <p>{results.withheld}</p>
      </div>
    );
  }
  const ownBars = (item: TItem) => {
    const question = (questions ?? results.questions).find((q) => q.id === item.questionId);
    return own && question ? resultBucketsOf(question, own[item.questionId]) : [];
  };
  return (
    <>
      <p>
        {results.answers} collega’s antwoordden. Groepen van minder dan 10 en aantallen onder de 5
        laten we niet zien, zodat niemand te herkennen is: “&lt;5” is minder dan 5, en “x” is een
        aantal dat we verbergen omdat je anders een “&lt;5” zou kunnen terugrekenen.
      </p>
      <h2>Door de rondes heen</h2>
      <TrendTable trend={results.trend} />
      <h2>Alle vragen</h2>
      {results.items.map((item) => (
        <section
          key={item.questionId}
          className="panel-item"
          aria-labelledby={`item-${item.questionId}`}
        >
          <h3 id={`item-${item.questionId}`}>{item.label}</h3>
          <ItemChart item={item} ownBars={ownBars(item)} />
        </section>
      ))}
    </>
  );
}
