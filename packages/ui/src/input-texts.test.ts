import { describe, expect, it } from 'vitest';
import { inputText, YOUTH_INPUT_TEXTS } from './input-texts';

describe('the inputs’ instructions', () => {
  it('name no keys in the youth texts', () => {
    expect(YOUTH_INPUT_TEXTS.length).toBeGreaterThan(0);
    for (const text of YOUTH_INPUT_TEXTS) expect(text).not.toMatch(/\b(Shift|Home|Enter|Delete)\b/);
  });
  it('give the youth text, the general Dutch one where there is none, or English', () => {
    expect(inputText('triadHelp', { locale: 'nl', audience: 'youth' })).toMatch(
      /^Tik in de driehoek/,
    );
    expect(inputText('optional', { locale: 'nl', audience: 'youth' })).toBe('(niet verplicht)');
    expect(inputText('triadHelp', { locale: 'en', audience: 'youth' })).toMatch(/^Tap or click/);
  });
});
