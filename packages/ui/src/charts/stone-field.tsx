import { useId, useRef } from 'react';
import { ChartFrame, GroupLegend } from './chart-frame';
import { charactersIn, useChartWidth } from './chart-width';
import { formatShare, wrapLabel } from './format';
import { groupColour, groupShape, shapePath } from './palette';
import type { TStoneData } from './types';

export interface TStoneFieldProps {
  title: string;
  /** Axis labels: x from left to right, y from bottom to top. */
  axes: { x: readonly [string, string]; y: readonly [string, string] };
  stones: readonly TStoneData[];
}

const SIZE = 360;
const PAD = 34;
/** Narrower than this the chart scales down again. */
const MIN_WIDTH = 240;

/** The pixel of a stone position (x right, y up as the stones input shows it), in a field `size` wide. */
export const stonePixel = (p: { x: number; y: number }, size = SIZE) => ({
  x: PAD + p.x * size,
  y: PAD + (1 - p.y) * size,
});

/** One line of at most `chars` characters (the whole label is in the text's title). */
const oneLine = (label: string, chars: number) => wrapLabel(label, chars, 1)[0] ?? '';

/**
 * A stones field: each stone's cloud (its density raster, in the stone's colour) and its
 * centre (mean position) as the stone's shape with its name.
 */
export function StoneField({ title, axes, stones }: TStoneFieldProps) {
  const chartId = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const total = useChartWidth(svgRef, SIZE + 2 * PAD, MIN_WIDTH);
  const size = total - 2 * PAD;
  const halfChars = charactersIn(total / 2 - PAD - 4, 12);
  const sideChars = charactersIn(size - 8, 12);
  return (
    <ChartFrame
      title={title}
      caption={stones.map((s) => `${s.label}: ${s.placed.display} keer geplaatst`).join(' · ')}
      svgRef={svgRef}
      legend={
        <GroupLegend
          groups={stones}
          swatch={(i) => <path d={shapePath(groupShape(i), 9, 9, 6)} fill={groupColour(i)} />}
        />
      }
      table={
        <table>
          <caption>{title}: per steen het aantal keer geplaatst en het midden</caption>
          <thead>
            <tr>
              <th scope="col">Steen</th>
              <th scope="col">geplaatst</th>
              <th scope="col">
                midden {axes.x[0]} → {axes.x[1]}
              </th>
              <th scope="col">
                midden {axes.y[0]} → {axes.y[1]}
              </th>
            </tr>
          </thead>
          <tbody>
            {stones.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                <td>{s.placed.display}</td>
                <td>{formatShare(s.centre?.x)}</td>
                <td>{formatShare(s.centre?.y)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg
        ref={svgRef}
        className="chart-svg stone-field"
        viewBox={`0 0 ${total} ${total}`}
        width={total}
        height={total}
        role="img"
        aria-label={`${title}. De cijfers staan in de tabel bij deze figuur.`}
        data-chart={chartId}
      >
        <rect width={total} height={total} fill="#ffffff" />
        <rect x={PAD} y={PAD} width={size} height={size} fill="#f7f7f9" stroke="#1b1b1f" />
        {stones.map((stone, s) => {
          const grid = Math.round(Math.sqrt(stone.density.length));
          const max = Math.max(1, ...stone.density.map((d) => d.value ?? 0));
          const cell = size / Math.max(1, grid);
          return (
            <g key={stone.id} data-stone={stone.id}>
              {stone.density.map((d, k) => {
                if (!d.value) return null;
                const column = k % grid;
                const row = Math.floor(k / grid);
                return (
                  <rect
                    key={`${stone.id}-${row}-${column}`}
                    x={PAD + column * cell}
                    y={PAD + size - (row + 1) * cell}
                    width={cell}
                    height={cell}
                    fill={groupColour(s)}
                    fillOpacity={(0.45 * d.value) / max}
                  />
                );
              })}
            </g>
          );
        })}
        {stones.map((stone, s) => {
          if (!stone.centre) return null;
          const { x, y } = stonePixel(stone.centre, size);
          // A centre right of the middle has its name on its left, inside the field.
          const leftOf = x > total / 2;
          return (
            <g key={`c-${stone.id}`} data-stone-centre={stone.id}>
              <path
                d={shapePath(groupShape(s), x, y, 8)}
                fill={groupColour(s)}
                stroke="#1b1b1f"
                strokeWidth="1.5"
              />
              <text
                x={leftOf ? x - 11 : x + 11}
                y={y + 4}
                textAnchor={leftOf ? 'end' : 'start'}
                fontSize="12"
                fill="#1b1b1f"
                stroke="#ffffff"
                strokeWidth="3"
                paintOrder="stroke"
              >
                {oneLine(stone.label, halfChars)}
                <title>{stone.label}</title>
              </text>
            </g>
          );
        })}
        <text x={PAD} y={total - 10} fontSize="12" fill="#1b1b1f">
          {oneLine(axes.x[0], halfChars)}
          <title>{axes.x[0]}</title>
        </text>
        <text x={PAD + size} y={total - 10} fontSize="12" textAnchor="end" fill="#1b1b1f">
          {oneLine(axes.x[1], halfChars)}
          <title>{axes.x[1]}</title>
        </text>
        <text x={PAD} y={PAD - 10} fontSize="12" fill="#1b1b1f">
          ↑ {oneLine(axes.y[1], sideChars)}
          <title>{axes.y[1]}</title>
        </text>
        <text
          x={PAD - 8}
          y={PAD + size}
          fontSize="12"
          textAnchor="start"
          fill="#1b1b1f"
          transform={`rotate(-90 ${PAD - 8} ${PAD + size})`}
        >
          {oneLine(axes.y[0], sideChars)}
          <title>{axes.y[0]}</title>
        </text>
      </svg>
    </ChartFrame>
  );
}
