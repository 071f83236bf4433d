import type { TTriadValue } from '@duiding/survey/client';
import { Fragment, type PointerEvent, useId, useMemo, useRef, useState } from 'react';
import { ChartFrame, GroupLegend } from './chart-frame';
import { charactersIn, useChartWidth } from './chart-width';
import { formatShare, formatTriad, wrapLabel } from './format';
import { groupColour, groupShape, HiddenHatch, shapePath } from './palette';
import {
  jitterTriad,
  pixelTriad,
  type TTernaryLayout,
  ternaryLayout,
  triadPixel,
  ZONE_ORDER,
  ZONE_OUTLINES,
  zoneLabel,
} from './ternary-geometry';
import type { TTernaryGroupData, TTernarySelection, TTriadZoneId } from './types';

export interface TTernaryPlotProps {
  title: string;
  /** Labels of the corners a (top), b (bottom left), c (bottom right). */
  corners: readonly [string, string, string];
  groups: readonly TTernaryGroupData[];
  showDots?: boolean;
  jitter?: boolean;
  showHeat?: boolean;
  showZones?: boolean;
  showCentre?: boolean;
  /** Writes each zone's share (or "<5") in the zone; for a single group. */
  showZoneShares?: boolean;
  /** Side of the triangle in px (the SVG scales to its box). */
  side?: number;
  selection?: TTernarySelection | null;
  /** Given: the reader can select a region (brush, lasso or zone). */
  onSelect?: (selection: TTernarySelection | null) => void;
}

const INSET = 34;
/** Narrower than this the plot scales down again. */
const MIN_WIDTH = 240;
const DOT_RADIUS = 3.5;

