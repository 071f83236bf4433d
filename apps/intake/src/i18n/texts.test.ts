import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLocale } from './locale';
import { loadTexts, textsLoaded, translate } from './texts';
import { YOUTH_TEXTS } from './texts-youth';

describe('the intake’s own texts', () => {
  beforeAll(async () => {
    expect(textsLoaded('en', 'general')).toBe(false);
    await loadTexts('en', 'general');
    await loadTexts('nl', 'youth');
  });

  it('name no keys a phone does not have in the youth texts', () => {
    for (const text of YOUTH_TEXTS) expect(text).not.toMatch(/\b(Shift|Home|Delete|Enter|Tab)\b/);
  });

  it('give the youth variant in Dutch, the general text where there is none, English as is', () => {
    expect(textsLoaded('en', 'youth')).toBe(true);
    expect(translate('nl', 'youth')('withdraw')).toBe('Verhaal weghalen');
    expect(translate('nl', 'youth')('next')).toBe('Volgende');
    expect(translate('en', 'youth')('withdraw')).toBe('Withdraw a story');
    expect(translate('nl', 'general')('step', { n: 2, total: 7 })).toBe('Stap 2 van 7');
    expect(translate('en', 'general')('step', { n: 2, total: 7 })).toBe('Step 2 of 7');
  });

  it('choose only a language the questionnaire has', () => {
    expect(chooseLocale({ param: 'en', browserLanguages: [], available: ['nl'] })).toBe('nl');
    expect(chooseLocale({ param: 'EN-us', browserLanguages: [], available: ['nl', 'en'] })).toBe(
      'en',
    );
  });
});
