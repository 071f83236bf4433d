import {
  AMBIGUOUS_NAMES,
  CAPITALISED_WORDS,
  FIRST_NAMES,
  NEAR_NAME_WORDS,
  PLACES,
  PROPER_NAMES,
} from '../data/names';
import type { TPersonalDataSpan } from '../kinds';
import { FUNCTION_WORDS, nameKey, type TToken, tokenize } from '../text';

const setOf = (words: string) => new Set(words.split(/\s+/).filter(Boolean));
const FIRST = setOf(FIRST_NAMES);
const PROPER = setOf(PROPER_NAMES);
const AMBIGUOUS = setOf(AMBIGUOUS_NAMES);
const NEAR_NAME = setOf(NEAR_NAME_WORDS);
const PLACE = setOf(PLACES);
const NOT_A_NAME = setOf(CAPITALISED_WORDS);

// Titles and forms of address: what follows is a name even when it is also a word ("juf Roos",
// "meneer Berg") or written in lower case ("juf anne"). Kept out of the span, so a redacted story
// still reads "juf [naam]".
const TITLES = setOf(
  'meneer mijnheer mevrouw mevr mw dhr heer juf juffrouw meester mr dokter dr drs prof ir ing zuster broeder pastoor dominee imam tante oom opa oma',
);
// Relations and roles: "mijn zoon Bas", "onze dochter roos", "de voogd Mark", "mentor Anne".
const RELATIONS = setOf(
  `zoon zoontje zoons dochter dochtertje dochters kind kindje kleinkind kleinzoon kleindochter broer
  broertje zus zusje zussen vader moeder stiefvader stiefmoeder stiefzoon stiefdochter pleegvader
  pleegmoeder pleegzoon pleegdochter pleegkind pleegouder pleegouders vriend vriendin vriendje
  vriendinnetje man vrouw ex partner neef nicht tweelingbroer tweelingzus baby jongste oudste
  voogd gezinsvoogd jeugdbeschermer mentor mentrix begeleider begeleidster hulpverlener
  jeugdconsulent consulent casemanager regisseur behandelaar psycholoog psychiater therapeut
  orthopedagoog werker werkster huisarts arts coach trainer docent leraar lerares buurvrouw
  buurman directeur jongerenwerker wijkagent agent advocaat rechter klasgenoot collega
  ambulant ambulante gezinscoach gezinsbegeleider jeugdarts verpleegkundige ib'er`,
);
// Verbs that introduce a name: "hij heet Daan", "ik ben Roos", "een jongen genaamd mark".
const NAMING_VERBS = setOf('heet heette heten genaamd noemde noemen noem ben');
// "v" and "d" are the halves of "v/d" and "v.d.", which the tokenizer splits.
const SURNAME_PARTICLES = setOf("van de der den ter ten 't la le du da di vd v d");
// Words before a capitalised name-word that make it a thing or a place, not a person: "de Hoop",
// "een Roos", "in Berg en Dal".
const NOT_PERSON_BEFORE = setOf("de het 't een the die deze dit dat in naar uit te richting");
// Parts of an institution named after a flower, a colour or a first name: "afdeling Waaier",
// "paviljoen Sterre", "leefgroep Jasmijn". The name after them is a place, not a person.
const WARD_WORDS = setOf('afdeling paviljoen unit leefgroep behandelgroep');

const isCapitalisedWord = (token: TToken) =>
  token.capitalised && token.text.length > 1 && !FUNCTION_WORDS.has(token.key);
const known = (key: string) =>
  FIRST.has(key) ||
  PROPER.has(key) ||
  (key.includes('-') && key.split('-').every((part) => FIRST.has(part) || PROPER.has(part)));

/**
 * Names of persons. The list of first names alone finds most of them; then:
 *
 * - a name that is also a word ("Roos", "Bas", "Mark", "Hoop", "Berg") counts only in a
 *   name-like context: after a title or relation ("juf Roos", "mijn zoon bas"), capitalised in
 *   the middle of a sentence and not after an article ("met Roos", not "de Hoop"), or when the
 *   same word is a name elsewhere in the story;
 * - lower-case names count ("ik belde met daan"): stories are typed on phones; for names that
 *   are words only in the contexts above;
 * - misspelt names ("Jesper" as "Jespre", "Mohamed" as "Mohammad") count by one edit from a first
 *   name, when capitalised mid-sentence or after a title or relation, and not when the word is a
 *   Dutch word one edit from a name ("wilde", "dames");
 * - surnames follow a first name, an initial or a title, with their particles ("van der",
 *   "de", "ter", "v/d") and double names ("Visser-de Jong");
 * - a capitalised word after a title or relation is a name even if no list knows it.
 */
