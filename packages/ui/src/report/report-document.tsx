import type { ReactNode } from 'react';
import { ReportFigure } from './report-figure';
import type {
  TReportCellView,
  TReportSectionView,
  TReportTableView,
  TReportView,
} from './report-types';

/*
 * A report as its readers see it, the same in the portal's preview, on the public page and
 * in the PDF (the server renders this component to static HTML). Every text is rendered as
 * text by React; nothing here sets HTML. Numbers come suppressed from the server.
 */

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

function cellText(cell: TReportCellView): string {
  if (cell.kind === 'suppressed') return cell.display;
  return cell.share === null ? String(cell.value) : `${cell.value} (${percent.format(cell.share)})`;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
}

export function ReportDocument({
  report,
  headingLevel = 1,
  withoutScript = false,
}: {
  report: TReportView;
  /** 1 on its own page; 2 inside a portal page that has its own h1. */
  headingLevel?: 1 | 2;
  /**
   * Rendered to HTML that runs no script (the public page, its PDF): charts cannot fit
   * themselves to a phone, so each keeps its natural size in a sideways-scrolling region.
   */
  withoutScript?: boolean;
}) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="report-document" lang="nl">
      <header className="report-header">
        <p className="report-project">{report.project}</p>
        <Title className="report-title">{report.title}</Title>
        <p className="report-date">
          {report.publishedAt
            ? `Gepubliceerd op ${formatDate(report.publishedAt)}`
            : 'Concept: nog niet gepubliceerd'}
        </p>
        <p className="report-privacy">
          Alle aantallen zijn afgerond op vijftallen. Groepen van minder dan 10 verhalen tonen we
          niet; aantallen onder 5 staan er als “&lt;5”, en een “x” is verborgen zodat een klein
          aantal niet terug te rekenen is.
        </p>
      </header>
      {report.sections.map((section) => (
        <ReportSection
          key={section.id}
          section={section}
          level={headingLevel + 1}
          withoutScript={withoutScript}
        />
      ))}
    </article>
  );
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = level <= 2 ? 'h2' : 'h3';
  return <Tag className="report-section-heading">{children}</Tag>;
}

function SubHeading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = level <= 2 ? 'h3' : 'h4';
  return <Tag className="report-sub-heading">{children}</Tag>;
}

function ReportSection({
  section,
  level,
  withoutScript,
}: {
  section: TReportSectionView;
  level: number;
  withoutScript: boolean;
}) {
  const heading = section.heading ? <Heading level={level}>{section.heading}</Heading> : null;
  switch (section.kind) {
    case 'text':
      return (
        <section className="report-section report-text">
          {heading}
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      );
    case 'quote':
      return (
        <section className="report-section">
          {heading}
          <figure className="report-quote">
            <blockquote>
              <p className="report-quote-title">{section.title}</p>
              <p>{section.text}</p>
            </blockquote>
            <figcaption>Verhaal uit {section.collection}</figcaption>
          </figure>
        </section>
      );
    case 'observation':
      return (
        <section className="report-section">
          {heading}
          <Observation observation={section.observation} level={level + (heading ? 1 : 0)} />
        </section>
      );
    case 'themes':
      return (
        <section className="report-section">
          {heading}
          {section.themes.map((theme, i) => (
            <section key={i} className="report-theme">
              <SubHeading level={level}>{theme.title}</SubHeading>
              {theme.description && <p>{theme.description}</p>}
              {theme.interpretations.length === 0 ? (
                <p className="report-muted">Nog geen duidingen bij dit thema.</p>
              ) : (
                <ul className="report-interpretations">
                  {theme.interpretations.map((interpretation, j) => (
                    <li key={j}>
                      <strong>{interpretation.title}</strong>
                      {interpretation.body && <span> — {interpretation.body}</span>}
                      <span className="report-muted">
                        {' '}
                        (bij de observatie “{interpretation.observation}”)
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </section>
      );
    case 'chart':
      return (
        <section className="report-section">
          {heading}
          {section.figure ? (
            <p className="report-caption">
              {section.question}
              {section.groupedBy ? ` · vergeleken naar “${section.groupedBy}”` : ''}
              {section.stories ? ` · ${section.stories} verhalen` : ''}
            </p>
          ) : (
            <p className="report-caption">
              {section.question}
              {section.groupedBy ? `, per ${section.groupedBy.toLocaleLowerCase('nl-NL')}` : ''}
            </p>
          )}
          {section.figure ? (
            <ReportFigure
              figure={section.figure}
              question={section.question}
              grouped={section.groupedBy !== null}
              withoutScript={withoutScript}
            />
          ) : section.table ? (
            <CountTable
              table={section.table}
              rowHeader={section.groupedBy ?? 'Groep'}
              label={`Tabel: ${section.question}`}
            />
          ) : null}
        </section>
      );
    case 'municipalities':
      return (
        <section className="report-section">
          {heading}
          <p className="report-caption">
            Per gemeente{section.question ? `: ${section.question}` : ''}
          </p>
          <CountTable
            table={section.table}
            rowHeader="Gemeente"
            label={`Tabel per gemeente${section.question ? `: ${section.question}` : ''}`}
          />
        </section>
      );
    case 'unavailable':
      return (
        <section className="report-section">
          {heading}
          <p className="report-muted">{section.reason}</p>
        </section>
      );
  }
}

function Observation({
  observation,
  level,
}: {
  observation: Extract<TReportSectionView, { kind: 'observation' }>['observation'];
  level: number;
}) {
  return (
    <div className="report-observation">
      <SubHeading level={level}>{observation.title}</SubHeading>
      <p className="report-muted">
        Sterkte: {observation.strength} · Over: {observation.about}
      </p>
      {observation.body && <p>{observation.body}</p>}
      <p className="report-label">Duidingen</p>
      <ul className="report-interpretations">
        {observation.interpretations.map((interpretation, i) => (
          <li key={i}>
            <strong>{interpretation.title}</strong>
            {interpretation.body && <span> — {interpretation.body}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The suppressed counts as a table (the text alternative) with a bar per shown share. */
function CountTable({
  table,
  rowHeader,
  label,
}: {
  table: TReportTableView;
  rowHeader: string;
  label: string;
}) {
  if (table.kind === 'withheld') return <p className="report-withheld">{table.reason}</p>;
  return (
    // A table wider than a phone scrolls in its own box; the box takes focus, so the
    // keyboard can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
    <section className="report-table-wrap" aria-label={label} tabIndex={0}>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">Totaal</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) =>
            row.kind === 'withheld' ? (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td colSpan={table.columns.length + 1} className="report-muted">
                  {row.reason}
                </td>
              </tr>
            ) : (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>
                    <span className="report-cell">{cellText(cell)}</span>
                    {cell.kind === 'value' && cell.share !== null && (
                      <svg
                        className="report-bar"
                        viewBox="0 0 100 6"
                        aria-hidden="true"
                        focusable="false"
                      >
                        <rect width={Math.round(cell.share * 100)} height="6" />
                      </svg>
                    )}
                  </td>
                ))}
                <td>{cellText(row.total)}</td>
              </tr>
            ),
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            {table.columnTotals.map((cell, i) => (
              <td key={i}>{cellText(cell)}</td>
            ))}
            <td>{table.total}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
