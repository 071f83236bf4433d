import { useId, useRef } from 'react';
import { ChartFrame, GroupLegend } from './chart-frame';
import { formatShare, wrapLabel } from './format';
import { ChartPatterns, PatternSwatch, patternId } from './palette';
import type { TBarGroupData } from './types';

export interface TChoiceBarsProps {
  title: string;
  options: readonly { id: string; label: string }[];
  groups: readonly TBarGroupData[];
}

const WIDTH = 640;
const LABEL = 200;
const BAR = 16;
const GAP = 10;

/**
 * Bars of a choice question: per option one bar per group (share of the group), each group
 * in its own colour and hatching. Hidden counts ("<5") are drawn as an outline with the
 * label, never as a length.
 */
export function ChoiceBars({ title, options, groups }: TChoiceBarsProps) {
  const chartId = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const shown = groups.filter((g) => !g.withheld);
  const block = Math.max(1, shown.length) * BAR + GAP;
  const height = 16 + options.length * block + 24;
  const plot = WIDTH - LABEL - 64;
  const x = (share: number) => LABEL + share * plot;
  return (
    <ChartFrame
      title={title}
      caption={groups
        .map((g) => `${groups.length > 1 ? `${g.label}: ` : ''}n = ${g.n.display}`)
        .join(' · ')}
      svgRef={svgRef}
      legend={
        <GroupLegend
          groups={shown}
          swatch={(i) => <PatternSwatch chartId={`${chartId}-l${i}`} index={i} />}
        />
      }
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
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-label={`${title}. De cijfers staan in de tabel bij deze figuur.`}
      >
        <ChartPatterns chartId={chartId} count={shown.length} />
        <rect x="0" y="0" width={WIDTH} height={height} fill="#ffffff" />
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={8} y2={height - 20} stroke="#d0d0d6" />
            <text x={x(tick)} y={height - 6} textAnchor="middle" fontSize="11" fill="#4a4a55">
              {formatShare(tick)}
            </text>
          </g>
        ))}
        {options.map((option, o) => {
          const y0 = 12 + o * block;
          const lines = wrapLabel(option.label, 28);
          return (
            <g key={option.id}>
              <text
                x={LABEL - 8}
                y={y0 + block / 2 - (lines.length - 1) * 7}
                textAnchor="end"
                fontSize="12"
                fill="#1b1b1f"
              >
                {lines.map((line, i) => (
                  <tspan key={line} x={LABEL - 8} dy={i === 0 ? 4 : 14}>
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
                return (
                  <g key={group.id} data-bar={`${group.id}:${option.id}`}>
                    {hidden ? (
                      <rect
                        x={LABEL}
                        y={y + 1}
                        width={12}
                        height={BAR - 3}
                        fill={`url(#${chartId}-hidden)`}
                        stroke="#767680"
                      />
                    ) : (
                      <rect
                        x={LABEL}
                        y={y + 1}
                        width={Math.max(share ? 1 : 0, (share ?? 0) * plot)}
                        height={BAR - 3}
                        fill={`url(#${patternId(chartId, g)})`}
                      />
                    )}
                    <text
                      x={hidden ? LABEL + 16 : x(share ?? 0) + 4}
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
