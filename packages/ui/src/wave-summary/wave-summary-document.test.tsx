import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { itemBarGroup } from './item-chart-data';
import { WaveSummaryDocument } from './wave-summary-document';
import type { TWaveItemView, TWaveResultsView } from './wave-summary-types';

afterEach(cleanup);

const BARS = ['1', '2', '3', '4', '5', 'dk'].map((id) => ({ id, label: `Antwoord ${id}` }));

const shown: TWaveItemView = {
  questionId: 'ruimte_oordeel',
  label: 'Ik heb ruimte voor mijn vak',
  section: 'core',
  bars: BARS,
  counts: {
    kind: 'table',
    cells: [
      [
        { kind: 'value', value: 10 },
        { kind: 'value', value: 20 },
        { kind: 'suppressed', display: '<5' },
        { kind: 'suppressed', display: 'x' },
        { kind: 'value', value: 6 },
        { kind: 'value', value: 0 },
      ],
    ],
    total: 40,
  },
  respondents: 40,
};

/** A multiple choice: 20 people, 36 choices. */
const multiple: TWaveItemView = {
  questionId: 'werkwijze_houden',
  label: 'Welke werkwijze wil je houden?',
  section: 'theme',
  bars: [
    { id: 'beeldbellen', label: 'Beeldbellen' },
    { id: 'thuiswerken', label: 'Thuiswerken' },
  ],
  counts: {
    kind: 'table',
    cells: [
      [
        { kind: 'value', value: 17 },
        { kind: 'value', value: 19 },
      ],
    ],
    total: 36,
  },
  respondents: 20,
};

const withheld: TWaveItemView = {
  questionId: 'thema_vraag',
  label: 'Een themavraag',
  section: 'theme',
  bars: BARS,
  counts: { kind: 'withheld', reason: 'Minder dan 10 antwoorden: niet getoond.' },
  respondents: null,
};

const results: TWaveResultsView = {
  collectionId: 'w1',
  title: 'Ronde 1',
  closesAt: '2026-11-30T23:00:00Z',
  answers: 40,
  withheld: null,
  items: [shown, withheld],
  trend: [
    {
      questionId: 'ruimte_oordeel',
      label: 'Ik heb ruimte voor mijn vak',
      points: [{ collectionId: 'w1', title: 'Ronde 1', mean: 2.4 }],
    },
  ],
  segments: {
    questionId: 'organisatie',
    label: 'Waar werk je?',
    groups: [
      { id: 'cjg', label: 'Wijkteam of CJG', answers: 22, items: [shown], reason: null },
      { id: 'ggz', label: 'Jeugd-ggz', answers: null, items: null, reason: 'Minder dan 10' },
    ],
  },
};

describe('WaveSummaryDocument', () => {
  it('says which item is withheld and why, and shows only organisations large enough', () => {
    render(<WaveSummaryDocument results={results} project="Panel Haaglanden" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Samenvatting: Ronde 1');
    expect(screen.getByText(/Minder dan 10 antwoorden: niet getoond\./).textContent).toContain(
      'Niet getoond.',
    );
    expect(screen.getByRole('heading', { name: 'Organisatie: Wijkteam of CJG' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Jeugd-ggz/ })).toBeNull();
    expect(screen.getByText(/minder dan 10 antwoorden staan er niet apart in/)).toBeTruthy();
  });

  it('draws suppressed counts as their display, never as a share', () => {
    const group = itemBarGroup(shown);
    expect(group.counts.map((c) => c.count.display)).toEqual(['10', '20', '<5', 'x', '6', '0']);
    expect(group.counts.map((c) => c.share)).toEqual([0.25, 0.5, null, null, 0.15, 0]);
  });

  it('gives a multiple choice its shares of the people who answered, not of their choices', () => {
    const group = itemBarGroup(multiple);
    expect(group.n.value).toBe(20);
    expect(group.counts.map((c) => c.share)).toEqual([17 / 20, 19 / 20]);
  });
});
