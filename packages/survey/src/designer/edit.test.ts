import { describe, expect, it } from 'vitest';
import { type TFramework, ZFramework } from '../framework';
import { zhzJeugdhulp } from '../frameworks';
import {
  addPrompt,
  addQuestion,
  blankFramework,
  conditionCandidates,
  dependentsOf,
  movePrompt,
  moveQuestion,
  moveQuestionBy,
  QUESTION_KINDS,
  readSlot,
  removePrompt,
  removeQuestion,
  setCondition,
  setStoryFields,
  uniqueId,
  updateQuestion,
  writeSlot,
} from './edit';

const ids = (f: TFramework, list: 'signifiers' | 'participantQuestions' = 'signifiers') =>
  f[list].map((q) => q.id);

/** A draft with a choice participant question and a story question that depends on it. */
function withCondition(): TFramework {
  let f = blankFramework('test');
  f = addQuestion(f, 'participantQuestions', 'choice').framework;
  f = addQuestion(f, 'signifiers', 'text').framework;
  return setCondition(f, 'signifiers', 'text', { question: 'choice', anyOf: ['optie_1'] });
}

describe('designer edits', () => {
  it('adds a question of every kind that ZFramework accepts', () => {
    let f = blankFramework('test');
    for (const kind of QUESTION_KINDS) f = addQuestion(f, 'signifiers', kind).framework;
    expect(ids(f)).toEqual([
      'triad',
      'triad_2',
      'dyad',
      'stones',
      'choice',
      'scale',
      'text',
      'number',
    ]);
    expect(ZFramework.safeParse(f).success).toBe(true);
  });

  it('adds at a place and keeps ids unique across both lists', () => {
    let f = addQuestion(blankFramework('test'), 'participantQuestions', 'choice').framework;
    const { framework, question } = addQuestion(f, 'signifiers', 'choice', 0);
    f = framework;
    expect(question.id).toBe('choice_2');
    expect(ids(f)).toEqual(['choice_2', 'triad']);
  });

  it('leaves the input framework untouched', () => {
    const before = blankFramework('test');
    const copy = structuredClone(before);
    addQuestion(before, 'signifiers', 'dyad');
    moveQuestionBy(before, 'signifiers', 'triad', 1);
    removeQuestion(before, 'signifiers', 'triad');
    expect(before).toEqual(copy);
  });

  it('moves by index, by one up or down, and clamps at the ends', () => {
    let f = blankFramework('test');
    for (const kind of ['dyad', 'scale'] as const) f = addQuestion(f, 'signifiers', kind).framework;
    expect(ids(moveQuestion(f, 'signifiers', 'scale', 0))).toEqual(['scale', 'triad', 'dyad']);
    expect(ids(moveQuestionBy(f, 'signifiers', 'triad', 1))).toEqual(['dyad', 'triad', 'scale']);
    expect(ids(moveQuestionBy(f, 'signifiers', 'triad', -1))).toEqual(['triad', 'dyad', 'scale']);
    expect(ids(moveQuestionBy(f, 'signifiers', 'scale', 1))).toEqual(['triad', 'dyad', 'scale']);
  });

  it('sets a condition that ZFramework accepts, and clears it', () => {
    const f = withCondition();
    expect(f.signifiers[1]?.visibleIf).toEqual({ question: 'choice', anyOf: ['optie_1'] });
    expect(ZFramework.safeParse(f).success).toBe(true);
    expect(setCondition(f, 'signifiers', 'text', undefined).signifiers[1]).not.toHaveProperty(
      'visibleIf',
    );
  });

  it('offers as condition only choice questions asked before', () => {
    let f = withCondition();
    f = addQuestion(f, 'signifiers', 'choice', 0).framework;
    expect(conditionCandidates(f, 'signifiers', 'text').map((q) => q.id)).toEqual([
      'choice',
      'choice_2',
    ]);
    expect(conditionCandidates(f, 'signifiers', 'choice_2').map((q) => q.id)).toEqual(['choice']);
    expect(conditionCandidates(f, 'participantQuestions', 'choice')).toEqual([]);
  });

  it('removing a question drops the conditions on it, so the draft stays valid', () => {
    const f = withCondition();
    expect(dependentsOf(f, 'choice').questions.map((q) => q.id)).toEqual(['text']);
    const next = removeQuestion(f, 'participantQuestions', 'choice');
    expect(next.participantQuestions).toEqual([]);
    expect(next.signifiers[1]).not.toHaveProperty('visibleIf');
    expect(ZFramework.safeParse(next).success).toBe(true);
  });

  it('renaming an id carries the conditions and youthWhen along', () => {
    let f = withCondition();
    f = { ...f, youthWhen: { question: 'choice', anyOf: ['optie_2'] } };
    f = updateQuestion(f, 'participantQuestions', 'choice', (q) => ({ ...q, id: 'rol' }));
    expect(f.signifiers[1]?.visibleIf?.question).toBe('rol');
    expect(f.youthWhen?.question).toBe('rol');
    expect(ZFramework.safeParse(f).success).toBe(true);
  });

  it('a renamed id that is taken gets a suffix', () => {
    const f = updateQuestion(withCondition(), 'signifiers', 'text', (q) => ({ ...q, id: 'triad' }));
    expect(ids(f)).toEqual(['triad', 'triad_2']);
  });

  it('adds, moves and removes prompts', () => {
    let f = addPrompt(blankFramework('test'));
    expect(f.prompts.map((p) => p.id)).toEqual(['vertelvraag', 'vertelvraag_2']);
    f = movePrompt(f, 'vertelvraag_2', 0);
    expect(f.prompts.map((p) => p.id)).toEqual(['vertelvraag_2', 'vertelvraag']);
    f = removePrompt(f, 'vertelvraag_2');
    expect(f.prompts.map((p) => p.id)).toEqual(['vertelvraag']);
  });

  it('a stories framework without story fields is refused, a panel one is fine', () => {
    const without = setStoryFields(blankFramework('test'), undefined);
    expect(without).not.toHaveProperty('storyFields');
    expect(ZFramework.safeParse(without).success).toBe(false);
    expect(ZFramework.safeParse(blankFramework('panel', 'panel')).success).toBe(true);
  });

  it('makes ids from any text', () => {
    expect(uniqueId('Één keer Hulp!', new Set())).toBe('een_keer_hulp');
    expect(uniqueId('123', new Set())).toBe('vraag');
    expect(uniqueId('rol', new Set(['rol', 'rol_2']))).toBe('rol_3');
  });

  it('reads and writes the nl, en and youth texts; an empty one is removed', () => {
    const label = zhzJeugdhulp.signifiers[0]!.label;
    const en = writeSlot(label, 'en', 'Who helped?');
    expect(readSlot(en, 'en')).toBe('Who helped?');
    expect(readSlot(writeSlot(en, 'youth', 'Wie hielp jou?'), 'youth')).toBe('Wie hielp jou?');
    const cleared = writeSlot(writeSlot({ nl: 'x', youth: { nl: 'y' } }, 'youth', ' '), 'en', '');
    expect(cleared).toEqual({ nl: 'x' });
  });
});
