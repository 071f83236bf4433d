/**
 * Dutch function words, left out of word counts and keyness. Based on the Snowball Dutch
 * stop list, with the informal forms of told stories added ("m'n", "we", "'t"). Negations
 * are NOT stop words: "niet geholpen" and "geholpen" say opposite things, so the words of
 * `DUTCH_NEGATIONS` (among them "niet" and "geen", which the Snowball list drops) stay.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // Snowball Dutch stop list, less the negations "niet", "geen", "niets", "zonder".
    'de en van ik te dat die in een hij het zijn is was op aan met als voor had er maar om',
    'hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar',
    'naar heb hoe heeft hebben deze u want nog zal me zij nu ge omdat iets worden toch al',
    'waren veel meer doen toen moet ben kan hun dus alles onder ja eens hier wie werd altijd',
    'doch wordt wezen kunnen ons zelf tegen na reeds wil kon uw iemand geweest andere',
    // Informal and frequent forms in told stories.
    "we wij jij jou jouw jullie onze hen zo'n m'n z'n d'r 't 's 'n 'k wel nou even waar",
    'waarom wanneer zoals tussen tijdens sinds daarna daarom hebt hadden ging gingen word',
    'werden zullen zouden konden moest moesten mocht mag',
  ]
    .join(' ')
    .split(' '),
);

/** The negations that stop lists usually drop and this one keeps. */
export const DUTCH_NEGATIONS: readonly string[] = [
  'niet',
  'geen',
  'niets',
  'niks',
  'nooit',
  'niemand',
  'nergens',
  'zonder',
];

export function isDutchStopWord(word: string): boolean {
  return DUTCH_STOP_WORDS.has(word);
}
