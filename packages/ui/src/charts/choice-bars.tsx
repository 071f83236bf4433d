import { useRef } from 'react';
import { ChartFrame, GroupLegend } from './chart-frame';
import { charactersIn, useChartWidth } from './chart-width';
import { formatShare, wrapLabel } from './format';
import { rectangle } from './hatching';
import { GroupHatch, groupColour, HatchSwatch, HiddenHatch } from './palette';
import type { TBarGroupData } from './types';

export interface TChoiceBarsProps {
  title: string;
  options: readonly { id: string; label: string }[];
  groups: readonly TBarGroupData[];
}

const WIDTH = 640;
/** Narrower than this the chart scales down again. */
const MIN_WIDTH = 240;
const BAR = 16;
const GAP = 10;
const LINE = 14;

/**
 * Bars of a choice question: per option one bar per group (share of the group), each group
 * in its own colour and hatching. Hidden counts ("<5") are drawn as an outline with the
 * label, never as a length.
 */
export function ChoiceBars({ title, options, groups }: TChoiceBarsProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useChartWidth(svgRef, WIDTH, MIN_WIDTH);
  const shown = groups.filter((g) => !g.withheld);
  // The labels take up to 200 units, less on a phone (where they wrap in more lines).
  const label = Math.min(200, Math.round(width * 0.4));
  const labelChars = Math.min(28, charactersIn(label - 8, 12));
  const maxLines = width < WIDTH ? 3 : 2;
  const lines = options.map((option) => wrapLabel(option.label, labelChars, maxLines));
  const bars = Math.max(1, shown.length) * BAR;
  const blocks = lines.map((l) => Math.max(bars, l.length * LINE) + GAP);
  const tops = blocks.map((_, o) => 12 + blocks.slice(0, o).reduce((sum, b) => sum + b, 0));
  const height = 16 + blocks.reduce((sum, b) => sum + b, 0) + 24;
  const plot = width - label - (width < WIDTH ? 44 : 64);
  const x = (share: number) => label + share * plot;
  return (
    <ChartFrame
      title={title}
      caption={groups
        .map((g) => `${groups.length > 1 ? `${g.label}: ` : ''}n = ${g.n.display}`)
        .join(' · ')}
      svgRef={svgRef}
      legend={<GroupLegend groups={shown} swatch={(i) => <HatchSwatch index={i} />} />}
      table={
        <table>
          <caption>{title}: aantal (aandeel van de groep)</caption>
          <thead>
            <tr>
              <th scope="col">Antwoord</th>
              {groups.map((g) => (
                <th scope="col" key={g.id}>
                  {g.label} (n = {g.n.display})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {options.map((option, o) => (
              <tr key={option.id}>
                <th scope="row">{option.label}</th>
                {groups.map((g) => {
                  const cell = g.counts[o];
                  return (
                    <td key={g.id}>
                      {g.withheld ??
                        (cell ? `${cell.count.display} (${formatShare(cell.share)})` : '–')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {groups
        .filter((g) => g.withheld)
        .map((g) => (
          <p key={g.id} className="chart-note">
            {g.label}: {g.withheld}
          </p>
        ))}
      <svg
        ref={svgRef}
        className="chart-svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`${title}. De cijfers staan in de tabel bij deze figuur.`}
      >
        <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={8} y2={height - 20} stroke="#d0d0d6" />
            <text x={x(tick)} y={height - 6} textAnchor="middle" fontSize="11" fill="#4a4a55">
              {formatShare(tick)}
            </text>
          </g>
        ))}
        {options.map((option, o) => {
          const block = blocks[o] ?? 0;
          const y0 = (tops[o] ?? 0) + (block - GAP - bars) / 2;
          const optionLines = lines[o] ?? [];
          return (
            <g key={option.id}>
              <text
                x={label - 8}
                y={(tops[o] ?? 0) + block / 2 - (optionLines.length - 1) * 7}
                textAnchor="end"
                fontSize="12"
                fill="#1b1b1f"
              >
                {optionLines.map((line, i) => (
                  <tspan key={line} x={label - 8} dy={i === 0 ? 4 : LINE}>
                    {line}
                  </tspan>
                ))}
                <title>{option.label}</title>
              </text>
              {shown.map((group, g) => {
                const cell = group.counts[o];
                const y = y0 + g * BAR;
                const share = cell?.share ?? null;
                const hidden = cell?.count.value === null;
                const barWidth = hidden ? 12 : Math.max(share ? 1 : 0, (share ?? 0) * plot);
                const bar = rectangle(label, y + 1, barWidth, BAR - 3);
                return (
                  <g key={group.id} data-bar={`${group.id}:${option.id}`}>
                    {hidden ? (
                      <>
                        <rect
                          x={label}
                          y={y + 1}
                          width={barWidth}
                          height={BAR - 3}
                          fill="#ffffff"
                          stroke="#767680"
                        />
                        <HiddenHatch points={bar} />
                      </>
                    ) : (
                      <>
                        <rect
                          x={label}
                          y={y + 1}
                          width={barWidth}
                          height={BAR - 3}
                          fill={groupColour(g)}
                        />
                        <GroupHatch index={g} points={bar} />
                      </>
                    )}
                    <text
                      x={hidden ? label + 16 : x(share ?? 0) + 4}
                      y={y + BAR - 4}
                      fontSize="11"
                      fill="#1b1b1f"
                    >
                      {hidden ? cell?.count.display : formatShare(share)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
