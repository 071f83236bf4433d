import { Fragment, useRef } from 'react';
import { ChartFrame, GroupLegend } from './chart-frame';
import { charactersIn, useChartWidth } from './chart-width';
import { formatShare, wrapLabel } from './format';
import { rectangle } from './hatching';
import { GroupHatch, groupColour, HatchSwatch, HiddenHatch } from './palette';
import type { TDyadGroupData } from './types';

export interface TDyadHistogramProps {
  title: string;
  /** Labels of the ends: 0 (left) and 1 (right). */
  ends: readonly [string, string];
  groups: readonly TDyadGroupData[];
}

const WIDTH = 600;
/** Narrower than this the chart scales down again (its ends still in 2 lines each). */
const MIN_WIDTH = 240;
const PAD = 24;
const ROW = 110;
const LINE = 15;

/** Where a dyad value (0..1) lies horizontally, in a chart `width` units wide. */
export const dyadX = (value: number, width = WIDTH) => PAD + value * (width - 2 * PAD);

/**
 * Histograms of a dyad (0 = left label, 1 = right), one row per group, each with a box of
 * its quartiles and a line at the median. Hidden bins ("<5") are hatched at a fixed height.
 */
export function DyadHistogram({ title, ends, groups }: TDyadHistogramProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useChartWidth(svgRef, WIDTH, MIN_WIDTH);
  const x = (value: number) => dyadX(value, width);
  // Each end has half the width; a long end wraps under itself instead of running into the other.
  const endChars = charactersIn(width / 2 - PAD - 6, 12);
  const endLines = [wrapLabel(ends[0], endChars, 3), wrapLabel(ends[1], endChars, 3)];
  const endSpace = LINE * Math.max(endLines[0]!.length, endLines[1]!.length);
  const height = groups.length * ROW + 25 + endSpace;
  const bins = groups[0]?.bins.length ?? 0;
  const binWidth = bins ? (width - 2 * PAD) / bins : 0;
  const rowChars = charactersIn(width - 2 * PAD, 12);
  return (
    <ChartFrame
      title={title}
      caption={groups
        .map(
          (g) =>
            `${groups.length > 1 ? `${g.label}: ` : ''}n = ${g.n.display}, n.v.t. = ${g.notApplicable.display}`,
        )
        .join(' · ')}
      svgRef={svgRef}
      legend={<GroupLegend groups={groups} swatch={(i) => <HatchSwatch index={i} />} />}
      table={
        <table>
          <caption>
            {title}: verhalen per deel van de schaal ({ends[0]} → {ends[1]}), mediaan en kwartielen
          </caption>
          <thead>
            <tr>
              <th scope="col">Groep</th>
              <th scope="col">n</th>
              <th scope="col">n.v.t.</th>
              <th scope="col">1e kwartiel</th>
              <th scope="col">mediaan</th>
              <th scope="col">3e kwartiel</th>
              {Array.from({ length: bins }, (_, b) => (
                <th scope="col" key={b}>
                  {formatShare(b / bins)}–{formatShare((b + 1) / bins)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.label}</th>
                {g.withheld ? (
                  <td colSpan={5 + bins}>{g.withheld}</td>
                ) : (
                  <>
                    <td>{g.n.display}</td>
                    <td>{g.notApplicable.display}</td>
                    {[0, 1, 2].map((k) => (
                      <td key={k}>{formatShare(g.quartiles?.[k])}</td>
                    ))}
                    {g.bins.map((bin, b) => (
                      <td key={b}>{bin.display}</td>
                    ))}
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg
        ref={svgRef}
        className="chart-svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`${title}. De cijfers staan in de tabel bij deze figuur.`}
      >
        <rect width={width} height={height} fill="#ffffff" />
        {groups.map((group, g) => {
          const base = 10 + g * ROW + 70;
          const max = Math.max(1, ...group.bins.map((b) => b.value ?? 0));
          return (
            <g key={group.id} data-group={group.id}>
              <text x={PAD} y={base - 72 + 12} fontSize="12" fill="#1b1b1f">
                {wrapLabel(
                  `${groups.length > 1 ? group.label : ''}${group.withheld ? ` — ${group.withheld}` : ''}`,
                  rowChars,
                  1,
                )[0] ?? ''}
              </text>
              {!group.withheld &&
                group.bins.map((bin, b) => {
                  const hidden = bin.value === null;
                  const h = hidden ? 10 : (56 * (bin.value ?? 0)) / max;
                  const bar = rectangle(PAD + b * binWidth + 1, base - h, binWidth - 2, h);
                  return (
                    <Fragment key={b}>
                      <rect
                        x={PAD + b * binWidth + 1}
                        y={base - h}
                        width={binWidth - 2}
                        height={h}
                        fill={hidden ? '#ffffff' : groupColour(g)}
                        stroke={hidden ? '#767680' : 'none'}
                      >
                        <title>{bin.display}</title>
                      </rect>
                      {hidden ? (
                        <HiddenHatch points={bar} />
                      ) : (
                        <GroupHatch index={g} points={bar} />
                      )}
                    </Fragment>
                  );
                })}
              <line x1={PAD} x2={width - PAD} y1={base} y2={base} stroke="#1b1b1f" />
              {group.quartiles && (
                <g data-quartiles={group.quartiles.join(',')}>
                  <rect
                    x={x(group.quartiles[0])}
                    y={base + 6}
                    width={Math.max(1, x(group.quartiles[2]) - x(group.quartiles[0]))}
                    height="12"
                    fill="#ffffff"
                    stroke={groupColour(g)}
                    strokeWidth="2"
                  />
                  <line
                    x1={x(group.quartiles[1])}
                    x2={x(group.quartiles[1])}
                    y1={base + 2}
                    y2={base + 22}
                    stroke="#1b1b1f"
                    strokeWidth="3"
                  />
                </g>
              )}
            </g>
          );
        })}
        {endLines.map((lines, k) => (
          <text
            key={ends[k]}
            x={k === 0 ? PAD : width - PAD}
            y={height - 8 - LINE * (lines.length - 1)}
            fontSize="12"
            textAnchor={k === 0 ? 'start' : 'end'}
            fill="#1b1b1f"
          >
            {lines.map((line, i) => (
              <tspan key={line} x={k === 0 ? PAD : width - PAD} dy={i === 0 ? 0 : LINE}>
                {line}
              </tspan>
            ))}
            <title>{ends[k]}</title>
          </text>
        ))}
      </svg>
    </ChartFrame>
  );
}
