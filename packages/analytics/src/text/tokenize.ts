/** A word as found in a text, with where it stands (UTF-16 offsets, end exclusive). */
export interface TToken {
  /** Lower-case, diacritics kept ("één", "geïnteresseerd"), curly apostrophes made straight. */
  word: string;
  start: number;
  end: number;
}

/**
 * Runs of letters and digits, joined by an inner apostrophe or hyphen ("m'n", "auto's",
 * "jeugd-ggz"), and the Dutch clitics that start with an apostrophe ("'s", "'t", "'n").
 */
const WORD = /['’](?:s|t|n|k|m|r)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;

/**
 * Dutch words with their positions. Numbers, and words glued to digits ("12-jarige",
 * "3e"), are dropped: in stories they are ages and dates, which say little and may
 * identify someone.
 */
export function tokenizeDutchWithOffsets(text: string): TToken[] {
  const tokens: TToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    if (DIGIT.test(raw)) continue;
    // NFC so that a decomposed "e + ¨" counts as the same word as "ë".
    const word = raw.normalize('NFC').toLocaleLowerCase('nl').replaceAll('’', "'");
    const start = match.index;
    tokens.push({ word, start, end: start + raw.length });
  }
  return tokens;
}

/** The words of a Dutch text, lower-case, in order. */
export function tokenizeDutch(text: string): string[] {
  return tokenizeDutchWithOffsets(text).map((t) => t.word);
}
