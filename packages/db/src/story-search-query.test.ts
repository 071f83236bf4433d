import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStorySearch } from './story-search-query';

// A real FTS5 table with the tokenizer of migration 0005: the parser's output must be
// accepted by SQLite itself, not only look right.
const client = new Database(':memory:');
client.exec(
  `CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = "unicode61 remove_diacritics 2")`,
);
const insert = client.prepare('INSERT INTO t (rowid, title, text) VALUES (?, ?, ?)');
insert.run(1, 'Lang wachten', 'We moesten maanden wachten op de jeugd-GGZ.');
insert.run(2, 'Eindelijk hulp', 'De begeleider van het wijkteam was fijn; één gesprek hielp.');
insert.run(3, 'Crisis', 'Geen "plek" vrij, wachtlijst. AND dan nog OR iets.');
const match = client.prepare('SELECT rowid AS id FROM t WHERE t MATCH ? ORDER BY rowid');
afterAll(() => client.close());

/** Which rows a typed query finds, as the search would (include minus exclude). */
function find(input: string): number[] {
  const query = parseStorySearch(input);
  const all = [1, 2, 3];
  const included = query.include
    ? (match.all(query.include) as { id: number }[]).map((r) => r.id)
    : all;
  const excluded = new Set(
    query.exclude ? (match.all(query.exclude) as { id: number }[]).map((r) => r.id) : [],
  );
  return included.filter((id) => !excluded.has(id));
}

describe('parseStorySearch', () => {
  it('finds words regardless of case and accents', () => {
    expect(find('WACHTEN')).toEqual([1]);
    expect(find('een gesprek')).toEqual([2]);
    expect(find('ggz')).toEqual([1]);
  });

  it('keeps a trailing * as a prefix search', () => {
    expect(find('wacht*')).toEqual([1, 3]);
    expect(find('wacht')).toEqual([]);
  });

  it('reads AND and OR between terms, NOT and a dash as leaving out', () => {
    expect(find('wachten OR wijkteam')).toEqual([1, 2]);
    expect(find('wachten AND wijkteam')).toEqual([]);
    expect(find('wacht* NOT crisis')).toEqual([1]);
    expect(find('-wachten')).toEqual([2, 3]);
    expect(find('NOT')).toEqual([1, 2, 3]);
  });

  it('reads quotes as a phrase, also when the closing quote is missing', () => {
    expect(find('"lang wachten"')).toEqual([1]);
    expect(find('"wachten lang"')).toEqual([]);
    expect(find('"eindelijk hulp')).toEqual([2]);
  });

  it('treats dashes, colons and lower-case operators as text', () => {
    expect(find('jeugd-ggz')).toEqual([1]);
    expect(parseStorySearch('title:crisis').include).toBe('"title:crisis"');
    expect(find('title:crisis')).toEqual([]);
    expect(parseStorySearch('and or not').include).toBe('"and" AND "or" AND "not"');
  });

  it('gives no condition for input without a word', () => {
    expect(parseStorySearch('')).toEqual({ include: null, exclude: null });
    for (const input of [' * - AND OR ( ) 😀 ', '"', '""', '" 😀 "', '-*']) {
      expect(parseStorySearch(input)).toEqual({ include: null, exclude: null });
    }
  });

  it('never throws and always gives SQLite a valid expression', () => {
    const pieces = fc.constantFrom(
      '"',
      '*',
      '-',
      '(',
      ')',
      ':',
      '^',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      'NEAR(',
      ' ',
      '  ',
      'wachten',
      'één',
      '😀',
      '👩‍👧',
      '\u0301',
      '\0',
      "'",
      '+',
      '{title}',
      'ß',
      '𞤀',
    );
    const typed = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')),
      fc
        .array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 20 })
        .map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(typed, (input) => {
        const query = parseStorySearch(input);
        if (query.include) match.all(query.include);
        if (query.exclude) match.all(query.exclude);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a story by any word of its text, however the word is quoted', () => {
    const word = fc.constantFrom('wachten', 'wijkteam', 'plek', 'gesprek', 'maanden');
    const wrap = fc.constantFrom(
      (w: string) => w,
      (w: string) => `"${w}"`,
      (w: string) => `"${w}`,
      (w: string) => `${w.slice(0, 3)}*`,
      (w: string) => w.toUpperCase(),
      (w: string) => `(${w})`,
    );
    fc.assert(
      fc.property(word, wrap, (w, f) => {
        expect(find(f(w)).length).toBeGreaterThan(0);
      }),
    );
  });
});