export function findPersons(text: string, tokens: TToken[] = tokenize(text)): TPersonalDataSpan[] {
  const spans: TPersonalDataSpan[] = [];
  const claimed = new Set<number>();
  const confirmed = new Set<string>();
  const mark = (from: number, to: number) => {
    for (let i = from; i <= to; i++) {
      claimed.add(i);
      if (tokens[i]!.capitalised || FIRST.has(tokens[i]!.key)) confirmed.add(tokens[i]!.key);
    }
    spans.push({ start: tokens[from]!.start, end: tokens[to]!.end, kind: 'person' });
  };

  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!WARD_WORDS.has(tokens[i]!.key)) continue;
    for (let j = i + 1; j < tokens.length; j++) {
      if (!tokens[j]!.capitalised || !adjacent(text, tokens[j - 1]!, tokens[j]!)) break;
      claimed.add(j);
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    const afterAbbreviation = TITLES.has(token.key) && text.slice(token.end, next?.start) === '. ';
    if (!next || !(adjacent(text, token, next, true) || afterAbbreviation)) continue;
    const trigger =
      (TITLES.has(token.key) || RELATIONS.has(token.key) || NAMING_VERBS.has(token.key)) &&
      !claimed.has(i + 1);
    if (!trigger || (next.sentenceInitial && !afterAbbreviation)) continue;
    // "ik ben" only with a capitalised or listed name: "ik ben blij" is a mood.
    if (token.key === 'ben' && !(next.capitalised && !FUNCTION_WORDS.has(next.key))) continue;
    if (acceptsAfterTrigger(next, TITLES.has(token.key))) {
      mark(i + 1, extendName(text, tokens, i + 1));
    } else if (TITLES.has(token.key) && SURNAME_PARTICLES.has(next.key)) {
      // "meneer van der Berg", "mevrouw de Vries": the particles belong to the surname.
      const last = extendName(text, tokens, i);
      if (last > i) mark(i + 1, last);
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    if (claimed.has(i)) continue;
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const afterArticle =
      previous && adjacent(text, previous, token) && NOT_PERSON_BEFORE.has(previous.key);
    let isName = false;
    // Words in capitals are acronyms ("AB" of a postcode, "IBAN", "GGZ"), not names.
    const shouted = token.text.length > 1 && token.text === token.text.toUpperCase();
    if (shouted || FUNCTION_WORDS.has(token.key)) continue;
    // "het Sophia", "'t Erasmus": a first name after the neuter article is a hospital or school
    // named after a person (names of people take "de" or nothing).
    if (
      token.capitalised &&
      previous &&
      (previous.key === 'het' || previous.key === "'t") &&
      adjacent(text, previous, token) &&
      FIRST.has(token.key)
    ) {
      spans.push({ start: token.start, end: token.end, kind: 'institution' });
      claimed.add(i);
      continue;
    }
    if (token.capitalised) {
      if (known(token.key) && (FIRST.has(token.key) || !PLACE.has(token.key))) {
        if (!AMBIGUOUS.has(token.key)) {
          // A listed name that is not also a word is a name even at the start of a sentence:
          // an ordinary word there would be in the dictionary, and so ambiguous.
          isName = true;
        } else {
          isName = token.sentenceInitial
            ? followedBySurname(text, tokens, i) ||
              followedByAnotherName(text, tokens, i) ||
              (FIRST.has(token.key) && followedByHumanVerb(text, tokens, i))
            : !afterArticle && !token.text.includes('-');
        }
      } else if (!token.sentenceInitial && !afterArticle && isMisspeltName(token.key, true)) {
        isName = true;
      }
    } else if (
      (FIRST.has(token.key) && !AMBIGUOUS.has(token.key) && token.key.length >= 3) ||
      (token.key.includes('-') && token.key.split('-').every((part) => FIRST.has(part)))
    ) {
      isName = true;
    }
    // "Jan-Onbekend", "Anne-Sophie": a double first name with one listed part.
    if (!isName && token.capitalised && token.key.includes('-') && !afterArticle) {
      const parts = token.key.split('-');
      isName =
        parts.some((part) => FIRST.has(part) && !AMBIGUOUS.has(part)) &&
        !parts.some((part) => PLACE.has(part)) &&
        !PLACE.has(token.key);
    }
    // "bij Marjolein en Erik", "Erik en Marjolein": an unlisted capitalised word joined by "en"
    // to a listed name is a name too.
    if (
      !isName &&
      isCapitalisedWord(token) &&
      !token.sentenceInitial &&
      !afterArticle &&
      !PLACE.has(token.key) &&
      !NOT_A_NAME.has(token.key) &&
      (followedByAnotherName(text, tokens, i) || precededByAnotherName(text, tokens, i))
    ) {
      isName = true;
    }
    // "Piet Visser" at the start of a sentence: a capitalised word followed by a listed surname
    // is a first name that the list does not know.
    const following = tokens[i + 1];
    if (
      !isName &&
      isCapitalisedWord(token) &&
      !PLACE.has(token.key) &&
      following &&
      adjacent(text, token, following) &&
      isCapitalisedWord(following) &&
      PROPER.has(following.key) &&
      !AMBIGUOUS.has(following.key)
    ) {
      isName = true;
    }
    if (isName) mark(i, extendName(text, tokens, i));
  }

  // Surnames with particles on their own: "van der Sluis", "v/d Berg", "ter Horst", "d'Ancona".
  for (const match of text.matchAll(
    /(?<![\p{L}])(?:[vV]an[ ](?:der|den|de|Der|Den|De)|[vV]\/[dD]|[vV]\.[dD]\.|[tT]er|[tT]en)[ ](\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?|(?<![\p{L}])d['’]\p{Lu}\p{Ll}+/gu,
  )) {
    const surname = match[1] ? nameKey(match[1]) : '';
    if (surname && (FUNCTION_WORDS.has(surname) || (PLACE.has(surname) && !PROPER.has(surname))))
      continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'person' });
  }

  // One initial without a full stop and a listed surname: "A Visser", "A de Jong".
  for (const match of text.matchAll(
    /(?<![\p{L}.])\p{Lu}[ ](?:(?:van|de|der|den|ter|ten|Van|De|Der|Den)[ ]){0,2}(\p{Lu}\p{Ll}+)(?![\p{L}])/gu,
  )) {
    if (PROPER.has(nameKey(match[1]!)) && !FUNCTION_WORDS.has(nameKey(match[1]!))) {
      spans.push({ start: match.index, end: match.index + match[0].length, kind: 'person' });
    }
  }

  // Initials with a surname: "A. Visser", "J. Th. Bakker", "A.B.C. de Vries".
  for (const match of text.matchAll(
    /(?<![\p{L}])(?:\p{Lu}\p{Ll}{0,2}\.[ ]?){1,6}(?:(?:[vV]an|[dD]e|[dD]er|[dD]en|[tT]er|[tT]en|v\/d|v\.d\.)[ ]){0,3}\p{Lu}\p{Ll}+(?:-(?:(?:de|van|van der|den)[ ])?\p{Lu}\p{Ll}+)?/gu,
  )) {
    const surname = match[0].match(
      /\p{Lu}\p{Ll}+(?:-(?:(?:de|van|van der|den)[ ])?\p{Lu}\p{Ll}+)?$/u,
    )![0];
    if (
      FUNCTION_WORDS.has(nameKey(surname)) ||
      /^(?:Dr|Drs|Mr|Mw|Dhr|Prof|Ir|Ing|St|Nr|Tel)$/.test(surname)
    )
      continue;
    // One initial before a word no list knows has the shape of Latin and medical abbreviations
    // ("E. coli", "M. Alzheimer", "N. suralis", "V. cava"); it is a name with a listed surname,
    // after a title ("mevrouw A. Zoutenbier"), with particles, or with more initials.
    if (
      /^\p{Lu}\.[ ]?\p{Lu}\p{Ll}+$/u.test(match[0]) &&
      !known(nameKey(surname)) &&
      !TITLES.has(nameKey(wordBefore(text, match.index)))
    )
      continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'person' });
  }

  // A word confirmed as a name once is a name wherever it is capitalised in the same story
  // (but not as a ward's name).
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (
      !claimed.has(i) &&
      token.capitalised &&
      confirmed.has(token.key) &&
      !FUNCTION_WORDS.has(token.key) &&
      !SURNAME_PARTICLES.has(token.key)
    ) {
      mark(i, extendName(text, tokens, i));
    }
  }
  return spans.filter((span) => !isEponym(text, span));
}

