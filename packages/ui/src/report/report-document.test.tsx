import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { TShownCount } from '../charts/types';
import { ReportDocument } from './report-document';
import type { TReportFigureView, TReportSectionView, TReportView } from './report-types';

afterEach(cleanup);

const count = (value: number): TShownCount => ({ value, display: String(value) });
const small: TShownCount = { value: null, display: '<5' };
const hidden: TShownCount = { value: null, display: '–' };

const triad: TReportFigureView = {
  kind: 'triad',
  corners: ['Mijn eigen kracht', 'De hulpverlener', 'Mensen om mij heen'],
  groups: [
    {
      id: 'ouder',
      label: 'Ouder of verzorger',
      n: count(25),
      notApplicable: count(0),
      withZero: count(0),
      centre: { a: 0.56, b: 0.18, c: 0.26 },
      region: null,
      zones: [
        { zone: 'corner-a', count: count(15), share: 0.6 },
        { zone: 'corner-b', count: count(0), share: 0 },
        { zone: 'corner-c', count: small, share: null },
        { zone: 'centre', count: small, share: null },
      ],
      bins: [
        {
          id: 'up:7:1',
          corners: [
            { a: 0.7, b: 0.1, c: 0.2 },
            { a: 0.8, b: 0.1, c: 0.1 },
            { a: 0.7, b: 0.2, c: 0.1 },
          ],
          count: count(10),
        },
        {
          id: 'up:0:1',
          corners: [
            { a: 0, b: 0.1, c: 0.9 },
            { a: 0.1, b: 0.1, c: 0.8 },
            { a: 0, b: 0.2, c: 0.8 },
          ],
          count: small,
        },
      ],
    },
    {
      id: 'jongere',
      label: 'Jongere van 12 tot 17 jaar',
      n: hidden,
      notApplicable: hidden,
      withZero: hidden,
      centre: null,
      region: null,
      zones: [],
      bins: null,
      withheld: 'Minder dan 10 verhalen in deze groep.',
    },
  ],
};

const dyad: TReportFigureView = {
  kind: 'dyad',
  ends: ['veel te laat', 'op het goede moment'],
  groups: [
    {
      id: 'alle',
      label: 'Alle verhalen',
      n: count(25),
      notApplicable: count(0),
      bins: [count(0), small, count(10), count(10), small],
      quartiles: [0.3, 0.5, 0.75],
    },
  ],
  trend: [],
};

const report = (sections: TReportSectionView[]): TReportView => ({
  title: 'Jaarrapport',
  project: 'ZHZ',
  publishedAt: '2026-11-15T10:00:00.000Z',
  sections,
});

const chart = (figure: TReportFigureView, groupedBy: string | null): TReportSectionView => ({
  id: figure.kind,
  heading: `Kop ${figure.kind}`,
  kind: 'chart',
  question: figure.kind === 'triad' ? 'Wat hielp?' : 'De hulp kwam …',
  groupedBy,
  stories: '≈ 25',
  figure,
});

const choice: TReportFigureView = {
  kind: 'choice',
  options: [
    { id: 'ja', label: 'Ja' },
    { id: 'nee', label: 'Nee' },
  ],
  groups: [
    {
      id: 'ouder',
      label: 'Ouder',
      n: count(20),
      counts: [
        { count: count(15), share: 0.75 },
        { count: small, share: null },
      ],
    },
    {
      id: 'jongere',
      label: 'Jongere',
      n: count(15),
      counts: [
        { count: count(10), share: 0.67 },
        { count: small, share: null },
      ],
    },
  ],
  contingency: {
    rows: [
      { id: 'ouder', label: 'Ouder' },
      { id: 'jongere', label: 'Jongere' },
    ],
    columns: [
      { id: 'ja', label: 'Ja' },
      { id: 'nee', label: 'Nee' },
    ],
    cells: [
      [count(15), small],
      [count(10), small],
    ],
    residuals: null,
    rowTotals: [count(20), count(15)],
    columnTotals: [count(25), count(10)],
    total: count(35),
  },
  trend: null,
};

