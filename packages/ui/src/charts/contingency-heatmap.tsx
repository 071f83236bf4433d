import { useRef } from 'react';
import { ChartFrame } from './chart-frame';
import { useFitsBox } from './chart-width';
import { formatDecimal } from './format';
import type { TContingencyData } from './types';

export interface TContingencyHeatmapProps {
  title: string;
  data: TContingencyData;
}

const CELL_W = 84;
const CELL_H = 40;
const LABEL = 150;
const HEAD = 60;

/**
 * The fill of a standardized residual: blue above what independence expects, orange
 * below, stronger further from 0 (|r| ≥ 3 saturates). Marks carry the direction as well
 * (▲ more, ▼ fewer than expected, at |r| ≥ 2), so colour is not the only cue.
 */
export function residualFill(residual: number | null): { fill: string; opacity: number } {
  if (residual === null || !Number.isFinite(residual)) return { fill: '#ffffff', opacity: 1 };
  const strength = Math.min(1, Math.abs(residual) / 3);
  return { fill: residual >= 0 ? '#0072B2' : '#D55E00', opacity: 0.08 + 0.6 * strength };
}

export function residualMark(residual: number | null): string {
  if (residual === null || !Number.isFinite(residual) || Math.abs(residual) < 2) return '';
  return residual > 0 ? '▲' : '▼';
}

/** A cross table as a heat map of adjusted standardized residuals, counts in the cells. */
export function ContingencyHeatmap({ title, data }: TContingencyHeatmapProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const width = LABEL + data.columns.length * CELL_W + 8;
  const height = HEAD + data.rows.length * CELL_H + 8;
  // A cross table is as wide as its columns: drawn at full size (its text 11–12 px), it
  // scrolls sideways in its own box on a phone instead of shrinking to unreadable.
  const fits = useFitsBox(boxRef, width);
  return (
    <ChartFrame
      title={title}
      caption={`n = ${data.total.display}. Blauw ▲: vaker dan bij geen verband, oranje ▼: minder vaak (gestandaardiseerd residu ≥ 2 of ≤ −2).`}
      svgRef={svgRef}
      ownScrollBox
      table={
        <table>
          <caption>{title}: aantallen (gestandaardiseerd residu)</caption>
          <thead>
            <tr>
              <th scope="col">Groep</th>
              {data.columns.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                </th>
              ))}
              <th scope="col">Totaal</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row, r) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {data.columns.map((column, c) => {
                  const residual = data.residuals?.[r]?.[c] ?? null;
                  return (
                    <td key={column.id}>
                      {data.cells[r]?.[c]?.display}
                      {residual === null ? '' : ` (${formatDecimal(residual)})`}
                    </td>
                  );
                })}
                <td>{data.rowTotals[r]?.display}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Totaal</th>
              {data.columnTotals.map((t, c) => (
                <td key={data.columns[c]?.id}>{t.display}</td>
              ))}
              <td>{data.total.display}</td>
            </tr>
          </tbody>
        </table>
      }
    >
      <div
        ref={boxRef}
        className="chart-scroll"
        {...(fits
          ? {}
          : { role: 'region', 'aria-label': `Figuur: ${title} (schuift opzij)`, tabIndex: 0 })}
      >
        <svg
          ref={svgRef}
          className="chart-svg chart-svg-full-size"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={`${title}. De cijfers staan in de tabel bij deze figuur.`}
        >
          <rect width={width} height={height} fill="#ffffff" />
          {data.columns.map((column, c) => (
            <text
              key={column.id}
              x={LABEL + c * CELL_W + CELL_W / 2}
              y={HEAD - 8}
              fontSize="11"
              textAnchor="middle"
              fill="#1b1b1f"
            >
              {column.label.length > 14 ? `${column.label.slice(0, 13)}…` : column.label}
              <title>{column.label}</title>
            </text>
          ))}
          {data.rows.map((row, r) => (
            <g key={row.id}>
              <text
                x={LABEL - 8}
                y={HEAD + r * CELL_H + CELL_H / 2 + 4}
                fontSize="12"
                textAnchor="end"
                fill="#1b1b1f"
              >
                {row.label.length > 19 ? `${row.label.slice(0, 18)}…` : row.label}
                <title>{row.label}</title>
              </text>
              {data.columns.map((column, c) => {
                const residual = data.residuals?.[r]?.[c] ?? null;
                const { fill, opacity } = residualFill(residual);
                const cell = data.cells[r]?.[c];
                return (
                  <g key={column.id} data-cell={`${row.id}:${column.id}`}>
                    <rect
                      x={LABEL + c * CELL_W}
                      y={HEAD + r * CELL_H}
                      width={CELL_W - 2}
                      height={CELL_H - 2}
                      fill={fill}
                      fillOpacity={opacity}
                      stroke="#d0d0d6"
                    />
                    <text
                      x={LABEL + c * CELL_W + CELL_W / 2}
                      y={HEAD + r * CELL_H + CELL_H / 2 + 4}
                      fontSize="12"
                      textAnchor="middle"
                      fill="#1b1b1f"
                    >
                      {cell?.display} {residualMark(residual)}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
    </ChartFrame>
  );
}