// Diagnoses named after a physician are common in stories about children ("Gilles de la
// Tourette", "de ziekte van Pfeiffer", "Pierre-Robin sequentie") and name no one in the story.
// "Ziekte van" is also possessive ("de ziekte van Lotte"), so there a first name stays a name.
const EPONYMS = setOf('asperger tourette crohn duchenne perthes hirschsprung');
function isEponym(text: string, span: TPersonalDataSpan): boolean {
  const name = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 16), span.start).toLowerCase();
  const after = text.slice(span.end, span.end + 12).toLowerCase();
  if (/^[ -]?(?:syndroom|syndrome|sequentie|sequence)(?![\p{L}])/u.test(after)) return true;
  if (/(?:syndroom[ ]van|morbus)[ ](?:de[ ])?$/u.test(before)) return true;
  if (/ziekte[ ]van[ ]$/u.test(before) && !FIRST.has(nameKey(name.split(/[ -]/)[0]!))) return true;
  const words = nameKey(name).split(/[ -]/);
  return EPONYMS.has(words.at(-1)!) && (words.length > 1 || EPONYMS.has(words[0]!));
}

/** After a title or relation: a capitalised word (known or not), or a listed or misspelt name. */
function acceptsAfterTrigger(token: TToken, afterTitle: boolean): boolean {
  // "dr A", "Dr. A": an initial alone after a title stands for the name.
  if (afterTitle && /^\p{Lu}$/u.test(token.text)) return true;
  if (isCapitalisedWord(token)) {
    if (known(token.key)) return !PLACE.has(token.key) || FIRST.has(token.key);
    // Any unlisted word may be a surname ("meneer Wu"), but not a medicine ("dr. Olanzapine").
    return !PLACE.has(token.key) && !MEDICINE.test(token.key);
  }
  if (FUNCTION_WORDS.has(token.key)) return false;
  if (FIRST.has(token.key)) return true;
  // "juf anne", "meneer jansen": after a title a listed surname in lower case is a name too.
  if (afterTitle && PROPER.has(token.key) && !AMBIGUOUS.has(token.key)) return true;
  return isMisspeltName(token.key);
}

