import { localize, type TLocalizedText, zhzJeugdhulp } from '@duiding/survey';
import { describe, expect, it } from 'vitest';
import { formatAnswer } from './format-answer';

const text = (t: TLocalizedText) => localize(t, { locale: 'nl' });
const q = (id: string) => zhzJeugdhulp.signifiers.find((question) => question.id === id)!;

describe('formatAnswer', () => {
  it('shows a triad as percentages with its corner labels', () => {
    expect(formatAnswer(q('belangrijk'), { a: 0.5, b: 0.3, c: 0.2 }, text)).toBe(
      '50% Snel geholpen worden, 30% Goed geholpen worden, 20% Serieus genomen worden',
    );
  });
  it('shows a dyad between its two ends, and "niet van toepassing"', () => {
    expect(formatAnswer(q('tempo'), 0.25, text)).toBe(
      '25 van 100: van "veel te laat" (0) naar "op het goede moment" (100)',
    );
    expect(formatAnswer(q('betrokken'), 'na', text)).toBe('Niet van toepassing');
  });
  it('shows choices by label with the other text, and stones by coordinates', () => {
    expect(formatAnswer(q('fase'), { selected: ['hulp_zoeken', 'anders'], other: 'x' }, text)).toBe(
      'Hulp zoeken, Anders, namelijk …: x',
    );
    expect(formatAnswer(q('plekken'), { school: { x: 0.2, y: 0.9 } }, text)).toBe(
      'School (20, 90) [x: moeilijk te vinden → makkelijk te vinden, y: hielp weinig → hielp veel]',
    );
  });
});
