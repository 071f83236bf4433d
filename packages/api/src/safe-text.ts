/**
 * Text people type is stored as typed, except for characters that only do harm:
 *
 * - a lone surrogate (half of an emoji, cut by a copy or a bad client) cannot be stored as
 *   UTF-8: SQLite would silently make it U+FFFD on the way in, so we do it visibly here;
 * - NUL and other control characters (but tab and line breaks) cut text short in C tools,
 *   exports and terminals, and no keyboard types them;
 * - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make
 *   a title in the portal's list read backwards or hide what follows it ("Trojan Source").
 *   The marks U+200E and U+200F, which right-to-left writers do use, stay.
 */
export function neutraliseText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(HARMFUL, '');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HARMFUL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
