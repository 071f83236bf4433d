import type { TPersonalDataSpan } from '../kinds';
import { regex } from '../regex';

// Two-letter words and units that follow a number in ordinary Dutch ("in 2011 is", "1250 mg").
// A lower-case or mixed "postcode" made of one of these is a year or an amount, not a postcode.
const NOT_POSTCODE_LETTERS = new Set(
  `aa al as af ah au da de di do eh en er es ga ha he ik in is ja je jo la ma me mi na ne nu of oh
  ok om on op pa re so te to ui uw we wc ze zo mg kg km cm mm ml gr ct pm am uu`.split(/\s+/),
);
const UNITS = new Set(['mg', 'kg', 'km', 'cm', 'mm', 'ml', 'gr', 'ct', 'pm', 'am']);
const HOUSE_NUMBER = String.raw`[1-9]\d{0,3}(?:[ ]?[-/][ ]?\d{1,4}|[ ]?[a-zA-Z](?![\p{L}\p{N}]))?(?:[ ]?(?:hs|bis|zw|rd|II|III)(?![\p{L}]))?`;
// A number that counts something is not a house number: "de dijk 2 keer op en neer".
const NOT_A_HOUSE_NUMBER = String.raw`(?![ ]?(?:keer|x|uur|min|minuten|dagen|nachten|weken|maanden|jaar|jaren|euro|kilo|km|meter|procent|%|kinderen|mensen|gesprekken|sessies|afspraken)(?![\p{L}]))`;

/**
 * Postcodes: four digits (the first not 0) and two letters, with or without a space, and the
 * house number when it follows ("3311 AB 12", "3311ab 12"). SA, SD and SS are never issued. In
 * capitals any pair counts; in lower case a pair that is a Dutch word or unit is read as such.
 */
export function findPostcodes(text: string): TPersonalDataSpan[] {
  const pattern = regex(
    String.raw`(?<![\p{L}\p{N}])[1-9]\d{3}([ ]?)([A-Za-z]{2})(?![\p{L}\p{N}])(?:,?[ ]${HOUSE_NUMBER}${NOT_A_HOUSE_NUMBER}(?![\p{N}]))?`,
    'gu',
  );
  const spans: TPersonalDataSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    const letters = match[2]!;
    if (/^(SA|SD|SS)$/i.test(letters)) continue;
    // Joined to the digits ("3311ab") the letters are not a word, but a lower-case unit still is.
    const isWord = match[1] ? NOT_POSTCODE_LETTERS.has(letters.toLowerCase()) : UNITS.has(letters);
    if (letters !== letters.toUpperCase() && isWord) {
      continue;
    }
    // "1990 EN" in capitals: a year and a shouted word, unless written without a space.
    if (match[1] && NOT_POSTCODE_LETTERS.has(letters.toLowerCase()) && letters !== 'AA') continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'postcode' });
  }
  return spans;
}

// The last part of Dutch street names. Long, specific ones first, so that "Dordtsestraatweg"
// is read as one street. A street without a number counts only with these suffixes and a
// capital, because "weg", "park" or "hof" alone are common words.
// People abbreviate the suffix in addresses ("Kerkstr. 4", "Stationsln 2"), and Frisian streets
// end in "strjitte", "wei", "leane", "paad", "dyk".
const STREET_SUFFIXES =
  'str\\.?|ln\\.?|wg\\.?|pln\\.?|plnts\\.?|sngl\\.?|gr\\.?|hf\\.?|pd\\.?|prk\\.?|mrkt\\.?|stg\\.?|drf\\.?|dyk|strjitte|wei|leane|paad|straatweg|rijksstraatweg|straat|straatje|laan|laantje|weg|plein|pleintje|gracht|kade|dijk|singel|hof|park|dreef|pad|steeg|markt|plantsoen|baan|ring|wal|erf|haven|boulevard|allee|oord|akker|weide|zoom|donk|burg|kamp|lei|dam|gaarde|hage|werf|wetering|vaart|zijde|poort|hoeve|veste|bolwerk|dwarsstraat';
const NUMBERLESS_SUFFIXES =
  'straatweg|straat|laan|weg|plein|gracht|kade|dijk|singel|dreef|steeg|plantsoen|boulevard|allee|dwarsstraat';
