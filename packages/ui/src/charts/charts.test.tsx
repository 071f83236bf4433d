import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChoiceBars } from './choice-bars';
import { ternaryLayout, triadPixel } from './ternary-geometry';
import { TernaryPlot } from './ternary-plot';
import type { TShownCount, TTernaryGroupData, TTernarySelection } from './types';

afterEach(cleanup);

const count = (value: number): TShownCount => ({ value, display: String(value) });

const group = (overrides: Partial<TTernaryGroupData> = {}): TTernaryGroupData => ({
  id: 'all',
  label: 'Alle verhalen',
  n: count(4),
  notApplicable: count(1),
  withZero: count(3),
  centre: { a: 0.5, b: 0.3, c: 0.2 },
  region: null,
  zones: [
    { zone: 'corner-a', count: count(1), share: 0.25 },
    { zone: 'corner-b', count: count(1), share: 0.25 },
    { zone: 'corner-c', count: count(1), share: 0.25 },
    { zone: 'centre', count: count(1), share: 0.25 },
  ],
  bins: null,
  points: [
    { id: 's-a', a: 1, b: 0, c: 0 },
    { id: 's-b', a: 0, b: 1, c: 0 },
    { id: 's-c', a: 0, b: 0, c: 1 },
    { id: 's-mid', a: 0.5, b: 0.3, c: 0.2 },
  ],
  ...overrides,
});

const corners = ['Familie', 'Hulpverlener', 'Ikzelf'] as const;

