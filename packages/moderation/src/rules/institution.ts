import { PROPER_NAMES } from '../data/names';
import type { TPersonalDataSpan } from '../kinds';
import { regex } from '../regex';
import { FUNCTION_WORDS, nameKey, type TToken } from '../text';
import { findKnownInstitutions } from './known-institution';

// Words that make what follows or precedes them the name of a school or care institution. A
// story saying "de school" or "de GGZ" names no one; "basisschool De Regenboog", "GGZ Breburg"
// and "het Da Vinci College" name a place where a child can be found, so the keyword must come
// with a capitalised name.
const HEADS =
  'basisschool|school|obs|cbs|pcbs|rkbs|kbs|sbo|so|vso|college|lyceum|gymnasium|atheneum|kliniek|stichting|ziekenhuis|kinderziekenhuis|jeugdzorg|ggz|jeugd-ggz|ggz-instelling|praktijk|huisartsenpraktijk|woonvoorziening|zorginstelling|verpleeghuis|zorgcentrum|revalidatiecentrum|umc|mc|kinderdagverblijf|kdv|bso|peuterspeelzaal|gezinshuis|woongroep|zorgboerderij|cjg|wijkteam|jeugdteam|jeugdteams|behandelcentrum|centrum|instelling|jeugdhulp|jeugdbescherming|orthopedagogisch centrum|kinderopvang|opvang|internaat|dagbehandeling|crisisopvang|polikliniek|zorggroep|scholengemeenschap|academie|universiteit|hogeschool';
const TAILS =
  'college|lyceum|gymnasium|atheneum|school|basisschool|scholengemeenschap|ziekenhuis|kinderziekenhuis|kliniek|mc|umc|academie|stichting|jeugdzorg|ggz|jeugdhulp|instituut|kinderopvang|hogeschool|universiteit|huisartsenpraktijk|huisartspraktijk|huisartsen|praktijk|revalidatiecentrum|hospitaal|medisch centrum|gasthuis|ziekenhuisgroep';
// "Centrum" names an institution only with its capital after a name ("Prinses Máxima Centrum");
// in lower case it is a town centre.
const CAPITAL_TAILS = 'Centrum|Medisch Centrum|Kinderziekenhuis|Ziekenhuis';
// A compound whose last part is the keyword, written with a capital: "Regenboogschool",
// "Beatrixziekenhuis", "Marnixcollege".
const COMPOUND = 'school|college|lyceum|kliniek|ziekenhuis|kinderziekenhuis|gymnasium|academie';

// One word of a name: capitalised, an acronym, or an inner lower-case particle ("Raad voor de
// Kinderbescherming", "Johan de Witt", "Centrum voor Jeugd en Gezin").
// An abbreviation with a full stop ("St. Jozef") only before another capitalised word, so that a
// sentence's full stop never ends up in the name. Words are bounded in length (no name has 40
// letters) so that a pasted run of text cannot make the search quadratic.
const NAME_WORD = String.raw`(?:\p{Lu}\p{Ll}{0,2}\.(?=[ ]\p{Lu})|\p{Lu}[\p{L}'’&-]{0,40}|'s|'t)`;
const PARTICLE = `(?:de|het|van|der|den|voor|en|aan|op|'t)`;
const NAME = `${NAME_WORD}(?:[ ](?:${PARTICLE}[ ]){0,2}${NAME_WORD}){0,4}`;

