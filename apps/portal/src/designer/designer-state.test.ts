import {
  blankFramework,
  exportFrameworkJson,
  importFrameworkJson,
  zhzJeugdhulp,
} from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import {
  designerReducer,
  hasChanges,
  initialDesignerState,
  type TDesignerAction,
} from './designer-state';

const run = (actions: TDesignerAction[], start = blankFramework('test')) =>
  actions.reduce(designerReducer, initialDesignerState(start));

describe('designerReducer', () => {
  it('adds a question, opens it and says where it went', () => {
    const state = run([{ type: 'add-question', list: 'signifiers', kind: 'dyad' }]);
    expect(state.framework.signifiers.map((q) => q.id)).toEqual(['triad', 'dyad']);
    expect(state.open).toEqual({ list: 'signifiers', id: 'dyad' });
    expect(state.announcement).toBe('Vraag toegevoegd op plaats 2.');
    expect(hasChanges(state)).toBe(true);
  });

  it('moves by keyboard buttons and announces the new place; past the end does nothing', () => {
    const added = run([{ type: 'add-question', list: 'signifiers', kind: 'dyad' }]);
    const moved = designerReducer(added, {
      type: 'move',
      item: { list: 'signifiers', id: 'dyad' },
      to: 0,
    });
    expect(moved.framework.signifiers.map((q) => q.id)).toEqual(['dyad', 'triad']);
    expect(moved.announcement).toBe('"Nieuwe vraag" staat nu op plaats 1 van 2.');
    expect(
      designerReducer(moved, { type: 'move', item: { list: 'signifiers', id: 'dyad' }, to: -1 }),
    ).toBe(moved);
  });

  it('writes a text in one language and marks the draft changed until saved', () => {
    const state = run([
      { type: 'set-text', parts: ['signifiers', 0, 'label'], slot: 'en', value: 'Who?' },
    ]);
    expect(state.framework.signifiers[0]?.label).toEqual({ nl: 'Nieuwe vraag', en: 'Who?' });
    expect(hasChanges(designerReducer(state, { type: 'saved' }))).toBe(false);
  });

  it('keeps the editor on a question whose id is renamed', () => {
    const state = run([
      { type: 'open', item: { list: 'signifiers', id: 'triad' } },
      {
        type: 'update-question',
        list: 'signifiers',
        id: 'triad',
        question: { ...blankFramework('x').signifiers[0]!, id: 'hulp' },
      },
    ]);
    expect(state.open).toEqual({ list: 'signifiers', id: 'hulp' });
  });

  it('an import keeps the draft id and version, and a broken file changes nothing', () => {
    const good = run([
      { type: 'import', result: importFrameworkJson(exportFrameworkJson(zhzJeugdhulp)) },
    ]);
    expect(good.framework.id).toBe('test');
    expect(good.framework.signifiers).toEqual(zhzJeugdhulp.signifiers);
    const bad = designerReducer(good, { type: 'import', result: importFrameworkJson('[]') });
    expect(bad.framework).toBe(good.framework);
    expect(bad.importErrors.length).toBeGreaterThan(0);
  });
});
