import { createContext, type ReactNode, type RefObject, useContext, useId, useState } from 'react';
import { exportPng, exportSvg } from './export-chart';

export interface TChartFrameProps {
  title: string;
  /** One line under the title: n, N/A, what the colours mean. */
  caption?: ReactNode;
  svgRef: RefObject<SVGSVGElement | null>;
  /** The chart itself (the SVG and what goes beside it). */
  children: ReactNode;
  /** The text alternative: a table with every number the chart draws. */
  table: ReactNode;
  legend?: ReactNode;
  /** The chart scrolls in a box of its own (a cross table, always drawn at full size). */
  ownScrollBox?: boolean;
}

/*
 * Inside a document (a report: the portal's preview, the public page and its PDF) a chart
 * has no buttons to press: its table is always shown beside it. Without script (the public
 * page and its PDF are static HTML) a chart cannot lay itself out at the width it is shown
 * at, so on a narrow screen it keeps its natural size in a box that scrolls sideways.
 */
const InDocument = createContext<{ withoutScript: boolean } | null>(null);

/** Charts inside are drawn for reading and printing: no buttons, the table always shown. */
export function ChartDocument({
  children,
  withoutScript = false,
}: {
  children: ReactNode;
  /** Rendered to HTML that runs no script (the public report, its PDF). */
  withoutScript?: boolean;
}) {
  return <InDocument.Provider value={{ withoutScript }}>{children}</InDocument.Provider>;
}

/**
 * A chart with its title, legend, export buttons and text alternative. The table is always
 * in the page for screen readers (the SVG is labelled by the title and points to it); the
 * button shows it to sighted readers too.
 */
export function ChartFrame({
  title,
  caption,
  svgRef,
  children,
  table,
  legend,
  ownScrollBox = false,
}: TChartFrameProps) {
  const titleId = useId();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const inDocument = useContext(InDocument);
  const heading = (
    <figcaption className="chart-caption">
      <span id={titleId} className="chart-title">
        {title}
      </span>
      {caption && <span className="chart-subtitle">{caption}</span>}
    </figcaption>
  );
  if (inDocument) {
    return (
      <figure
        className="chart chart-in-document"
        aria-labelledby={titleId}
        data-chart-title={title}
      >
        {heading}
        {legend}
        {inDocument.withoutScript && !ownScrollBox ? (
          // At least its natural size on screen (charts.css): on a phone it scrolls sideways,
          // so the keyboard reaches it by Tab. In print it fits the page as before.
          <section
            className="chart-scroll chart-scroll-natural"
            aria-label={`Figuur: ${title} (schuift opzij)`}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
            tabIndex={0}
          >
            {children}
          </section>
        ) : (
          children
        )}
        {/* A wide table scrolls in its own box, which the keyboard can reach by Tab. */}
        <section
          id={tableId}
          className="chart-table chart-table-shown"
          aria-label={`Tabel: ${title}`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
          tabIndex={0}
        >
          {table}
        </section>
      </figure>
    );
  }
  return (
    <figure className="chart" aria-labelledby={titleId} data-chart-title={title}>
      {heading}
      {legend}
      {children}
      <div className="chart-actions">
        <button
          type="button"
          className="button-secondary"
          aria-expanded={tableShown}
          aria-controls={tableId}
          onClick={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? 'Verberg tabel' : 'Toon tabel'}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => svgRef.current && exportSvg(svgRef.current, title)}
        >
          Download SVG
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setExportError(null);
            if (svgRef.current)
              exportPng(svgRef.current, title).catch((error: Error) =>
                setExportError(error.message),
              );
          }}
        >
          Download PNG
        </button>
      </div>
      {exportError && (
        <p role="alert" className="chart-error">
          {exportError}
        </p>
      )}
      {/* Shown, the table may scroll sideways: then it is a region one can reach by Tab. */}
      <div
        id={tableId}
        className={tableShown ? 'chart-table chart-table-shown' : 'chart-table visually-hidden'}
        {...(tableShown ? { role: 'region', 'aria-label': `Tabel: ${title}`, tabIndex: 0 } : {})}
      >
        {table}
      </div>
    </figure>
  );
}

/** A legend entry per group: its colour and its shape, so colour is never the only cue. */
export function GroupLegend({
  groups,
  swatch,
}: {
  groups: readonly { id: string; label: string }[];
  swatch: (index: number) => ReactNode;
}) {
  if (groups.length < 2) return null;
  return (
    <ul className="chart-legend" aria-label="Legenda">
      {groups.map((group, index) => (
        <li key={group.id}>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
            {swatch(index)}
          </svg>
          {group.label}
        </li>
      ))}
    </ul>
  );
}
