/** Lower case without diacritics and with the Dutch ligature spelt out: the key of every list. */
export function nameKey(word: string): string {
  return word
    .replaceAll('ĳ', 'ij')
    .replaceAll('Ĳ', 'IJ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

export type TToken = {
  text: string;
  start: number;
  end: number;
  /** `nameKey` of the word without a possessive ending (`Bas'`, `Daan's`). */
  key: string;
  capitalised: boolean;
  /** First word of a sentence: capitalised for grammar, so capitals say nothing about a name. */
  sentenceInitial: boolean;
};

// Abbreviations whose full stop does not end a sentence ("dr. Visser", "mevr. de Jong").
const ABBREVIATIONS = new Set([
  'dr',
  'drs',
  'mr',
  'mw',
  'mevr',
  'dhr',
  'hr',
  'ir',
  'ing',
  'prof',
  'st',
  'bijv',
  'bv',
  'ca',
  'nr',
  'tel',
  'jl',
  'vd',
  'v.d',
  'o.a',
]);

/**
 * Words with their offsets. A word is letters with inner apostrophes or hyphens ("d'Sluis",
 * "Jan-Willem", "z'n"). Offsets are UTF-16 positions, as everywhere in this package, so an emoji
 * before a name moves it by two.
 */
export function tokenize(text: string): TToken[] {
  const tokens: TToken[] = [];
  const word = /[\p{L}\p{M}](?:[\p{L}\p{M}]|['’-](?=\p{L}))*['’]?/gu;
  for (const match of text.matchAll(word)) {
    const start = match.index;
    const raw = match[0];
    const bare = raw.replace(/['’](s)?$/u, '');
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key: nameKey(bare),
      capitalised: /^\p{Lu}/u.test(raw),
      sentenceInitial: isSentenceStart(text, start, tokens.at(-1)),
    });
  }
  return tokens;
}

function isSentenceStart(text: string, start: number, previous: TToken | undefined): boolean {
  const before = text.slice(previous ? previous.end : 0, start);
  if (!previous) return /^[\s\p{P}\p{S}\d]*$/u.test(before);
  if (/[\n!?:;•]|\.\.\./u.test(before)) return true;
  // An opening quote starts a sentence of its own: `ze zei "Hoop doet leven"`.
  if (/["“„‘(]\s*$/u.test(before)) return true;
  if (!before.includes('.')) return false;
  // "dr. Visser", "A. Visser": a full stop after an abbreviation or an initial.
  return !(ABBREVIATIONS.has(previous.key) || /^\p{Lu}$/u.test(previous.text));
}

/**
 * Dutch function words, pronouns, auxiliaries and sentence adverbs. A capitalised one is a
 * sentence start or an exclamation, never a surname or part of a school's name.
 */
export const FUNCTION_WORDS = new Set(
  `de het een en of maar want dus toen daarna daar hier die dat deze dit ik jij je u hij zij ze wij
  we jullie hun hen mijn m'n onze ons zijn z'n haar d'r uw wat wie waar waarom hoe wanneer als
  omdat nadat voordat terwijl hoewel ook nog al niet geen wel heel erg zo zeer nu dan toch even echt
  gewoon soms vaak altijd nooit eerst later alles niets iets iemand niemand in op aan bij met van
  voor na naar uit over onder tussen door om tot zonder tegen sinds tijdens binnen buiten ja nee
  oke oké hoi hallo dag beste lieve groetjes groet gelukkig helaas inmiddels uiteindelijk eindelijk
  opeens ineens eigenlijk natuurlijk misschien daardoor daarom verder vooral alleen samen sommige
  veel weinig meer minder elke ieder iedereen is was ben bent heb hebt heeft had hadden hebben werd
  werden word wordt worden kan kon kunnen moet moest moeten wil wilde willen zou zouden zal zullen
  ga gaat ging gingen kreeg kregen krijg krijgt zei zeiden zegt zeg vond vind vindt kwam kwamen komt
  kom mag mocht er zich mij me jou hem zelf dezelfde hetzelfde andere ander nieuwe oude eerste
  laatste volgende vorige hele goed slecht boos blij bang moe ziek zeker waarschijnlijk wellicht
  mama papa mam pap`
    .split(/\s+/)
    .filter(Boolean),
);
