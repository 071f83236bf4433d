import {
  KNOWN_DISABILITY_CARE,
  KNOWN_HOSPITALS,
  KNOWN_INSTITUTIONS,
  KNOWN_MENTAL_HEALTH,
  WORD_LIKE_NAMES,
} from '../data/institutions';
import type { TPersonalDataSpan } from '../kinds';
import { type TToken, tokenize } from '../text';

// Dutch writes "ij" and "y" for one sound ("Careyn", "Careijn"; "Nijmegen", "Nymegen").
const spellingKey = (token: TToken) => token.key.replaceAll('y', 'ij');

type TEntry = {
  keys: string[];
  /** For a word-like name, each word as written ("MEE", "Veilig"): its case must match. */
  cases: (string | undefined)[];
  wordLike: (typeof WORD_LIKE_NAMES)[string] | undefined;
  /** An apostrophe before the first word ("'s Heeren Loo"), which the words leave out. */
  lead: number;
};
const caseOf = (word: string) =>
  word === word.toUpperCase() ? 'upper' : /^\p{Lu}/u.test(word) ? 'capital' : 'lower';

/**
 * The known names, indexed by their first word: a story is tokenised once and each word looked
 * up, instead of one pattern per name run over the whole text (hundreds of names).
 */
const INDEX = new Map<string, TEntry[]>();
for (const name of [
  ...KNOWN_INSTITUTIONS,
  ...KNOWN_MENTAL_HEALTH,
  ...KNOWN_DISABILITY_CARE,
  ...KNOWN_HOSPITALS,
]) {
  const tokens = tokenize(name);
  const wordLike = WORD_LIKE_NAMES[name];
  const entry: TEntry = {
    keys: tokens.map(spellingKey),
    cases: tokens.map((token) => (wordLike ? caseOf(token.text) : undefined)),
    wordLike,
    lead: tokens[0]!.start,
  };
  const list = INDEX.get(entry.keys[0]!) ?? [];
  list.push(entry);
  // Longest first, so that "Entrea Lindenhout" wins over "Entrea".
  list.sort((a, b) => b.keys.length - a.keys.length);
  INDEX.set(entry.keys[0]!, list);
}

// Between the words of a name: spaces, or a hyphen, full stop or ampersand with spaces around
// ("Ouder- en Kindteam", "St. Antonius").
const GAP = /^[ \u00a0]*[-.&]?[ \u00a0]*$/u;

/** Known youth-care providers and hospitals by name (`src/data/institutions.ts`). */
export function findKnownInstitutions(
  text: string,
  tokens: TToken[] = tokenize(text),
): TPersonalDataSpan[] {
  const spans: TPersonalDataSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = INDEX.get(spellingKey(tokens[i]!));
    if (!candidates) continue;
    for (const entry of candidates) {
      if (!matchesAt(text, tokens, i, entry)) continue;
      // A known name that is also a word ("Karakter") says nothing at the start of a sentence,
      // unless the word is a count noun, which would need an article there ("Meander belde").
      if (entry.wordLike === 'word' && entry.keys.length === 1 && tokens[i]!.sentenceInitial)
        continue;
      const last = tokens[i + entry.keys.length - 1]!;
      const start = tokens[i]!.start - entry.lead;
      if (/[\p{N}]/u.test(text[last.end] ?? '') || /[\p{N}]/u.test(text[start - 1] ?? '')) continue;
      spans.push({ start, end: last.end, kind: 'institution' });
      i += entry.keys.length - 1;
      break;
    }
  }
  return spans;
}

function matchesAt(text: string, tokens: TToken[], i: number, entry: TEntry): boolean {
  if (i + entry.keys.length > tokens.length) return false;
  if (entry.lead && !/['’]/u.test(text[tokens[i]!.start - 1] ?? '')) return false;
  for (let k = 0; k < entry.keys.length; k++) {
    const token = tokens[i + k]!;
    if (spellingKey(token) !== entry.keys[k]) return false;
    if (entry.cases[k] && caseOf(token.text) !== entry.cases[k]) return false;
    if (k > 0 && !GAP.test(text.slice(tokens[i + k - 1]!.end, token.start))) return false;
  }
  return true;
}