/** Static HTML (as the server sends it) in a DOM, to ask it by role. */
function staticDocument(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('ReportDocument: charts', () => {
  it('draws a triad as a heat map per shown group with its zone shares and centre, no dots, its table in view, the small group named with its reason', () => {
    render(<ReportDocument report={report([chart(triad, 'Wie ben je?')])} />);
    const figures = screen.getAllByRole('img');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.getAttribute('aria-label')).toContain('Wat hielp? — Ouder of verzorger');
    const svg = figures[0] as unknown as SVGSVGElement;
    // Heat-map cells: a shown count in blue, a "<5" hatched.
    expect(svg.querySelector('[data-bin="up:7:1"]')?.getAttribute('fill')).toBe('#0b55a3');
    const hidden = svg.querySelector('[data-bin="up:0:1"]');
    expect(hidden?.getAttribute('data-hidden')).toBe('true');
    // Hatched with paths: a <pattern> fill printed as a page-sized image per cell (31 MB PDF).
    expect(hidden?.nextElementSibling?.getAttribute('data-hatch')).toBe('hidden');
    expect(svg.querySelector('pattern, [fill^="url("]')).toBeNull();
    expect(svg.querySelector('[data-zone-share="corner-a"]')?.textContent).toBe('60%');
    expect(svg.querySelector('[data-zone-share="corner-c"]')?.textContent).toBe('<5');
    expect(svg.querySelector('[data-centre="ouder"]')).not.toBeNull();
    expect(svg.querySelector('[data-story]')).toBeNull();
    // The text alternative is shown, not behind a button (a printed page has none).
    const table = screen.getByRole('region', { name: 'Tabel: Wat hielp? — Ouder of verzorger' });
    expect(table.className).not.toContain('visually-hidden');
    expect(within(table).getAllByText(/<5/).length).toBeGreaterThan(0);
    expect(within(table).getByText('15 (60%)')).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(
      screen.getByText(/Niet getoond: Jongere van 12 tot 17 jaar\./).closest('li')?.textContent,
    ).toContain('Minder dan 10 verhalen in deze groep.');
  });

  it('draws a dyad’s histogram with its quartiles and table in static HTML, as the public page and the PDF get it', () => {
    const html = renderToStaticMarkup(<ReportDocument report={report([chart(dyad, null)])} />);
    expect(html).toContain('<svg');
    expect(html).toContain('data-quartiles="0.3,0.5,0.75"');
    expect(html).toContain('mediaan');
    expect(html).toContain('&lt;5');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('visually-hidden');
  });

  it('without script, puts each chart (not its table) in a region of its own that scrolls sideways and Tab reaches; a cross table in one region, not two', () => {
    const html = renderToStaticMarkup(
      <ReportDocument
        report={report([chart(triad, 'Wie ben je?'), chart(dyad, null), chart(choice, 'Rol')])}
        withoutScript
      />,
    );
    const page = within(staticDocument(html));
    const figures = page.getAllByRole('region', { name: /^Figuur: / });
    expect(figures.map((f) => f.getAttribute('aria-label'))).toEqual([
      'Figuur: Wat hielp? — Ouder of verzorger (schuift opzij)',
      'Figuur: De hulp kwam … (schuift opzij)',
      'Figuur: De hulp kwam … (schuift opzij)',
      'Figuur: De hulp kwam …: kruistabel (schuift opzij)',
    ]);
    for (const figure of figures) {
      expect(figure.getAttribute('tabindex')).toBe('0');
      expect(figure.querySelectorAll('svg[role="img"]')).toHaveLength(1);
      expect(figure.querySelector('table, section')).toBeNull();
    }
    expect(page.getAllByRole('region', { name: /^Tabel: / })).toHaveLength(4);
  });

  it('in the browser (the portal’s preview), where charts fit themselves, adds no region around a chart', () => {
    render(<ReportDocument report={report([chart(triad, 'Wie ben je?'), chart(dyad, null)])} />);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    expect(screen.queryAllByRole('region', { name: /^Figuur: / })).toEqual([]);
    expect(document.querySelector('.chart-scroll-natural')).toBeNull();
  });

  it('still renders a chart published before charts were drawn, as its count table', () => {
    render(
      <ReportDocument
        report={report([
          {
            id: 'old',
            heading: 'Gevoel',
            kind: 'chart',
            question: 'Hoe voel je je?',
            groupedBy: null,
            table: {
              kind: 'table',
              columns: ['Positief', 'Negatief'],
              rows: [
                {
                  kind: 'shown',
                  label: 'Alle verhalen',
                  cells: [
                    { kind: 'suppressed', display: 'x' },
                    { kind: 'suppressed', display: '<5' },
                  ],
                  total: { kind: 'value', value: 15, share: null },
                },
              ],
              columnTotals: [
                { kind: 'suppressed', display: 'x' },
                { kind: 'suppressed', display: '<5' },
              ],
              total: '≈ 15',
            },
          },
        ])}
      />,
    );
    expect(screen.getByRole('region', { name: 'Tabel: Hoe voel je je?' })).toBeTruthy();
    expect(screen.queryAllByRole('img')).toEqual([]);
  });
});
