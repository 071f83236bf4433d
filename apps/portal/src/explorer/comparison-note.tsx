import type { TChartOutput } from './chart-view';

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** The test of a comparison, in one Dutch sentence, with its numbers and the group sizes. */
export function ComparisonNote({
  comparison,
}: {
  comparison: NonNullable<TChartOutput['comparison']>;
}) {
  return (
    <section className="comparison" aria-labelledby="vergelijking-titel">
      <h2 id="vergelijking-titel">Vergelijking</h2>
      <p className="comparison-sentence" data-testid="comparison">
        {comparison.sentence}
      </p>
      {comparison.test !== 'none' && (
        <p className="chart-note">
          {comparison.testLabel}
          {comparison.statistic &&
            `: ${comparison.statistic.name} = ${decimal.format(comparison.statistic.value)}`}
          , p = {decimal.format(comparison.p)}, q = {decimal.format(comparison.q)} (q: gecorrigeerd
          voor meerdere toetsen, Benjamini-Hochberg); effect {comparison.effect.strength} (
          {comparison.effect.measure} = {decimal.format(comparison.effect.value)}).
        </p>
      )}
      {comparison.groups.length > 0 && (
        <p className="chart-note">
          Groepen: {comparison.groups.map((g) => `${g.label} (n = ${g.n.display})`).join(', ')}
          {comparison.excluded.length > 0 &&
            `. Te klein om mee te tellen: ${comparison.excluded
              .map((g) => `${g.label} (n = ${g.n.display})`)
              .join(', ')}`}
          .
        </p>
      )}
    </section>
  );
}
