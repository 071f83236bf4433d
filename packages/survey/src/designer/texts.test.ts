import { describe, expect, it } from 'vitest';
import type { TFramework } from '../framework';
import { zhzJeugdhulp } from '../frameworks';
import { addQuestion, blankFramework, updateQuestion, writeSlot } from './edit';
import { formatPath, frameworkTexts, missingTranslations, updateTextAt } from './texts';

describe('missingTranslations', () => {
  it('lists nothing for English when the framework is Dutch only', () => {
    expect(missingTranslations(blankFramework('test')).en).toEqual([]);
  });

  it('names every text without English, with its place and its Dutch', () => {
    let f: TFramework = { ...blankFramework('test'), languages: ['nl', 'en'] };
    f = addQuestion(f, 'signifiers', 'dyad').framework;
    f = updateQuestion(f, 'signifiers', 'dyad', (q) =>
      q.kind === 'dyad' ? { ...q, left: writeSlot(q.left, 'en', 'Left') } : q,
    );
    const paths = missingTranslations(f).en.map((m) => m.path);
    expect(paths).toContain('signifiers[1].right');
    expect(paths).toContain('signifiers[0].corners[2].label');
    expect(paths).not.toContain('signifiers[1].left');
    expect(missingTranslations(f).en.find((m) => m.path === 'title')?.nl).toBe(
      'Nieuwe vragenlijst',
    );
  });

  it('counts youth texts only when the framework switches to them', () => {
    const f = zhzJeugdhulp;
    expect(f.youthWhen).toBeDefined();
    const youth = missingTranslations(f).youth;
    const all = frameworkTexts(f).length;
    const written = frameworkTexts(f).filter((t) => t.text.youth?.nl).length;
    expect(written).toBeGreaterThan(0);
    expect(youth.length).toBe(all - written);
    expect(missingTranslations({ ...f, youthWhen: undefined }).youth).toEqual([]);
  });

  it('formats paths as people read them', () => {
    expect(formatPath(['signifiers', 3, 'corners', 1, 'label', 'en'])).toBe(
      'signifiers[3].corners[1].label.en',
    );
    expect(formatPath([])).toBe('');
  });
});

describe('updateTextAt', () => {
  it('changes the one text at a place and copies only the way there', () => {
    const before = zhzJeugdhulp;
    const triadIndex = before.signifiers.findIndex((q) => q.kind === 'triad');
    const at = ['signifiers', triadIndex, 'corners', 1, 'label'];
    const after = updateTextAt(before, at, (t) => writeSlot(t, 'en', 'The worker'));
    const texts = frameworkTexts(after);
    expect(
      texts.find((t) => t.path === `signifiers[${triadIndex}].corners[1].label`)?.text.en,
    ).toBe('The worker');
    expect(before.signifiers[triadIndex]).not.toBe(after.signifiers[triadIndex]);
    expect(before.prompts).toBe(after.prompts);
    expect(
      frameworkTexts(before).find((t) => t.path.endsWith('corners[1].label'))?.text.en,
    ).not.toBe('The worker');
  });
});
