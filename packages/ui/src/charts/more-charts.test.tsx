import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ContingencyHeatmap, residualFill, residualMark } from './contingency-heatmap';
import { DyadHistogram, dyadX } from './dyad-histogram';
import { StoneField, stonePixel } from './stone-field';
import { TrendChart } from './trend-chart';
import type { TShownCount } from './types';

afterEach(cleanup);
const count = (value: number): TShownCount => ({ value, display: String(value) });

describe('DyadHistogram', () => {
  it('draws the median and quartiles where they lie, and tables the bins', () => {
    render(
      <DyadHistogram
        title="Tempo"
        ends={['Te langzaam', 'Te snel']}
        groups={[
          {
            id: 'all',
            label: 'Alle',
            n: count(30),
            notApplicable: count(2),
            bins: [count(10), { value: null, display: '<5' }, count(17)],
            quartiles: [0.25, 0.5, 0.75],
          },
        ]}
      />,
    );
    const box = document.querySelector('[data-quartiles] rect') as SVGElement;
    expect(Number(box.getAttribute('x'))).toBeCloseTo(dyadX(0.25), 6);
    expect(Number(box.getAttribute('width'))).toBeCloseTo(dyadX(0.75) - dyadX(0.25), 6);
    const median = document.querySelector('[data-quartiles] line') as SVGElement;
    expect(Number(median.getAttribute('x1'))).toBeCloseTo(300, 6);
    const cells = within(screen.getByRole('table'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['30', '2', '25%', '50%', '75%', '10', '<5', '17']);
  });
});

describe('StoneField', () => {
  it('puts each stone centre at its position (y up) and lists it', () => {
    render(
      <StoneField
        title="Stenen"
        axes={{ x: ['weinig', 'veel'], y: ['laag', 'hoog'] }}
        stones={[
          {
            id: 'school',
            label: 'School',
            placed: count(12),
            centre: { x: 0.25, y: 0.75 },
            density: [count(3), count(0), count(0), count(9)],
          },
        ]}
      />,
    );
    const centre = document.querySelector('[data-stone-centre="school"] path') as SVGElement;
    const { x, y } = stonePixel({ x: 0.25, y: 0.75 });
    expect(x).toBe(34 + 90);
    expect(y).toBe(34 + 90);
    expect(centre.getAttribute('d')).toContain(`${(x - 8).toFixed(2)},${y.toFixed(2)}`);
    const cells = within(screen.getByRole('table'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['12', '25%', '75%']);
  });
});

describe('ContingencyHeatmap', () => {
  it('colours by residual with a direction mark, and tables counts with residuals', () => {
    expect(residualFill(3.2).fill).toBe('#0072B2');
    expect(residualFill(-2.5).fill).toBe('#D55E00');
    expect(residualMark(2.1)).toBe('▲');
    expect(residualMark(-2.1)).toBe('▼');
    expect(residualMark(1.9)).toBe('');
    render(
      <ContingencyHeatmap
        title="Rol × gevoel"
        data={{
          rows: [
            { id: 'jong', label: 'Jongere' },
            { id: 'ouder', label: 'Ouder' },
          ],
          columns: [
            { id: 'blij', label: 'Blij' },
            { id: 'boos', label: 'Boos' },
          ],
          cells: [
            [count(20), { value: null, display: '<5' }],
            [count(5), { value: null, display: 'x' }],
          ],
          residuals: [
            [2.5, null],
            [-2.5, null],
          ],
          rowTotals: [count(25), count(15)],
          columnTotals: [count(25), count(15)],
          total: count(40),
        }}
      />,
    );
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /Jongere/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['20 (2,5)', '<5', '25']);
    expect(document.querySelector('[data-cell="jong:blij"] text')?.textContent).toBe('20 ▲');
  });
});

describe('TrendChart', () => {
  it('draws means at their height per collection', () => {
    render(
      <TrendChart
        title="Tempo per jaar"
        series={[
          {
            id: 'all',
            label: 'Alle',
            points: [
              {
                collection: 'c24',
                label: '2024',
                n: count(40),
                mean: 0.25,
                quartiles: [0.1, 0.2, 0.4],
              },
              {
                collection: 'c25',
                label: '2025',
                n: count(50),
                mean: 0.75,
                quartiles: [0.5, 0.7, 0.9],
              },
            ],
          },
        ]}
      />,
    );
    // The plot runs from y = 20 (1) to y = 236 (0).
    const p24 = document.querySelector('[data-point="all:c24"]') as SVGElement;
    const p25 = document.querySelector('[data-point="all:c25"]') as SVGElement;
    expect(Number(p24.dataset.y)).toBeCloseTo(20 + 216 * 0.75, 2);
    expect(Number(p25.dataset.y)).toBeCloseTo(20 + 216 * 0.25, 2);
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});
