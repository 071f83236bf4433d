import { describe, expect, it } from 'vitest';
import {
  changeExplorerState,
  chartSpecOf,
  EMPTY_STATE,
  readExplorerState,
  type TExplorerState,
  writeExplorerState,
} from './explorer-state';

describe('explorer state in the URL', () => {
  it('survives a round trip through the address', () => {
    const state: TExplorerState = {
      ...EMPTY_STATE,
      question: 'hulp',
      groupBy: { kind: 'question', question: 'rol' },
      layout: 'side-by-side',
      filters: [
        { kind: 'choice', question: 'gemeente', options: ['dordrecht', 'gorinchem'] },
        { kind: 'text', text: 'wachtlijst' },
        { kind: 'year', years: [2025, 2026] },
        { kind: 'zone', question: 'belangrijk', zones: ['corner-a'] },
        { kind: 'range', question: 'tempo', min: 0, max: 0.5 },
      ],
      selection: {
        kind: 'polygon',
        points: [
          { a: 0.5, b: 0.25, c: 0.25 },
          { a: 0.25, b: 0.5, c: 0.25 },
          { a: 0.25, b: 0.25, c: 0.5 },
        ],
      },
      selectionGroup: 'ouder_of_verzorger',
      story: 2,
      heat: true,
    };
    const read = readExplorerState(writeExplorerState(state));
    expect(read).toEqual(state);
  });

  it('ignores what it cannot read instead of failing', () => {
    const read = readExplorerState(
      '?vraag=<script>&indeling=vraag:&filter=keuze~x&selectie=vlak:1,2&verhaal=-3',
    );
    expect(read).toEqual(EMPTY_STATE);
  });

  it('clears the selection and the reader when the view changes, not when only the story moves', () => {
    const selected = changeExplorerState(
      { ...EMPTY_STATE, question: 'hulp' },
      { selection: { kind: 'zone', zone: 'centre' } },
    );
    expect(changeExplorerState(selected, { story: 3 }).selection).toEqual({
      kind: 'zone',
      zone: 'centre',
    });
    const regrouped = changeExplorerState({ ...selected, story: 3 }, { groupBy: { kind: 'year' } });
    expect(regrouped.selection).toBeNull();
    expect(regrouped.story).toBe(0);
  });
});

describe('the explorer view as a report chart', () => {
  const collections = [{ id: 'zhz-2025' }, { id: 'zhz-2026' }];
  it('takes the question, grouping and filters, and the collection filter as its collections', () => {
    const state = {
      ...EMPTY_STATE,
      groupBy: { kind: 'question' as const, question: 'rol' },
      filters: [
        { kind: 'collection' as const, ids: ['zhz-2026'] },
        { kind: 'zone' as const, question: 'hulp', zones: ['corner-a' as const] },
      ],
    };
    expect(chartSpecOf(state, 'tempo', collections)).toEqual({
      kind: 'chart',
      collectionIds: ['zhz-2026'],
      questionId: 'tempo',
      groupBy: 'rol',
      filters: [{ kind: 'zone', question: 'hulp', zones: ['corner-a'] }],
    });
  });
  it('charts every collection of the questionnaire without a collection filter, by year as asked', () => {
    expect(chartSpecOf({ ...EMPTY_STATE, groupBy: { kind: 'year' } }, 'hulp', collections)).toEqual(
      {
        kind: 'chart',
        collectionIds: ['zhz-2025', 'zhz-2026'],
        questionId: 'hulp',
        groupBy: 'year',
      },
    );
  });
});
