import { describe, expect, it } from 'vitest';
import { frameworkQuestions, type TLocalizedText, ZFramework } from '../index';
import { exampleFrameworks, haaglandenPanelWave1, haaglandenPanelWave2, zhzJeugdhulp } from '.';

/** Every localized text inside a value, found by shape. */
function localizedTexts(value: unknown): TLocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.nl === 'string') return [record as TLocalizedText];
  return Object.values(record).flatMap(localizedTexts);
}

describe('example frameworks', () => {
  it.each(exampleFrameworks.map((f) => [`${f.id} v${f.version}`, f] as const))(
    '%s validates and has an English text for every Dutch one',
    (_name, framework) => {
      expect(ZFramework.safeParse(framework).success).toBe(true);
      const texts = localizedTexts(framework);
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.filter((t) => !t.en)).toEqual([]);
    },
  );

  it('ZHZ uses the ids of the document', () => {
    expect(zhzJeugdhulp.prompts.map((p) => p.id)).toEqual(['moment', 'gehoord', 'vriend']);
    expect(zhzJeugdhulp.signifiers.map((q) => q.id)).toEqual([
      'gevoel',
      'hulp',
      'regie',
      'belangrijk',
      'betrokken',
      'informatie',
      'tempo',
      'plekken',
      'fase',
      'wachttijd',
      'soort',
      'boodschap',
    ]);
    expect(zhzJeugdhulp.participantQuestions.map((q) => q.id)).toEqual(['rol', 'gemeente', 'duur']);
    const optional = frameworkQuestions(zhzJeugdhulp).filter((q) => !q.required);
    expect(optional.map((q) => q.id)).toEqual(['boodschap']);
    const withNotApplicable = zhzJeugdhulp.signifiers.filter(
      (q) => (q.kind === 'triad' || q.kind === 'dyad') && q.allowNotApplicable,
    );
    expect(withNotApplicable.map((q) => q.id)).toEqual([
      'hulp',
      'regie',
      'betrokken',
      'informatie',
    ]);
    expect(zhzJeugdhulp.prompts.every((p) => p.label.youth?.nl)).toBe(true);
  });

  it('both panel waves share the core items and differ in theme', () => {
    const core = (f: typeof haaglandenPanelWave1) =>
      f.signifiers.filter((q) => q.section === 'core');
    expect(core(haaglandenPanelWave1)).toEqual(core(haaglandenPanelWave2));
    expect(core(haaglandenPanelWave1)).toHaveLength(8);
    expect(haaglandenPanelWave1.sections.map((s) => s.id)).toEqual(['core', 'corona']);
    expect(haaglandenPanelWave2.sections.map((s) => s.id)).toEqual(['core', 'onderwijs']);
    expect(haaglandenPanelWave1.signifiers.every((q) => q.section)).toBe(true);
    expect(haaglandenPanelWave2.signifiers.every((q) => q.section)).toBe(true);
  });
});
