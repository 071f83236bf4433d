import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOwnFixture } from '../bench/fixtures';
import { PERSONAL_DATA_KINDS } from '../src/index';

const records = readOwnFixture();

describe('the labelled story sentences', () => {
  it('holds at least 300 sentences, many of them without personal data', () => {
    expect(records.length).toBeGreaterThanOrEqual(300);
    expect(records.filter((record) => record.spans.length === 0).length).toBeGreaterThanOrEqual(
      100,
    );
  });

  it('has spans whose offsets give exactly the labelled text, in order and without overlap', () => {
    for (const record of records) {
      let previousEnd = 0;
      for (const span of record.spans) {
        expect(PERSONAL_DATA_KINDS).toContain(span.kind);
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(record.text.length);
        expect(record.text.slice(span.start, span.end), record.id).toBe(span.text);
        previousEnd = span.end;
      }
    }
  });

  it('is in step with its marked-up source (run scripts/build-fixture.ts after editing)', () => {
    const source = readFileSync(new URL('./fixtures/stories-pii.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.replace(/\[\[[a-z]+:/g, '').replaceAll(']]', ''));
    expect(records.map((record) => record.text)).toEqual(source);
  });
});
