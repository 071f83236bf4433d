import { describe, expect, it } from 'vitest';
import { readOwnFixture } from '../bench/fixtures';
import { detectPersonalData, redact } from '../src/index';

// A small seeded generator, so that a failure names a reproducible input.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pieces = [
  '😢',
  'é',
  ' ',
  '\n',
  '.',
  ',',
  '-',
  '0',
  '6',
  '@',
  'ĳ',
  'Zoë',
  '(',
  ')',
  'van der',
  'juf',
];

describe('what every proposal list satisfies', () => {
  it('is sorted, without overlap, inside the text, for mangled story text', () => {
    const next = random(8);
    const stories = readOwnFixture().map((record) => record.text);
    for (let round = 0; round < 150; round++) {
      let text = stories[Math.floor(next() * stories.length)]!;
      for (let edit = 0; edit < 6; edit++) {
        const at = Math.floor(next() * (text.length + 1));
        const piece = pieces[Math.floor(next() * pieces.length)]!;
        text = text.slice(0, at) + piece + text.slice(at + (next() < 0.3 ? 1 : 0));
      }
      const spans = detectPersonalData(text);
      let previousEnd = 0;
      for (const span of spans) {
        expect(span.start, text).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end, text).toBeGreaterThan(span.start);
        expect(span.end, text).toBeLessThanOrEqual(text.length);
        previousEnd = span.end;
      }
      // Redaction leaves nothing of a proposed span behind and keeps the text around it.
      const redacted = redact(text, spans);
      if (spans.length) expect(redacted).not.toBe(text);
      expect(redacted.startsWith(text.slice(0, spans[0]?.start ?? text.length))).toBe(true);
    }
    // The machine is shared; this is a property check, not a speed test.
  }, 60_000);

  it('handles empty and whitespace-only text', () => {
    expect(detectPersonalData('')).toEqual([]);
    expect(detectPersonalData(' \n\t ')).toEqual([]);
    expect(redact('', [])).toBe('');
  });
});