// Endings of the international names of medicines (WHO stems: "-apine", "-idone", "-azepam",
// "-oxetine", "-pril") and of their Dutch spellings ("methylfenidaat", "melatonine"); no Dutch
// surname ends like this.
const MEDICINE =
  /(?:apine?|idone?|azepam|azolam|oxetine?|aline|fenidaat|phenidate|fetamine?|prazol|pril|sartan|statine?|cilline?|mycine?|olol|triptyline?|peridol|piperon|atonine?|azine|profen|xetine)$/u;

/** The word just before `index`, or "" ("mevrouw" in "mevrouw A. Visser", also "dr" of "dr."). */
function wordBefore(text: string, index: number): string {
  return text.slice(Math.max(0, index - 20), index).match(/(\p{L}+)\.?[ ]$/u)?.[1] ?? '';
}

/** One edit (substitution, insertion, deletion, swap) from a first name of five letters or more. */
function isMisspeltName(key: string, capitalised = false): boolean {
  if (
    key.length < 5 ||
    // No name is this long; the bound keeps a pasted run of hyphenated text from costing
    // quadratic time in the deletion search.
    key.length > 24 ||
    NEAR_NAME.has(key) ||
    PLACE.has(key) ||
    NOT_A_NAME.has(key) ||
    FUNCTION_WORDS.has(key)
  ) {
    return false;
  }
  // A capitalised word in mid-sentence is already likely a name, so there the longer list of all
  // proper names ("Marije" for "Marrije") is searched; a lower-case word only the first names.
  const lists = capitalised ? [NAME_DELETIONS, properDeletions()] : [NAME_DELETIONS];
  for (const candidate of deletionNeighbours(key)) {
    for (const deletions of lists) {
      for (const name of deletions.get(candidate) ?? []) {
        if (!AMBIGUOUS.has(name) && editDistanceAtMostOne(key, name)) return true;
      }
    }
  }
  return false;
}

