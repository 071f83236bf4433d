/*
 * What a person types in the search box, as safe FTS5 syntax. It never throws: every term
 * is quoted (FTS5 then reads quotes, dashes, `:`, `^`, `(`, `NEAR` and emoji as plain text),
 * a trailing `*` stays a prefix search, upper-case `AND`/`OR` join terms, and `NOT x` or
 * `-x` leave stories with x out. FTS5's own NOT needs a left side ("a NOT b"), so the
 * excluded terms are returned apart and the query leaves their matches out of the rest;
 * "-wachten" alone then means every story without it.
 */

export interface TStoryTextQuery {
  /** An FTS5 expression the stories must match, or null for no condition. */
  include: string | null;
  /** An FTS5 expression whose matches are left out, or null. */
  exclude: string | null;
}

/** More terms than a person types; a pasted page stays a bounded query. */
const MAX_TERMS = 32;

type TToken =
  | { kind: 'term'; text: string; prefix: boolean; negated: boolean }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' };

/** FTS5's unicode61 tokenizer keeps letters, numbers and private-use characters. */
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

function tokenize(typed: string): TToken[] {
  // SQLite reads a NUL as the end of the string, and a lone surrogate is no text at all.
  const input = typed.replace(/[\p{Cc}\p{Cs}]/gu, ' ');
  const tokens: TToken[] = [];
  let i = 0;
  const length = input.length;
  while (i < length && tokens.length < MAX_TERMS * 2) {
    const ch = input[i]!;
    if (/\s/u.test(ch) || ch === '(' || ch === ')') {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-' && i + 1 < length && !/\s/u.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    let text: string;
    let prefix = false;
    if (input[i] === '"') {
      // A phrase; an unbalanced quote runs to the end.
      const end = input.indexOf('"', i + 1);
      text = input.slice(i + 1, end === -1 ? length : end);
      i = end === -1 ? length : end + 1;
      if (input[i] === '*') prefix = true;
      while (input[i] === '*') i++;
    } else {
      const start = i;
      while (i < length && !/\s/u.test(input[i]!) && input[i] !== '"') i++;
      text = input.slice(start, i).replace(/^[()]+|[()]+$/gu, '');
      if (!negated && (text === 'AND' || text === 'OR' || text === 'NOT')) {
        tokens.push({ kind: 'op', op: text });
        continue;
      }
      const stars = /\*+$/u.exec(text);
      if (stars) {
        prefix = true;
        text = text.slice(0, stars.index);
      }
    }
    if (!TOKEN_CHARACTER.test(text)) continue;
    tokens.push({ kind: 'term', text, prefix, negated });
  }
  return tokens;
}

/** One term as an FTS5 string: inner quotes doubled, prefix kept. */
function quote(term: { text: string; prefix: boolean }): string {
  return `"${term.text.replace(/"/gu, '""')}"${term.prefix ? ' *' : ''}`;
}

/** Turns typed input into FTS5 expressions; any string gives a valid result. */
export function parseStorySearch(input: string): TStoryTextQuery {
  const include: string[] = [];
  const exclude: string[] = [];
  let connector: 'AND' | 'OR' = 'AND';
  let negateNext = false;
  let terms = 0;
  for (const token of tokenize(input)) {
    if (token.kind === 'op') {
      if (token.op === 'NOT') negateNext = true;
      else connector = token.op;
      continue;
    }
    if (terms >= MAX_TERMS) break;
    terms++;
    if (token.negated || negateNext) {
      exclude.push(quote(token));
    } else {
      if (include.length > 0) include.push(connector);
      include.push(quote(token));
    }
    connector = 'AND';
    negateNext = false;
  }
  return {
    include: include.length > 0 ? include.join(' ') : null,
    exclude: exclude.length > 0 ? exclude.join(' OR ') : null,
  };
}