describe('TernaryPlot', () => {
  it('draws a point at a known composition at its pixel, and corner points inside the drawing', () => {
    render(<TernaryPlot title="Wat hielp?" corners={corners} groups={[group()]} side={360} />);
    const svg = screen.getByTestId('ternary-plot');
    const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const layout = ternaryLayout(360, 34);
    const expected = triadPixel(layout, { a: 0.5, b: 0.3, c: 0.2 });
    const dot = svg.querySelector('[data-story="s-mid"]') as SVGElement;
    expect(Number(dot.dataset.x)).toBeCloseTo(expected.x, 1);
    expect(Number(dot.dataset.y)).toBeCloseTo(expected.y, 1);
    // x = 34 + 360·(0,25 + 0,2) = 196.
    expect(Number(dot.dataset.x)).toBeCloseTo(196, 1);
    for (const id of ['s-a', 's-b', 's-c']) {
      const corner = svg.querySelector(`[data-story="${id}"]`) as SVGElement;
      const x = Number(corner.dataset.x);
      const y = Number(corner.dataset.y);
      expect(x - 3.5).toBeGreaterThanOrEqual(0);
      expect(x + 3.5).toBeLessThanOrEqual(width as number);
      expect(y - 3.5).toBeGreaterThanOrEqual(0);
      expect(y + 3.5).toBeLessThanOrEqual(height as number);
    }
  });

  it('has a table with the numbers it draws', () => {
    render(<TernaryPlot title="Wat hielp?" corners={corners} groups={[group()]} />);
    const table = screen.getByRole('table', { name: /Per groep/ });
    const row = within(table).getByRole('row', { name: /Alle verhalen/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual(['4', '1', '3', '50% / 30% / 20%']);
    expect(cells[4]).toBe('1 (25%)');
    expect(screen.getByRole('img', { name: /Wat hielp\?/ })).toBeTruthy();
  });

  it('shows hidden bins as "<5" in the table and draws them hatched', () => {
    const bins = [
      {
        id: 'up:0:0',
        corners: [
          { a: 0, b: 0, c: 1 },
          { a: 0.5, b: 0, c: 0.5 },
          { a: 0, b: 0.5, c: 0.5 },
        ] as const,
        count: { value: null, display: '<5' },
      },
      {
        id: 'up:1:0',
        corners: [
          { a: 0.5, b: 0, c: 0.5 },
          { a: 1, b: 0, c: 0 },
          { a: 0.5, b: 0.5, c: 0 },
        ] as const,
        count: count(12),
      },
    ];
    render(
      <TernaryPlot
        title="Heat"
        corners={corners}
        groups={[group({ bins, points: null })]}
        showHeat
      />,
    );
    const table = screen.getByRole('table', { name: /Warmtekaart/ });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['<5', '12']);
    const hidden = document.querySelector('[data-bin="up:0:0"]') as SVGElement;
    expect(hidden.getAttribute('data-hidden')).toBe('true');
    // Hatched with vector paths, not an SVG <pattern> (printed as a page-sized image each).
    expect(hidden.nextElementSibling?.getAttribute('data-hatch')).toBe('hidden');
    expect(hidden.nextElementSibling?.getAttribute('d')).toMatch(/^M[\d.,L-]+Z/);
    expect(document.querySelector('[data-bin="up:1:0"]')?.getAttribute('data-hidden')).toBeNull();
    expect(document.querySelector('pattern, [fill^="url("]')).toBeNull();
  });

  it('overlays groups in different colours and shapes', () => {
    render(
      <TernaryPlot
        title="Per rol"
        corners={corners}
        groups={[group({ id: 'jong', label: 'Jongere' }), group({ id: 'ouder', label: 'Ouder' })]}
      />,
    );
    const first = document.querySelector('[data-story="s-mid"]') as SVGElement;
    const all = document.querySelectorAll('[data-story="s-mid"]');
    expect(all).toHaveLength(2);
    const second = all[1] as SVGElement;
    expect(first.getAttribute('fill')).not.toBe(second.getAttribute('fill'));
    expect(first.getAttribute('d')?.[1]).not.toBeUndefined();
    expect(first.getAttribute('d')).not.toBe(second.getAttribute('d'));
    expect(screen.getByRole('list', { name: 'Legenda' }).textContent).toContain('Ouder');
  });

  it('selects a zone by keyboard, and a rectangle by pointer, in triad coordinates', () => {
    const seen: (TTernarySelection | null)[] = [];
    render(
      <TernaryPlot
        title="Kies"
        corners={corners}
        groups={[group()]}
        onSelect={(s) => seen.push(s)}
      />,
    );
    fireEvent.change(screen.getByLabelText('Of kies een zone'), { target: { value: 'corner-a' } });
    expect(seen.at(-1)).toEqual({ kind: 'zone', zone: 'corner-a' });
    const svg = screen.getByTestId('ternary-plot');
    // happy-dom has no layout: the SVG's box is 0 × 0, so client pixels are SVG pixels.
    svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 0, height: 0 }) as DOMRect;
    fireEvent.pointerDown(svg, { button: 0, clientX: 150, clientY: 20, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 250, clientY: 120, pointerId: 1 });
    fireEvent.pointerUp(svg, { pointerId: 1 });
    const selection = seen.at(-1);
    expect(selection?.kind).toBe('polygon');
    if (selection?.kind !== 'polygon') return;
    expect(selection.points).toHaveLength(4);
    const top = selection.points[0]!;
    const layout = ternaryLayout(360, 34);
    const px = triadPixel(layout, top);
    expect(px.x).toBeCloseTo(150, 6);
    expect(px.y).toBeCloseTo(20, 6);
  });
});

describe('ChoiceBars', () => {
  it('draws shares per group and lists the counts with "<5" in its table', () => {
    render(
      <ChoiceBars
        title="Hoe voelde je je?"
        options={[
          { id: 'blij', label: 'Blij' },
          { id: 'boos', label: 'Boos' },
        ]}
        groups={[
          {
            id: 'all',
            label: 'Alle',
            n: { value: 40, display: '≈ 40' },
            counts: [
              { count: { value: 35, display: '35' }, share: 0.875 },
              { count: { value: null, display: '<5' }, share: null },
            ],
          },
        ]}
      />,
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['35 (88%)', '<5 (–)']);
    const bar = document.querySelector('[data-bar="all:blij"] rect') as SVGElement;
    expect(Number(bar.getAttribute('width'))).toBeCloseTo(0.875 * (640 - 200 - 64), 6);
  });
});
