import { snowballStemCache } from './stem-cache';
import { isDutchStopWord } from './stop-words';
import { tokenizeDutch } from './tokenize';

/** A text with the id of the story it belongs to. */
export interface TTextDocument {
  id: string;
  text: string;
}

export interface TWordCountOptions {
  /** Leave out Dutch stop words (negations are kept). Default true. */
  dropStopWords?: boolean;
  /** Words shorter than this are left out. Default 2. */
  minLength?: number;
}

/** How often a stem occurs, labelled with the form people wrote most. */
export interface TWordFrequency {
  stem: string;
  /** The most frequent surface form of the stem (alphabetically first on a tie). */
  label: string;
  /** Occurrences. */
  count: number;
  /** Number of texts it occurs in. */
  documents: number;
}

/** Counts of stems and their surface forms over a set of texts. */
export interface TStemCounts {
  counts: Map<string, number>;
  documents: Map<string, number>;
  forms: Map<string, Map<string, number>>;
  /** Words counted (after dropping stop words): the corpus size for keyness. */
  tokens: number;
}

export function countStems(
  texts: Iterable<TTextDocument | string>,
  { dropStopWords = true, minLength = 2 }: TWordCountOptions = {},
): TStemCounts {
  const stem = snowballStemCache();
  const counts = new Map<string, number>();
  const documents = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  let tokens = 0;
  for (const document of texts) {
    const seen = new Set<string>();
    for (const word of tokenizeDutch(typeof document === 'string' ? document : document.text)) {
      if (word.length < minLength || (dropStopWords && isDutchStopWord(word))) continue;
      const s = stem(word);
      tokens++;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      let byForm = forms.get(s);
      if (!byForm) {
        byForm = new Map();
        forms.set(s, byForm);
      }
      byForm.set(word, (byForm.get(word) ?? 0) + 1);
      if (!seen.has(s)) {
        seen.add(s);
        documents.set(s, (documents.get(s) ?? 0) + 1);
      }
    }
  }
  return { counts, documents, forms, tokens };
}

/** The label of a stem: its most frequent form, alphabetically first on a tie. */
export function stemLabel(forms: Map<string, number> | undefined, stem: string): string {
  let label = stem;
  let best = -1;
  for (const [form, count] of forms ?? []) {
    if (count > best || (count === best && form.localeCompare(label, 'nl') < 0)) {
      label = form;
      best = count;
    }
  }
  return label;
}

/** Word frequencies by stem, most frequent first (then by label). */
export function wordFrequencies(
  texts: Iterable<TTextDocument | string>,
  options: TWordCountOptions = {},
): TWordFrequency[] {
  const { counts, documents, forms } = countStems(texts, options);
  return [...counts]
    .map(([stem, count]) => ({
      stem,
      label: stemLabel(forms.get(stem), stem),
      count,
      documents: documents.get(stem) ?? 0,
    }))
    .sort((x, y) => y.count - x.count || x.label.localeCompare(y.label, 'nl'));
}
