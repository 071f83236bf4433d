import { describe, expect, it } from 'vitest';
import { INPUT_TEXT_KEYS, inputText } from './input-texts';

const youth = { locale: 'nl', audience: 'youth' } as const;
const general = { locale: 'nl', audience: 'general' } as const;

/** Keys a phone has no key for, or that an 8-year-old does not know by name. */
const KEY_NAMES =
  /\b(Shift|Home|End|PageUp|PageDown|Page Up|Page Down|Tab|Enter|Delete|Backspace|Esc|Escape|Ctrl|Spatie|Space)\b/i;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the inputs’ instructions', () => {
  it('have a youth text for every key', () => {
    expect(INPUT_TEXT_KEYS.length).toBeGreaterThan(30);
    for (const key of INPUT_TEXT_KEYS) expect(inputText(key, youth).trim(), key).not.toBe('');
  });

  it('name no keys in the youth texts, though the general ones do', () => {
    expect(INPUT_TEXT_KEYS.filter((key) => KEY_NAMES.test(inputText(key, youth)))).toEqual([]);
    expect(INPUT_TEXT_KEYS.filter((key) => KEY_NAMES.test(inputText(key, general)))).toEqual([
      'triadHelp',
      'stonesHelp',
    ]);
  });

  it('keep the placeholders of the general text, and write short sentences', () => {
    for (const key of INPUT_TEXT_KEYS) {
      const text = inputText(key, youth);
      expect(placeholders(text), key).toEqual(placeholders(inputText(key, general)));
      for (const sentence of text.split(/(?<=[.!?…])\s+/))
        expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).toBeLessThanOrEqual(15);
    }
  });

  it('give the youth text in Dutch, or English', () => {
    expect(inputText('triadHelp', youth)).toMatch(/^Tik in de driehoek/);
    expect(inputText('stonesHelp', youth)).toContain('pijltjes');
    expect(inputText('optional', youth)).toBe('(hoeft niet)');
    expect(inputText('optional', general)).toBe('(niet verplicht)');
    expect(inputText('triadHelp', { locale: 'en', audience: 'youth' })).toMatch(/^Tap or click/);
    expect(inputText('stonePicked', youth, { name: 'School' })).toBe(
      'School gekozen. Tik in het veld waar de steen moet komen.',
    );
  });
});