const deletionNeighbours = (word: string) => {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
};
const deletionIndex = (names: Iterable<string>) => {
  const index = new Map<string, string[]>();
  for (const name of names) {
    if (name.length < 5) continue;
    for (const variant of deletionNeighbours(name)) {
      const list = index.get(variant);
      if (list) list.push(name);
      else index.set(variant, [name]);
    }
  }
  return index;
};
const NAME_DELETIONS = deletionIndex(FIRST);
// Built on first use: 16 000 names make an index of about 130 000 keys, which a caller that
// never meets a capitalised unknown word should not pay for at import.
let properIndex: Map<string, string[]> | undefined;
const properDeletions = () => {
  properIndex ??= deletionIndex(PROPER);
  return properIndex;
};

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The gaps inside "v/d Sluis" and "v.d. Sluis". */
function abbreviatedParticleGap(text: string, a: TToken, b: TToken): boolean {
  const between = text.slice(a.end, b.start);
  return (
    (a.key === 'v' && (between === '/' || between === '.')) || (a.key === 'd' && between === '. ')
  );
}

/** Two tokens separated by one space (or, if allowed, a comma and a space: "mijn zoon, Bas"). */
function adjacent(text: string, a: TToken, b: TToken, allowComma = false): boolean {
  const between = text.slice(a.end, b.start);
  return between === ' ' || (allowComma && between === ', ') || between === '\u00a0';
}

/** "Bas en Roos zijn …": a word-name joined by "en" to a capitalised name is a name too. */
function followedByAnotherName(text: string, tokens: TToken[], i: number): boolean {
  const and = tokens[i + 1];
  const other = tokens[i + 2];
  return Boolean(
    and &&
      other &&
      and.key === 'en' &&
      adjacent(text, tokens[i]!, and) &&
      adjacent(text, and, other) &&
      other.capitalised &&
      known(other.key),
  );
}

function precededByAnotherName(text: string, tokens: TToken[], i: number): boolean {
  const and = tokens[i - 1];
  const other = tokens[i - 2];
  return Boolean(
    and &&
      other &&
      and.key === 'en' &&
      adjacent(text, and, tokens[i]!) &&
      adjacent(text, other, and) &&
      other.capitalised &&
      known(other.key) &&
      !AMBIGUOUS.has(other.key),
  );
}

// Verbs whose subject is a person: "Roos zei", "Mark belde", "Kees vertelde". A word-name at
// the start of a sentence followed by one is the name; "Hoop doet leven", "Wil je …", "Roos
// bloeide" keep their word. ("is", "was", "heeft" are left out: "Hoop is er altijd".)
const HUMAN_VERBS = setOf(
  `zei zegt zeiden vertelde vertelt belde belt appte appt mailde mailt schreef vroeg vraagt
  antwoordde riep huilde huilt lachte lacht snapte snapt begreep begrijpt luisterde luistert
  hielp helpt woont woonde werkt werkte kwam komt ging gaat wilde vond vindt kreeg krijgt sliep
  slaapt zat zit speelt rende schreeuwde praatte praat sprak spreekt dacht denkt wist weet`,
);

function followedByHumanVerb(text: string, tokens: TToken[], i: number): boolean {
  const next = tokens[i + 1];
  return Boolean(next && adjacent(text, tokens[i]!, next) && HUMAN_VERBS.has(next.key));
}

function followedBySurname(text: string, tokens: TToken[], i: number): boolean {
  return extendName(text, tokens, i) > i;
}

/**
 * The index of the last token of the name that starts at `i`: further capitalised words and
 * particles + capitalised word ("Pieter Oude Nijhuis", "Anne van der Sluis", "Visser-de Jong").
 */
function extendName(text: string, tokens: TToken[], i: number): number {
  let last = i;
  let j = i + 1;
  while (j < tokens.length && j - last <= 4) {
    const token = tokens[j]!;
    if (
      !adjacent(text, tokens[j - 1]!, token) &&
      !abbreviatedParticleGap(text, tokens[j - 1]!, token)
    ) {
      break;
    }
    if (SURNAME_PARTICLES.has(token.key) && !token.sentenceInitial) {
      j++;
      continue;
    }
    if (
      isCapitalisedWord(token) &&
      !token.sentenceInitial &&
      !INSTITUTION_WORDS.test(token.text) &&
      !(PLACE.has(token.key) && !PROPER.has(token.key))
    ) {
      last = j;
      j++;
      continue;
    }
    break;
  }
  return last;
}

// A capitalised word after a name that starts an institution's name rather than a surname.
const INSTITUTION_WORDS =
  /^(?:Basisschool|School|College|Lyceum|Stichting|Jeugdzorg|GGZ|Kliniek|Ziekenhuis|CJG|MC|UMC)$/u;
