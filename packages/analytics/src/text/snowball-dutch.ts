/**
 * The Snowball Dutch stemmer (Martin Porter's Dutch algorithm, snowballstem.org; in
 * Snowball ≥ 3 it is named `dutch_porter`, in libstemmer 2.x `dutch`). Implemented from
 * the published description: prelude (accents off, i/y between vowels marked), regions
 * R1/R2, steps 1–4, postlude. Input is one lower-case word.
 */

const VOWELS = 'aeiouyè';

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** Acute and diaeresis accents are removed before stemming; è is kept (it is a vowel here). */
const ACCENTS: Record<string, string> = {
  ä: 'a',
  á: 'a',
  ë: 'e',
  é: 'e',
  ï: 'i',
  í: 'i',
  ö: 'o',
  ó: 'o',
  ü: 'u',
  ú: 'u',
};

function prelude(word: string): string[] {
  const chars = Array.from(word, (ch) => ACCENTS[ch] ?? ch);
  if (chars[0] === 'y') chars[0] = 'Y';
  // i between vowels and y after a vowel become consonants (I, Y) for the regions.
  let cursor = 0;
  while (cursor < chars.length) {
    while (cursor < chars.length && !isVowel(chars[cursor])) cursor++;
    if (cursor >= chars.length) break;
    cursor++;
    if (chars[cursor] === 'i') {
      if (isVowel(chars[cursor + 1])) chars[cursor] = 'I';
      cursor++;
    } else if (chars[cursor] === 'y') {
      chars[cursor] = 'Y';
      cursor++;
    }
  }
  return chars;
}

/** R1 starts after the first non-vowel that follows a vowel, at least at 3; R2 likewise after R1. */
function markRegions(chars: readonly string[]): { p1: number; p2: number } {
  const n = chars.length;
  const none = { p1: n, p2: n };
  if (n < 3) return none;
  const gopast = (from: number, vowel: boolean) => {
    let i = from;
    while (i < n && isVowel(chars[i]) !== vowel) i++;
    return i < n ? i + 1 : -1;
  };
  const afterVowel = gopast(0, true);
  if (afterVowel < 0) return none;
  const r1 = gopast(afterVowel, false);
  if (r1 < 0) return none;
  const p1 = Math.max(r1, 3);
  const afterVowel2 = gopast(r1, true);
  const r2 = afterVowel2 < 0 ? -1 : gopast(afterVowel2, false);
  return { p1, p2: r2 < 0 ? n : r2 };
}

export function stemDutch(word: string): string {
  const chars = prelude(word.toLocaleLowerCase('nl'));
  // Regions count letters; a letter outside the BMP would shift them, and no Dutch word has one.
  if (chars.some((ch) => ch.length > 1)) return word;
  const { p1, p2 } = markRegions(chars);
  // From here on the word is a string of single UTF-16 units for the letters that matter.
  let s = chars.join('');
  let eFound = false;

  const before = (start: number) => s[start - 1];
  const undouble = () => {
    if (s.endsWith('kk') || s.endsWith('dd') || s.endsWith('tt')) s = s.slice(0, -1);
  };
  const eEnding = () => {
    eFound = false;
    const start = s.length - 1;
    if (s.endsWith('e') && start >= p1 && before(start) !== undefined && !isVowel(before(start))) {
      s = s.slice(0, start);
      eFound = true;
      undouble();
    }
  };
  const enEnding = (length: number) => {
    const start = s.length - length;
    const head = s.slice(0, start);
    if (
      start >= p1 &&
      before(start) !== undefined &&
      !isVowel(before(start)) &&
      !head.endsWith('gem')
    ) {
      s = head;
      undouble();
    }
  };

  // Step 1
  if (s.endsWith('heden')) {
    if (s.length - 5 >= p1) s = `${s.slice(0, -5)}heid`;
  } else if (s.endsWith('ene')) enEnding(3);
  else if (s.endsWith('en')) enEnding(2);
  else if (s.endsWith('se') || s.endsWith('s')) {
    const start = s.length - (s.endsWith('se') ? 2 : 1);
    const previous = before(start);
    if (start >= p1 && previous !== undefined && !isVowel(previous) && previous !== 'j') {
      s = s.slice(0, start);
    }
  }
  // Step 2
  eEnding();
  // Step 3a
  if (s.endsWith('heid') && s.length - 4 >= p2 && before(s.length - 4) !== 'c') {
    s = s.slice(0, -4);
    if (s.endsWith('en')) enEnding(2);
  }
  // Step 3b
  const suffix = ['lijk', 'baar', 'end', 'ing', 'bar', 'ig'].find((x) => s.endsWith(x));
  if (suffix !== undefined && s.length - suffix.length >= p2) {
    const start = s.length - suffix.length;
    switch (suffix) {
      case 'end':
      case 'ing':
        s = s.slice(0, start);
        if (s.endsWith('ig') && s.length - 2 >= p2 && before(s.length - 2) !== 'e') {
          s = s.slice(0, -2);
        } else undouble();
        break;
      case 'ig':
        if (before(start) !== 'e') s = s.slice(0, start);
        break;
      case 'lijk':
        s = s.slice(0, start);
        eEnding();
        break;
      case 'baar':
        s = s.slice(0, start);
        break;
      case 'bar':
        if (eFound) s = s.slice(0, start);
        break;
    }
  }
  // Step 4: undouble a vowel between two consonants at the end ("maan" → "man").
  const n = s.length;
  const last = s[n - 1];
  const pair = s.slice(n - 3, n - 1);
  if (
    n >= 4 &&
    last !== undefined &&
    !isVowel(last) &&
    last !== 'I' &&
    (pair === 'aa' || pair === 'ee' || pair === 'oo' || pair === 'uu') &&
    !isVowel(s[n - 4])
  ) {
    s = s.slice(0, n - 2) + last;
  }
  return s.replaceAll('I', 'i').replaceAll('Y', 'y');
}
