import { stemDutch } from './snowball-dutch';

/**
 * A stemmer that remembers: a corpus repeats the same few thousand words, so each is
 * stemmed once per call site.
 */
export function snowballStemCache(): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let stem = cache.get(word);
    if (stem === undefined) {
      stem = stemDutch(word);
      cache.set(word, stem);
    }
    return stem;
  };
}