// Words before the street word that belong to its name: "Burgemeester de Raadtsingel",
// "Prins Hendrikstraat", "2e Jan Steenstraat", "Dr. Schaepmanstraat", "Van Ostadestraat".
const STREET_LEAD = String.raw`(?:(?:\p{Lu}[\p{L}'’-]{0,40}\.?|\d{1,2}e|van|de|der|den|'t|ter|ten)[ ]){0,3}`;
const LEAD_STOP =
  /^(?:Op|In|Aan|Naar|Bij|Via|Langs|Over|Uit|Van|De|Het|Een|Ik|We|Wij|Ze|Zij|Hij|Mijn|Onze|Ons|Toen|Daarna|En|Maar|Bel|Kom)$/u;

/**
 * Street addresses: a street name with a Dutch street suffix and a house number, in any case
 * ("Dordtsestraatweg 12a", "kerkstraat 4"); a capitalised street name without number after a
 * preposition or article ("we woonden aan de Kerkstraat"); any capitalised name with a number
 * after "op de" / "aan de" ("op de Oude Rijn 34"); and PO boxes ("Postbus 123").
 */
export function findAddresses(text: string): TPersonalDataSpan[] {
  const spans: TPersonalDataSpan[] = [];
  const numbered = regex(
    String.raw`(?<![\p{L}\p{N}])(${STREET_LEAD})([\p{L}'’-]{0,40}\p{L}{2}(?:${STREET_SUFFIXES}))[ ]${HOUSE_NUMBER}${NOT_A_HOUSE_NUMBER}(?![\p{N}])`,
    'giu',
  );
  for (const match of text.matchAll(numbered)) {
    spans.push(trimLead(match.index, match[0], match[1]!, 'address'));
  }
  const numberless = regex(
    String.raw`(?<=\b(?:de|het|op|aan|in|naar|langs|via|bij|uit|over|vanaf|van)[ ])(${STREET_LEAD})(\p{Lu}[\p{L}'’-]{0,40}\p{Ll}{2}(?:${NUMBERLESS_SUFFIXES}))(?![\p{L}\p{N}])`,
    'gu',
  );
  for (const match of text.matchAll(numberless)) {
    spans.push(trimLead(match.index, match[0], match[1]!, 'address'));
  }
  const afterPreposition = regex(
    String.raw`(?<=\b(?:[oO]p|[aA]an)[ ]de[ ])\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?[ ]${HOUSE_NUMBER}${NOT_A_HOUSE_NUMBER}(?![\p{N}])`,
    'gu',
  );
  for (const match of text.matchAll(afterPreposition)) {
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'address' });
  }
  // A street named with its article, capitalised in mid-sentence, and a number: "naar Het Hooge
  // Land 12", "op De Kolk 3". The article is part of the name then.
  const namedWithArticle = regex(
    String.raw`(?<=\b(?:op|aan|naar|in|bij|van|vanaf|via)[ ])(?:De|Het|'t)[ ]\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?[ ]${HOUSE_NUMBER}${NOT_A_HOUSE_NUMBER}(?![\p{N}])`,
    'gu',
  );
  for (const match of text.matchAll(namedWithArticle)) {
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'address' });
  }
  // Streets named "Laan van …", "Plein van …": "Laan van Europa 1500", "Hof van Holland 3".
  for (const match of text.matchAll(
    regex(
      String.raw`(?<![\p{L}])(?:Laan|Plein|Hof|Park|Kade|Dreef)[ ]van[ ](?:(?:de|het|der|den)[ ])?\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?[ ]${HOUSE_NUMBER}${NOT_A_HOUSE_NUMBER}(?![\p{N}])`,
      'gu',
    ),
  )) {
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'address' });
  }
  for (const match of text.matchAll(/\b[Pp]ostbus[ ]\d{1,6}(?!\d)/gu)) {
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'address' });
  }
  return spans;
}

/** Drops leading words of a street's lead that are sentence words, not part of its name. */
const STREET_PARTICLES = new Set(['van', 'de', 'der', 'den', "'t", 'ter', 'ten']);

function trimLead(
  index: number,
  whole: string,
  lead: string,
  kind: TPersonalDataSpan['kind'],
): TPersonalDataSpan {
  // The name starts after the last sentence word: "bij Jeugdformaat in Dordtsestraatweg 8" gives
  // "Dordtsestraatweg 8"; particles stay ("Burgemeester de Raadtsingel").
  const words = lead.split(' ').filter(Boolean);
  let first = 0;
  words.forEach((word, i) => {
    if (LEAD_STOP.test(word) || (/^\p{Ll}/u.test(word) && !STREET_PARTICLES.has(word)))
      first = i + 1;
  });
  while (first < words.length && STREET_PARTICLES.has(words[first]!)) first++;
  const skip = words.slice(0, first).reduce((length, word) => length + word.length + 1, 0);
  return { start: index + skip, end: index + whole.length, kind };
}
