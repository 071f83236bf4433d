import { snowballStemCache } from './stem-cache';
import { tokenizeDutch, tokenizeDutchWithOffsets } from './tokenize';
import type { TTextDocument } from './word-frequencies';

/** One occurrence of a word in its context. */
export interface TKwicLine {
  storyId: string;
  /** The text before the word, up to `window` words, as written. */
  left: string;
  /** The word as written. */
  keyword: string;
  /** The text after the word, up to `window` words, as written. */
  right: string;
  /** Where the word starts in the story text. */
  offset: number;
}

export interface TKwicOptions {
  /** Words of context on each side. Default 5. */
  window?: number;
  /** Match every form of the word ("wachtlijst", "wachtlijsten"): `stem` (default), or `exact`. */
  match?: 'stem' | 'exact';
}

/** Keyword in context: every occurrence of `term` in the texts, in text order. */
export function kwic(
  texts: Iterable<TTextDocument>,
  term: string,
  { window = 5, match = 'stem' }: TKwicOptions = {},
): TKwicLine[] {
  const wanted = tokenizeDutch(term)[0];
  if (wanted === undefined) return [];
  const stem = snowballStemCache();
  const key = match === 'stem' ? stem(wanted) : wanted;
  const lines: TKwicLine[] = [];
  for (const { id, text } of texts) {
    const tokens = tokenizeDutchWithOffsets(text);
    tokens.forEach((token, i) => {
      if ((match === 'stem' ? stem(token.word) : token.word) !== key) return;
      const from = tokens[Math.max(0, i - window)]!.start;
      const to = tokens[Math.min(tokens.length - 1, i + window)]!.end;
      lines.push({
        storyId: id,
        left: text.slice(from, token.start).trim(),
        keyword: text.slice(token.start, token.end),
        right: text.slice(token.end, Math.max(token.end, to)).trim(),
        offset: token.start,
      });
    });
  }
  return lines;
}
