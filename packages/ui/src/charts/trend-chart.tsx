import { useId, useRef } from 'react';
import { ChartFrame, GroupLegend } from './chart-frame';
import { charactersIn, useChartWidth } from './chart-width';
import { formatDecimal, formatShare, wrapLabel } from './format';
import { groupColour, groupShape, shapePath } from './palette';
import type { TTrendSeries } from './types';

export interface TTrendChartProps {
  title: string;
  /** What 0 and 1 mean on the vertical axis (a dyad's ends), or a scale's range. */
  range?: { min: number; max: number; labels?: readonly [string, string] };
  series: readonly TTrendSeries[];
}

const WIDTH = 600;
/** Narrower than this the chart scales down again. */
const MIN_WIDTH = 240;
const HEIGHT = 280;
const PAD = { left: 56, right: 20, top: 20, bottom: 44 };

/**
 * Trend lines over collections (years, waves): per series the mean per collection, with
 * a band from the first to the third quartile; each series in its colour, shape and dash.
 */
export function TrendChart({ title, range = { min: 0, max: 1 }, series }: TTrendChartProps) {
  const chartId = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useChartWidth(svgRef, WIDTH, MIN_WIDTH);
  const collections = series[0]?.points ?? [];
  const plotW = width - PAD.left - PAD.right;
  // A collection's name gets the room between its neighbours, in up to two lines.
  const slot = collections.length <= 1 ? plotW : plotW / (collections.length - 1);
  const labelChars = charactersIn(Math.min(slot, 160) - 4, 12);
  const rangeChars = charactersIn(width - 8, 11);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (k: number) =>
    PAD.left + (collections.length <= 1 ? plotW / 2 : (k * plotW) / (collections.length - 1));
  const y = (v: number) => PAD.top + plotH * (1 - (v - range.min) / (range.max - range.min || 1));
  const show = (v: number) =>
    range.min === 0 && range.max === 1 ? formatShare(v) : formatDecimal(v);
  return (
    <ChartFrame
      title={title}
      svgRef={svgRef}
      legend={
        <GroupLegend
          groups={series}
          swatch={(i) => <path d={shapePath(groupShape(i), 9, 9, 6)} fill={groupColour(i)} />}
        />
      }
      table={
        <table>
          <caption>{title}: per verzameling n, gemiddelde en kwartielen</caption>
          <thead>
            <tr>
              <th scope="col">Reeks</th>
              <th scope="col">Verzameling</th>
              <th scope="col">n</th>
              <th scope="col">gemiddelde</th>
              <th scope="col">1e kwartiel</th>
              <th scope="col">mediaan</th>
              <th scope="col">3e kwartiel</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.id}-${p.collection}`}>
                  <th scope="row">{s.label}</th>
                  <td>{p.label}</td>
                  <td>{p.n.display}</td>
                  <td>{p.mean === null ? '–' : show(p.mean)}</td>
                  {[0, 1, 2].map((k) => (
                    <td key={k}>{p.quartiles ? show(p.quartiles[k] as number) : '–'}</td>
                  ))}
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    >
      <svg
        ref={svgRef}
        className="chart-svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`${title}. De cijfers staan in de tabel bij deze figuur.`}
        data-chart={chartId}
      >
        <rect width={width} height={HEIGHT} fill="#ffffff" />
        {[0, 0.25, 0.5, 0.75, 1].map((t) => {
          const v = range.min + t * (range.max - range.min);
          return (
            <g key={t}>
              <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} stroke="#e0e0e6" />
              <text x={PAD.left - 6} y={y(v) + 4} fontSize="11" textAnchor="end" fill="#4a4a55">
                {show(v)}
              </text>
            </g>
          );
        })}
        {collections.map((p, k) => {
          const lines = wrapLabel(p.label, labelChars, 2);
          // The first and last names keep inside the chart: anchored at its edges' side.
          const anchor =
            collections.length > 1 && k === 0
              ? 'start'
              : collections.length > 1 && k === collections.length - 1
                ? 'end'
                : 'middle';
          const at = anchor === 'start' ? x(k) - 8 : anchor === 'end' ? x(k) + 8 : x(k);
          return (
            <text
              key={p.collection}
              x={at}
              y={HEIGHT - 20 - 14 * (lines.length - 1)}
              fontSize="12"
              textAnchor={width < WIDTH ? anchor : 'middle'}
              fill="#1b1b1f"
            >
              {lines.map((line, i) => (
                <tspan key={line} x={width < WIDTH ? at : x(k)} dy={i === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
              <title>{p.label}</title>
            </text>
          );
        })}
        {range.labels && (
          <>
            <text x={4} y={PAD.top + plotH} fontSize="11" fill="#4a4a55">
              {wrapLabel(range.labels[0], rangeChars, 1)[0]}
            </text>
            <text x={4} y={PAD.top - 6} fontSize="11" fill="#4a4a55">
              {wrapLabel(range.labels[1], rangeChars, 1)[0]}
            </text>
          </>
        )}
        {series.map((s, i) => {
          const shown = s.points.map((p, k) => ({ p, k })).filter(({ p }) => p.mean !== null);
          const band = shown.filter(({ p }) => p.quartiles);
          const colour = groupColour(i);
          return (
            <g key={s.id} data-series={s.id}>
              {band.length > 1 && (
                <path
                  d={`${band.map(({ p, k }, j) => `${j ? 'L' : 'M'}${x(k)},${y(p.quartiles![2])}`).join('')}${[
                    ...band,
                  ]
                    .reverse()
                    .map(({ p, k }) => `L${x(k)},${y(p.quartiles![0])}`)
                    .join('')}Z`}
                  fill={colour}
                  fillOpacity="0.12"
                />
              )}
              <path
                d={shown.map(({ p, k }, j) => `${j ? 'L' : 'M'}${x(k)},${y(p.mean!)}`).join('')}
                fill="none"
                stroke={colour}
                strokeWidth="2.5"
                strokeDasharray={['', '6 3', '2 3', '8 3 2 3'][i % 4]}
              />
              {shown.map(({ p, k }) => (
                <path
                  key={p.collection}
                  d={shapePath(groupShape(i), x(k), y(p.mean!), 5)}
                  fill={colour}
                  stroke="#ffffff"
                  data-point={`${s.id}:${p.collection}`}
                  data-y={y(p.mean!).toFixed(2)}
                />
              ))}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
