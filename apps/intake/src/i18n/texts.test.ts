import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLocale } from './locale';
import { loadTexts, TEXT_KEYS, textsLoaded, translate } from './texts';
import { youthNl } from './texts-youth';

/** Keys a phone has no key for, or that an 8-year-old does not know by name. */
const KEY_NAMES =
  /\b(Shift|Home|End|PageUp|PageDown|Page Up|Page Down|Tab|Enter|Delete|Backspace|Esc|Escape|Ctrl|Spatie|Space)\b/i;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The sentences of a text: split after . ! ? or … followed by a space. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

describe('the intake’s own texts', () => {
  beforeAll(async () => {
    expect(textsLoaded('en', 'general')).toBe(false);
    expect(textsLoaded('nl', 'youth')).toBe(false);
    await loadTexts('en', 'general');
    await loadTexts('nl', 'youth');
  });

  it('have a youth text for every key, and the youth page shows it', () => {
    expect(Object.keys(youthNl).sort()).toEqual([...TEXT_KEYS].sort());
    const youth = translate('nl', 'youth');
    for (const key of TEXT_KEYS) {
      expect(youthNl[key].trim(), key).not.toBe('');
      expect(youth(key), key).toBe(youthNl[key]);
    }
  });

  it('name no keyboard keys in the youth texts', () => {
    const withKeys = TEXT_KEYS.filter((key) => KEY_NAMES.test(youthNl[key]));
    expect(withKeys).toEqual([]);
  });

  it('keep every placeholder of the general text in the youth text', () => {
    const general = translate('nl', 'general');
    for (const key of TEXT_KEYS) {
      expect(placeholders(youthNl[key]), key).toEqual(placeholders(general(key)));
    }
  });

  it('write the youth texts in short sentences (at most 15 words)', () => {
    const long = TEXT_KEYS.flatMap((key) =>
      sentences(youthNl[key])
        .filter((sentence) => sentence.split(/\s+/).length > 15)
        .map((sentence) => `${key}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it('find a long sentence and a key name when there is one', () => {
    const general = translate('nl', 'general');
    // The general texts are B1: some of them would fail the youth guards, so the guards bite.
    expect(
      TEXT_KEYS.some((key) => sentences(general(key)).some((s) => s.split(/\s+/).length > 15)),
    ).toBe(true);
    expect(KEY_NAMES.test('Met Shift grotere stappen')).toBe(true);
    expect(KEY_NAMES.test('Druk op Tab')).toBe(true);
    expect(KEY_NAMES.test('Gebruik de pijltjes')).toBe(false);
  });

  it('give the youth variant in Dutch, English as is', () => {
    expect(textsLoaded('en', 'youth')).toBe(true);
    expect(translate('nl', 'youth')('withdraw')).toBe('Verhaal weghalen');
    expect(translate('nl', 'general')('withdraw')).toBe('Verhaal terugtrekken');
    expect(translate('nl', 'youth')('next')).toBe('Volgende');
    expect(translate('en', 'youth')('withdraw')).toBe('Withdraw a story');
    expect(translate('nl', 'youth')('thanksText', { title: '"Mijn mentor"' })).toBe(
      'We hebben je verhaal "Mijn mentor" goed gekregen. Het is bewaard.',
    );
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
