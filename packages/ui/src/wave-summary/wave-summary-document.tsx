import type { ReactNode } from 'react';
import { ChoiceBars } from '../charts/choice-bars';
import { TrendChart } from '../charts/trend-chart';
import { itemBarGroup, trendSeries } from './item-chart-data';
import type { TWaveItemView, TWaveResultsView } from './wave-summary-types';

/*
 * A wave's summary for the groups its results are for (education, provider organisations,
 * municipalities): the same in the portal, printed from the browser, and in the PDF the
 * server prints (this component rendered to static HTML, without script). Each section
 * starts a new page in print; withheld items say so and why.
 */

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
}

/** The highest step of the wave's scale items (the trend's vertical axis), 5 by default. */
export function scaleTop(items: readonly TWaveItemView[], questionIds: readonly string[]): number {
  const steps = items
    .filter((item) => questionIds.includes(item.questionId))
    .flatMap((item) => item.bars.map((bar) => Number(bar.id)))
    .filter((n) => Number.isInteger(n));
  return steps.length > 0 ? Math.max(...steps) : 5;
}

/** One item: its bars, or the sentence that it is withheld and why. */
export function WaveItem({
  item,
  groupLabel = 'Alle antwoorden',
}: {
  item: TWaveItemView;
  /** Who answered, in the chart's table: everyone, or one organisation. */
  groupLabel?: string;
}) {
  if (item.counts.kind === 'withheld') {
    return (
      <div className="chart wave-item wave-item-withheld" data-withheld={item.questionId}>
        <p className="chart-title">{item.label}</p>
        <p className="wave-withheld">
          <strong>Niet getoond.</strong> {item.counts.reason}
        </p>
      </div>
    );
  }
  return (
    <div className="wave-item">
      <ChoiceBars
        title={item.label}
        options={item.bars}
        groups={[itemBarGroup(item, groupLabel)]}
      />
    </div>
  );
}

export function WaveSummaryDocument({
  results,
  project,
  headingLevel = 1,
  heading,
}: {
  results: TWaveResultsView;
  project: string;
  /** 1 on its own page (the PDF); the portal page has its own h1 and passes 2. */
  headingLevel?: 1 | 2;
  /** The page's own heading in place of the title (the portal's, which takes focus). */
  heading?: ReactNode;
}) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  const Section = headingLevel === 1 ? 'h2' : 'h3';
  const shownGroups = results.segments?.groups.filter((g) => g.items !== null) ?? [];
  const hiddenGroups = (results.segments?.groups.length ?? 0) - shownGroups.length;
  const trendIds = results.trend.map((t) => t.questionId);
  return (
    <article className="wave-summary" lang="nl">
      <header className="wave-summary-header">
        <p className="wave-summary-project">{project}</p>
        {heading ?? <Title className="wave-summary-title">Samenvatting: {results.title}</Title>}
        <p>Ronde gesloten op {formatDay(results.closesAt)}.</p>
        {results.answers !== null && <p>{results.answers} professionals antwoordden.</p>}
        <p className="wave-summary-privacy">
          Groepen van minder dan 10 antwoorden tonen we niet; aantallen onder 5 staan er als
          “&lt;5”, en een “x” is verborgen zodat een klein aantal niet terug te rekenen is. Zo is
          niemand te herkennen.
        </p>
      </header>

      {results.withheld ? (
        <section className="wave-summary-section">
          <Section>Resultaten</Section>
          <p className="wave-withheld">
            <strong>Niet getoond.</strong> {results.withheld}
          </p>
        </section>
      ) : (
        <section className="wave-summary-section" aria-labelledby="wave-alle-vragen">
          <Section id="wave-alle-vragen">Alle vragen</Section>
          {results.items.map((item) => (
            <WaveItem key={item.questionId} item={item} />
          ))}
        </section>
      )}

      {results.trend.length > 0 && (
        <section className="wave-summary-section" aria-labelledby="wave-trend">
          <Section id="wave-trend">Door de rondes heen</Section>
          <p>
            Het gemiddelde van de vaste vragen per ronde (1 = helemaal oneens,{' '}
            {scaleTop(results.items, trendIds)} = helemaal eens).
          </p>
          <TrendChart
            title="Vaste vragen: gemiddelde per ronde"
            range={{ min: 1, max: scaleTop(results.items, trendIds) }}
            series={trendSeries(results.trend)}
          />
          {results.trend.some((t) => t.points.some((p) => p.mean === null)) && (
            <p className="wave-withheld">
              Een ronde zonder gemiddelde had te weinig antwoorden om het te tonen.
            </p>
          )}
        </section>
      )}

      {results.segments && (
        <>
          {shownGroups.map((group) => (
            <section
              key={group.id}
              className="wave-summary-section"
              aria-labelledby={`wave-groep-${group.id}`}
            >
              <Section id={`wave-groep-${group.id}`}>Organisatie: {group.label}</Section>
              <p>{group.answers} professionals uit deze groep antwoordden.</p>
              {group.items?.map((item) => (
                <WaveItem key={item.questionId} item={item} groupLabel={group.label} />
              ))}
            </section>
          ))}
          {hiddenGroups > 0 && (
            <p className="wave-summary-note">
              {shownGroups.length === 0
                ? 'Geen enkele soort organisatie had 10 antwoorden of meer; daarom staat er geen uitsplitsing per organisatie in.'
                : 'Soorten organisaties met minder dan 10 antwoorden staan er niet apart in.'}
            </p>
          )}
        </>
      )}
    </article>
  );
}