/** Every letter of each alternative in either case: "GGZ", "ggz" and "Ggz" are one keyword. */
const anyCase = (alternatives: string) =>
  alternatives.replace(/\p{Ll}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
/**
 * Schools and care institutions: a keyword followed by a name ("basisschool De Regenboog",
 * "kliniek De Hoop", "GGZ Breburg", "stichting Jeugdbelang"), a name followed by a keyword
 * ("Da Vinci College", "Erasmus MC", "Albert Schweitzer ziekenhuis"), a capitalised compound
 * ending in one ("Regenboogschool"), and the known providers of youth care by name.
 */
export function findInstitutions(text: string, tokens?: TToken[]): TPersonalDataSpan[] {
  const spans: TPersonalDataSpan[] = [];
  const push = (start: number, end: number) => spans.push({ start, end, kind: 'institution' });

  const headThenName = regex(
    String.raw`(?<![\p{L}])(?:${anyCase(HEADS)})[ ](?:(?:[dD]e|[hH]et|'t)[ ])?(${NAME})`,
    'gud',
  );
  for (const match of text.matchAll(headThenName)) {
    const name = match.indices![1]!;
    const words = trailingNameWords(text.slice(name[0], name[1]));
    // The name must hold a real capitalised word that is not a sentence word ("school. Daarna").
    if (!words || !/\p{Lu}/u.test(text.slice(name[0], name[0] + words))) continue;
    if (/[.!?]\s*$/u.test(text.slice(match.index, name[0]))) continue;
    push(match.index, name[0] + words);
  }
  // Lower-case names after the keywords that are nearly always followed by a name when they
  // are followed by an article: "basisschool de regenboog", "kliniek de hoop".
  for (const match of text.matchAll(
    /(?<![\p{L}])(?:basisschool|obs|cbs|kbs|sbo|kliniek|stichting|kinderdagverblijf|gezinshuis|zorgboerderij|woongroep)[ ](?:de|het|'t)[ ](\p{Ll}{3,})(?![\p{L}])/giu,
  )) {
    if (
      !FUNCTION_WORDS.has(match[1]!.toLowerCase()) &&
      !/^(?:hele|heel|zelfde|buurt|wijk|stad)$/.test(match[1]!)
    ) {
      push(match.index, match.index + match[0].length);
    }
  }
  // Hospital acronyms built on "MC" ("UMCU", "LUMC", "UMCG", "MMC", "VUmc") and "UMC" itself.
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}])(?:[A-Z]{0,3}MC[A-Z+]?|VUmc|Radboudumc)(?![\p{L}\p{N}])/gu,
  )) {
    push(match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(
    regex(String.raw`(?<![\p{L}])(${NAME})[ ](?:${CAPITAL_TAILS})(?![\p{L}])`, 'gud'),
  )) {
    const group = match.indices![1]!;
    const words = text.slice(group[0], group[1]).split(' ');
    let start = group[0];
    while (words.length > 1 && FUNCTION_WORDS.has(words[0]!.toLowerCase()))
      start += words.shift()!.length + 1;
    if (words.length === 1 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) continue;
    if (onlyDescribes(words) && !namedAfter(text, match.index + match[0].length)) continue;
    push(start, match.index + match[0].length);
  }
  const nameThenTail = regex(
    String.raw`(?<![\p{L}])(${NAME})[ -](?:${anyCase(TAILS)})(?![\p{L}])`,
    'gud',
  );
  for (const match of text.matchAll(nameThenTail)) {
    const group = match.indices![1]!;
    let start = group[0];
    // Leading sentence words are not part of the name: "Daarna Da Vinci College" → "Da Vinci".
    const words = text.slice(group[0], group[1]).split(' ');
    while (
      words.length > 1 &&
      (FUNCTION_WORDS.has(words[0]!.toLowerCase()) || /^\p{Ll}/u.test(words[0]!))
    ) {
      start += words.shift()!.length + 1;
    }
    if (words.length === 1 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) continue;
    if (onlyDescribes(words) && !namedAfter(text, match.index + match[0].length)) continue;
    // "MC" and "UMC" stay with their capitals: "mc" in running text is an abbreviation of many.
    const tail = text.slice(group[1] + 1, match.index + match[0].length);
    if (/^(?:mc|umc)$/i.test(tail) && tail !== tail.toUpperCase()) continue;
    push(start, match.index + match[0].length);
  }
  for (const match of text.matchAll(
    regex(String.raw`(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?:${COMPOUND})(?![\p{L}])`, 'gu'),
  )) {
    if (!/^(?:Basisschool|Middelbare|Hogeschool|Kinderziekenhuis|Dagschool)$/u.test(match[0])) {
      push(match.index, match.index + match[0].length);
    }
  }
  // A capitalised article in mid-sentence starts a proper name: "ze zit op De Werf", "bij Het
  // Baken", "de school van mijn zoon, De Toermalijn,". Surnames with "De" are left to the name
  // rules ("mevrouw De Jong").
  for (const match of text.matchAll(
    /(?<=\p{Ll},?[ ])(?:De|Het|'t)[ ](\p{Lu}\p{Ll}{2,}(?:[ ]\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu,
  )) {
    const before = text.slice(Math.max(0, match.index - 12), match.index).toLowerCase();
    if (
      /(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|juf|meester|dokter|dr\.?|familie|fam\.?)[ ]$/u.test(
        before,
      )
    )
      continue;
    if (isSurname(match[1]!.split(' ')[0]!)) continue;
    push(match.index, match.index + match[0].length);
  }
  // A part of a hospital "van het" a capitalised name names the hospital: "de poli van het
  // Spaarne", "de kinderafdeling van het Rivas". Generic words written with a capital ("van het
  // Ziekenhuis", "van het Jeugdteam") name none.
  for (const match of text.matchAll(
    regex(
      String.raw`(?<![\p{L}])(?:${anyCase(PARTS_OF_A_HOSPITAL)})[ ]van[ ](?:het|'t)[ ](\p{Lu}\p{Ll}{2,}(?:[ ]\p{Lu}\p{Ll}+)?)(?![\p{L}])`,
      'gdu',
    ),
  )) {
    const words = match[1]!.toLowerCase().split(' ');
    if (
      words.some(
        (word) => FUNCTION_WORDS.has(word) || DESCRIPTIONS.has(word) || GENERIC_HEADS.has(word),
      )
    )
      continue;
    if (words.some((word) => GENERIC_TAIL.test(word))) continue;
    push(match.indices![1]![0], match.indices![1]![1]);
  }
  spans.push(...findKnownInstitutions(text, tokens));
  return spans;
}

const PARTS_OF_A_HOSPITAL =
  'kliniek|poli|polikliniek|kinderpoli|afdeling|kinderafdeling|spoedeisende hulp|seh|eerste hulp|ic|kinder-ic|nicu|picu|dagbehandeling|kinderarts|kinderartsen|gipskamer|couveuseafdeling|verloskamer';
const GENERIC_HEADS = new Set(HEADS.split('|'));
// Compounds ending in a generic word: "Kinderziekenhuis", "Jeugdteam", "Gezondheidscentrum".
const GENERIC_TAIL = /(?:ziekenhuis|team|centrum|kliniek|instelling|zorg|hulp|huis)$/u;

// Words that say what kind of hospital it is, written with capitals as if a name: "het Medisch
// Centrum", "een Academisch Ziekenhuis", "de Spoedeisende Hulp van het Medisch Centrum". Only with
// a name among them ("Meander Medisch Centrum", "Academisch Ziekenhuis Utrecht") is one named.
const DESCRIPTIONS = new Set(
  `medisch medische academisch academische algemeen algemene universitair universitaire regionaal
  regionale psychiatrisch psychiatrische spoedeisende hulp eerste poli polikliniek afdeling
  kinderafdeling groot grote klein kleine nieuw nieuwe`.split(/\s+/),
);
const onlyDescribes = (words: readonly string[]) =>
  words.every(
    (word) => DESCRIPTIONS.has(word.toLowerCase()) || /^(?:van|het|de|der|voor)$/u.test(word),
  );

// "Academisch Ziekenhuis Utrecht": the name follows the description.
const namedAfter = (text: string, end: number) => /^[ ]\p{Lu}/u.test(text.slice(end, end + 2));

const SURNAMES = new Set(PROPER_NAMES.split(' '));
const isSurname = (word: string) => SURNAMES.has(nameKey(word));

/** Length of the name's words up to the last one that is not a sentence word. */
function trailingNameWords(name: string): number {
  const words = name.split(' ');
  while (words.length && FUNCTION_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  while (words.length && /^(?:de|het|van|der|den|voor|en|aan|op|'t)$/u.test(words.at(-1)!))
    words.pop();
  return words.join(' ').length;
}
