/*
 * Groups differ in colour AND in shape or hatching, so that a colour-blind reader or a
 * grey printout tells them apart. Colours: Okabe & Ito (2008), safe for the common colour
 * vision deficiencies, each at least 3:1 against white for graphics (WCAG 1.4.11).
 */
import { groupHatch, hatchPath, rectangle, type TPoint } from './hatching';

export const GROUP_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#8F6E00',
  '#56B4E9',
  '#000000',
  '#E69F00',
] as const;

export const GROUP_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type TShape = (typeof GROUP_SHAPES)[number];

export function groupColour(index: number): string {
  return GROUP_COLOURS[index % GROUP_COLOURS.length] as string;
}

export function groupShape(index: number): TShape {
  return GROUP_SHAPES[index % GROUP_SHAPES.length] as TShape;
}

/** The SVG path of a marker of radius r centred at (x, y). */
export function shapePath(shape: TShape, x: number, y: number, r: number): string {
  const f = (v: number) => v.toFixed(2);
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(x - r * 0.85)},${f(y - r * 0.85)}h${f(1.7 * r)}v${f(1.7 * r)}h${f(-1.7 * r)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.1)}L${f(x + r)},${f(y + r * 0.75)}L${f(x - r)},${f(y + r * 0.75)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.15)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r * 1.15)}L${f(x - r)},${f(y)}Z`;
    case 'cross': {
      const t = r * 0.38;
      return `M${f(x - t)},${f(y - r)}h${f(2 * t)}v${f(r - t)}h${f(r - t)}v${f(2 * t)}h${f(t - r)}v${f(r - t)}h${f(-2 * t)}v${f(t - r)}h${f(t - r)}v${f(-2 * t)}h${f(r - t)}Z`;
    }
    case 'star': {
      const points: string[] = [];
      for (let k = 0; k < 10; k++) {
        const radius = k % 2 === 0 ? r * 1.2 : r * 0.5;
        const angle = -Math.PI / 2 + (k * Math.PI) / 5;
        points.push(`${f(x + radius * Math.cos(angle))},${f(y + radius * Math.sin(angle))}`);
      }
      return `M${points.join('L')}Z`;
    }
  }
}

/** The white hatching of group `index` (none, stripes, dots, cross-hatch, …) in a shape. */
export function GroupHatch({ index, points }: { index: number; points: readonly TPoint[] }) {
  const d = hatchPath(groupHatch(index), points);
  return d ? (
    <path d={d} fill="#ffffff" pointerEvents="none" data-hatch={groupHatch(index)} />
  ) : null;
}

/** The grey hatching of a hidden count (fewer than 5) in a shape filled white. */
export function HiddenHatch({ points }: { points: readonly TPoint[] }) {
  return (
    <path d={hatchPath('hidden', points)} fill="#767680" pointerEvents="none" data-hatch="hidden" />
  );
}

/** A legend swatch with a group's colour and hatching, in a small SVG of its own. */
export function HatchSwatch({ index }: { index: number }) {
  return (
    <>
      <rect x="1" y="1" width="16" height="16" fill={groupColour(index)} />
      <GroupHatch index={index} points={rectangle(1, 1, 16, 16)} />
      <rect x="1" y="1" width="16" height="16" fill="none" stroke="#1b1b1f" strokeWidth="0.5" />
    </>
  );
}