const toPath = (layout: TTernaryLayout, points: readonly TTriadValue[]) =>
  `${points
    .map((p, i) => {
      const { x, y } = triadPixel(layout, p);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`;
    })
    .join('')}Z`;

type TDrag = { mode: 'brush' | 'lasso'; points: { x: number; y: number }[] } | null;

/** Pointer position in the SVG's own units. */
function svgPoint(svg: SVGSVGElement, event: PointerEvent): { x: number; y: number } {
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  const scaleX = view && box.width ? view.width / box.width : 1;
  const scaleY = view && box.height ? view.height / box.height : 1;
  return { x: (event.clientX - box.left) * scaleX, y: (event.clientY - box.top) * scaleY };
}

/** A rectangle's corners from two points. */
const rectangle = (p: { x: number; y: number }, q: { x: number; y: number }) => [
  { x: p.x, y: p.y },
  { x: q.x, y: p.y },
  { x: q.x, y: q.y },
  { x: p.x, y: q.y },
];

/**
 * The ternary plot: dots (optionally jittered) per group in colour and shape, a heat map
 * on the triangular grid, each group's geometric-mean centre with its 95 % region, zone
 * lines and shares. With `onSelect`, a region is chosen by dragging a rectangle or a lasso
 * (mouse, pen or finger) or, by keyboard, by picking a zone.
 */
export function TernaryPlot({
  title,
  corners,
  groups,
  showDots = true,
  jitter = false,
  showHeat = false,
  showZones = true,
  showCentre = true,
  showZoneShares = false,
  side = 360,
  selection = null,
  onSelect,
}: TTernaryPlotProps) {
  const chartId = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const zonePickerId = useId();
  const [mode, setMode] = useState<'brush' | 'lasso'>('brush');
  // The drag lives in a ref (pointer events can come faster than renders) and in state for drawing.
  const dragRef = useRef<TDrag>(null);
  const [drag, setDragState] = useState<TDrag>(null);
  const setDrag = (next: TDrag) => {
    dragRef.current = next;
    setDragState(next);
  };
  // On a phone the triangle is drawn at the width it is shown at, its labels in real pixels.
  const shownWidth = useChartWidth(svgRef, side + 2 * INSET, MIN_WIDTH);
  const drawnSide = shownWidth - 2 * INSET;
  const layout = useMemo(() => ternaryLayout(drawnSide, INSET), [drawnSide]);
  const outline: TTriadValue[] = [
    { a: 1, b: 0, c: 0 },
    { a: 0, b: 1, c: 0 },
    { a: 0, b: 0, c: 1 },
  ];
  const heatGroup = showHeat ? groups.find((g) => g.bins && !g.withheld) : undefined;
  const maxBin = Math.max(1, ...(heatGroup?.bins ?? []).map((b) => b.count.value ?? 0));
  const zoneGroup =
    showZoneShares && groups.length === 1 && !groups[0]?.withheld ? groups[0] : undefined;
  // Bottom labels wrap under their corner, each within half the width.
  const bottomChars = Math.min(26, charactersIn(layout.width / 2 - 16, 13));
  const bottomLines = [
    wrapLabel(corners[1], bottomChars, 3),
    wrapLabel(corners[2], bottomChars, 3),
  ];
  const labelSpace = 14 + 15 * Math.max(bottomLines[0]!.length, bottomLines[1]!.length);
  const topChars = Math.min(48, charactersIn(layout.width - 8, 13));
  const topLabel =
    corners[0].length > topChars ? `${corners[0].slice(0, topChars - 1)}…` : corners[0];
  const width = layout.width;
  const height = layout.height + labelSpace;
  const top = triadPixel(layout, outline[0] as TTriadValue);
  const left = triadPixel(layout, outline[1] as TTriadValue);
  const right = triadPixel(layout, outline[2] as TTriadValue);

  const finishDrag = () => {
    const drag = dragRef.current;
    if (!drag || !onSelect) return setDrag(null);
    const points =
      drag.mode === 'brush' && drag.points.length >= 2
        ? rectangle(drag.points[0]!, drag.points.at(-1)!)
        : drag.points;
    setDrag(null);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const extent = Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys);
    if (points.length < 3 || extent < 4) return onSelect(null);
    onSelect({ kind: 'polygon', points: points.map((p) => pixelTriad(layout, p.x, p.y)) });
  };
  const dragPoints =
    drag && drag.mode === 'brush' && drag.points.length >= 2
      ? rectangle(drag.points[0]!, drag.points.at(-1)!)
      : (drag?.points ?? []);

  const selectionPath =
    selection?.kind === 'polygon'
      ? toPath(layout, selection.points)
      : selection?.kind === 'zone'
        ? toPath(layout, ZONE_OUTLINES[selection.zone])
        : null;

  const caption = groups
    .map(
      (g) =>
        `${groups.length > 1 ? `${g.label}: ` : ''}n = ${g.n.display}, n.v.t. = ${g.notApplicable.display}, met een 0 = ${g.withZero.display}`,
    )
    .join(' · ');

  return (
    <ChartFrame
      title={title}
      caption={caption}
      svgRef={svgRef}
      legend={
        <GroupLegend
          groups={groups}
          swatch={(i) => (
            <path d={shapePath(groupShape(i), 9, 9, 6)} fill={groupColour(i)} stroke="#fff" />
          )}
        />
      }
      table={<TernaryTable corners={corners} groups={groups} heat={heatGroup} />}
    >
      {onSelect && (
        <div className="chart-tools">
          <fieldset className="chart-toolset">
            <legend>Selecteren met</legend>
            <label>
              <input
                type="radio"
                name={`${chartId}-mode`}
                checked={mode === 'brush'}
                onChange={() => setMode('brush')}
              />{' '}
              rechthoek
            </label>
            <label>
              <input
                type="radio"
                name={`${chartId}-mode`}
                checked={mode === 'lasso'}
                onChange={() => setMode('lasso')}
              />{' '}
              lasso
            </label>
          </fieldset>
          <label htmlFor={zonePickerId}>Of kies een zone</label>
          <select
            id={zonePickerId}
            value={selection?.kind === 'zone' ? selection.zone : ''}
            onChange={(event) =>
              onSelect(
                event.target.value
                  ? { kind: 'zone', zone: event.target.value as TTriadZoneId }
                  : null,
              )
            }
          >
            <option value="">Geen zone</option>
            {ZONE_ORDER.map((zone) => (
              <option key={zone} value={zone}>
                {zoneLabel(zone, corners)}
              </option>
            ))}
          </select>
          {selection && (
            <button type="button" className="button-secondary" onClick={() => onSelect(null)}>
              Wis selectie
            </button>
          )}
        </div>
      )}
      <svg
        ref={svgRef}
        className="chart-svg ternary-plot"
        viewBox={`0 0 ${width.toFixed(0)} ${height.toFixed(0)}`}
        width={width}
        height={height}
        role="img"
        aria-label={`${title}. De cijfers staan in de tabel bij deze figuur.`}
        style={onSelect ? { touchAction: 'none' } : undefined}
        data-testid="ternary-plot"
        onPointerDown={
          onSelect
            ? (event) => {
                if (event.button !== 0 || !svgRef.current) return;
                try {
                  event.currentTarget.setPointerCapture?.(event.pointerId);
                } catch {
                  // A pointer the browser does not track (a synthetic event) cannot be captured.
                }
                setDrag({ mode, points: [svgPoint(svgRef.current, event)] });
              }
            : undefined
        }
        onPointerMove={
          onSelect
            ? (event) => {
                const drag = dragRef.current;
                if (!drag || !svgRef.current) return;
                const point = svgPoint(svgRef.current, event);
                const last = drag.points.at(-1)!;
                if (drag.mode === 'lasso' && Math.hypot(point.x - last.x, point.y - last.y) < 3)
                  return;
                setDrag({
                  mode: drag.mode,
                  points:
                    drag.mode === 'brush' ? [drag.points[0]!, point] : [...drag.points, point],
                });
              }
            : undefined
        }
        onPointerUp={onSelect ? finishDrag : undefined}
        onPointerCancel={onSelect ? () => setDrag(null) : undefined}
      >
        <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
        <path d={toPath(layout, outline)} fill="#f7f7f9" stroke="#1b1b1f" strokeWidth="1.5" />
        {heatGroup?.bins?.map((bin) => {
          const hidden = bin.count.value === null;
          const value = bin.count.value ?? 0;
          if (!hidden && value === 0) return null;
          return (
            <Fragment key={bin.id}>
              <path
                d={toPath(layout, bin.corners)}
                fill={hidden ? '#ffffff' : '#0b55a3'}
                fillOpacity={hidden ? 1 : 0.12 + 0.78 * (value / maxBin)}
                stroke="#ffffff"
                strokeWidth="0.5"
                data-bin={bin.id}
                data-hidden={hidden || undefined}
              >
                <title>{`${bin.count.display} verhalen`}</title>
              </path>
              {hidden && (
                <HiddenHatch points={bin.corners.map((corner) => triadPixel(layout, corner))} />
              )}
            </Fragment>
          );
        })}
        {showZones &&
          ZONE_ORDER.map((zone) => (
            <path
              key={zone}
              d={toPath(layout, ZONE_OUTLINES[zone])}
              fill="none"
              stroke="#767680"
              strokeWidth="0.75"
              strokeDasharray="4 3"
            />
          ))}
        {zoneGroup?.zones.map(({ zone, count, share }) => {
          const outline = ZONE_OUTLINES[zone];
          const mean = (part: 'a' | 'b' | 'c') =>
            outline.reduce((sum, p) => sum + p[part], 0) / outline.length;
          const { x, y } = triadPixel(layout, { a: mean('a'), b: mean('b'), c: mean('c') });
          return (
            <text
              key={`share-${zone}`}
              x={x}
              // The centre's marker sits in the middle zone: its share goes under it.
              y={zone === 'centre' ? y + 24 : y + 4}
              textAnchor="middle"
              fontSize="12"
              fontWeight="600"
              fill="#1b1b1f"
              stroke="#ffffff"
              strokeWidth="3"
              paintOrder="stroke"
              data-zone-share={zone}
            >
              {share !== null ? formatShare(share) : count.display}
            </text>
          );
        })}
        {showDots &&
          groups.map((group, g) =>
            (group.points ?? []).map((point) => {
              const shown = jitter ? jitterTriad(point, 0.03) : point;
              const { x, y } = triadPixel(layout, shown);
              return (
                <path
                  key={`${group.id}-${point.id}`}
                  d={shapePath(groupShape(g), x, y, DOT_RADIUS)}
                  fill={groupColour(g)}
                  fillOpacity="0.7"
                  stroke="#ffffff"
                  strokeWidth="0.5"
                  data-story={point.id}
                  data-triad={`${point.a},${point.b},${point.c}`}
                  data-x={x.toFixed(2)}
                  data-y={y.toFixed(2)}
                />
              );
            }),
          )}
        {showCentre &&
          groups.map((group, g) => {
            if (!group.centre) return null;
            const { x, y } = triadPixel(layout, group.centre);
            return (
              <g key={`centre-${group.id}`} data-centre={group.id}>
                {group.region && (
                  <path
                    d={toPath(layout, group.region)}
                    fill={groupColour(g)}
                    fillOpacity="0.15"
                    stroke={groupColour(g)}
                    strokeWidth="1.5"
                    strokeDasharray={g % 2 ? '5 3' : undefined}
                  />
                )}
                <path
                  d={shapePath(groupShape(g), x, y, 7.5)}
                  fill={groupColour(g)}
                  stroke="#1b1b1f"
                  strokeWidth="1.5"
                />
              </g>
            );
          })}
        {selectionPath && (
          <path
            d={selectionPath}
            fill="#1a4fd6"
            fillOpacity="0.12"
            stroke="#1a4fd6"
            strokeWidth="2"
            data-testid="ternary-selection"
          />
        )}
        {dragPoints.length > 1 && (
          <path
            d={`${dragPoints.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('')}Z`}
            fill="#1a4fd6"
            fillOpacity="0.08"
            stroke="#1a4fd6"
            strokeDasharray="3 2"
          />
        )}
        <text x={top.x} y={top.y - 14} textAnchor="middle" fontSize="13" fill="#1b1b1f">
          {topLabel}
          <title>{corners[0]}</title>
        </text>
        {[left, right].map((corner, k) => (
          <text
            key={corner.x}
            x={k === 0 ? corner.x - 14 : corner.x + 14}
            y={corner.y + 24}
            textAnchor={k === 0 ? 'start' : 'end'}
            fontSize="13"
            fill="#1b1b1f"
          >
            {bottomLines[k]!.map((line, i) => (
              <tspan key={line} x={k === 0 ? corner.x - 14 : corner.x + 14} dy={i === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
            <title>{corners[k + 1]}</title>
          </text>
        ))}
      </svg>
    </ChartFrame>
  );
}

function TernaryTable({
  corners,
  groups,
  heat,
}: {
  corners: readonly [string, string, string];
  groups: readonly TTernaryGroupData[];
  heat: TTernaryGroupData | undefined;
}) {
  return (
    <>
      <table>
        <caption>Per groep: aantallen, midden (meetkundig gemiddelde) en zones</caption>
        <thead>
          <tr>
            <th scope="col">Groep</th>
            <th scope="col">n</th>
            <th scope="col">n.v.t.</th>
            <th scope="col">met een 0</th>
            <th scope="col">
              Midden ({corners[0]} / {corners[1]} / {corners[2]})
            </th>
            {ZONE_ORDER.map((zone) => (
              <th scope="col" key={zone}>
                {zoneLabel(zone, corners)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">{group.label}</th>
              {group.withheld ? (
                <td colSpan={4 + ZONE_ORDER.length}>{group.withheld}</td>
              ) : (
                <>
                  <td>{group.n.display}</td>
                  <td>{group.notApplicable.display}</td>
                  <td>{group.withZero.display}</td>
                  <td>{formatTriad(group.centre)}</td>
                  {ZONE_ORDER.map((zone) => {
                    const entry = group.zones.find((z) => z.zone === zone);
                    return (
                      <td key={zone}>
                        {entry ? `${entry.count.display} (${formatShare(entry.share)})` : '–'}
                      </td>
                    );
                  })}
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {heat?.bins && (
        <table>
          <caption>
            Warmtekaart{groups.length > 1 ? ` (${heat.label})` : ''}: verhalen per vak
          </caption>
          <thead>
            <tr>
              <th scope="col">Vak (hoeken {corners.join(' / ')})</th>
              <th scope="col">Verhalen</th>
            </tr>
          </thead>
          <tbody>
            {heat.bins
              .filter((bin) => bin.count.value !== 0)
              .map((bin) => (
                <tr key={bin.id}>
                  <th scope="row">{bin.corners.map((c) => formatTriad(c)).join(' – ')}</th>
                  <td>{bin.count.display}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </>
  );
}
