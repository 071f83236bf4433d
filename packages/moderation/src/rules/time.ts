import type { TPersonalDataSpan } from '../kinds';
import { regex } from '../regex';

const MONTH = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|october|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\.?`;
const WEEKDAY = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?`;

/**
 * Dates: numeric (12-03-2011, 12/3/11, 12.03.2011, 2011-03-12) with a valid day and month, and
 * written out ("12 maart 2011", "3 juni", "zondag 4 mei", "maart 2011"). A date of birth is the
 * strongest identifier among them, but any date narrows down who a story is about (the day of a
 * placement, a court hearing), so every date is marked and "geboren op" needs no rule of its own.
 * A year alone ("in 2019") is not marked: it narrows little and stories are full of them.
 */
export function findDates(text: string): TPersonalDataSpan[] {
  const spans: TPersonalDataSpan[] = [];
  const add = (start: number, length: number) =>
    spans.push({ start, end: start + length, kind: 'date' });
  // The same separator twice, or spaces ("23 10 2011"); a two-digit year may keep its apostrophe.
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}.,/-])(\d{1,2})([-/.]|[ ](?=\d{1,2}[ ]\d{4}))(\d{1,2})\2(\d{4}|['`’]?\d{2})(?![\p{N}]|[-/.]\d)/gu,
  )) {
    if (validDayMonth(Number(match[1]), Number(match[3])) && plausibleYear(match[4]!)) {
      add(match.index, match[0].length);
    }
  }
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}])/gu,
  )) {
    if (validDayMonth(Number(match[3]), Number(match[2])) && plausibleYear(match[1]!)) {
      add(match.index, match[0].length);
    }
  }
  // Year first with dots or spaces: "2022.1.8", "2011 10 23".
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}.,/-])(\d{4})([. ])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[-/.]\d)/gu,
  )) {
    if (validDayMonth(Number(match[4]), Number(match[3])) && plausibleYear(match[1]!)) {
      add(match.index, match[0].length);
    }
  }
  // Month names between other separators or year first: "17-mei-2011", "15.jan.1928",
  // "2011 mei 17", "1928-jan-15".
  for (const match of text.matchAll(
    regex(
      String.raw`(?<![\p{L}\p{N}])(?:(\d{1,2})[-.](?:${MONTH})[-.]?(?:\d{4}|'\d{2})|\d{4}[-. ]{1,2}(?:${MONTH})[-. ]{1,2}(\d{1,2}))(?![\p{L}\p{N}])`,
      'giu',
    ),
  )) {
    const day = Number(match[1] ?? match[2]);
    if (day >= 1 && day <= 31) add(match.index, match[0].length);
  }
  const written = regex(
    String.raw`(?<![\p{L}\p{N}])(?:${WEEKDAY}[ ,]+)?(\d{1,2})(?:e|ste|de)?[ ](?:${MONTH})(?:[ ,]+(?:\d{4}|'\d{2}))?(?![\p{L}\p{N}])`,
    'giu',
  );
  for (const match of text.matchAll(written)) {
    if (Number(match[1]) >= 1 && Number(match[1]) <= 31) add(match.index, match[0].length);
  }
  // Not after a number: "38 augustus 2018" is a mistyped or impossible day, and the written-out
  // rule above already took every valid one.
  const monthYear = regex(
    String.raw`(?<![\p{L}\p{N}]|\d[ ])${MONTH}[ ](?:\d{4}|'\d{2})(?![\p{N}])`,
    'giu',
  );
  for (const match of text.matchAll(monthYear)) add(match.index, match[0].length);
  // Day and month without a year only after a word that makes it a date: "op 12-3", "geboren
  // 4/7"; alone, "3-1" is as often a score or a range. Before "jaar" or "-jarige" it is a range
  // of ages: "op 11-12 jarige leeftijd", "vanaf 4-6 jaar".
  for (const match of text.matchAll(
    /(?<=\b(?:op|geboren|sinds|vanaf|tot|per|datum|d\.d\.)[ ])(\d{1,2})[-/](\d{1,2})(?![\p{N}]|[-/.]\d|[ -]?jarig|[ ]jaar(?![\p{L}]))/giu,
  )) {
    if (validDayMonth(Number(match[1]), Number(match[2]))) add(match.index, match[0].length);
  }
  return spans;
}

const validDayMonth = (day: number, month: number) =>
  day >= 1 && day <= 31 && month >= 1 && month <= 12;
// Four-digit years of people alive now or of their records; two-digit years are any.
const plausibleYear = (year: string) =>
  !/^\d{4}$/.test(year) || (Number(year) >= 1900 && Number(year) <= 2100);

const NUMBER_WORDS =
  'één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|drieëntwintig|vierentwintig|vijfentwintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|anderhalf';
const ORDINAL_WORDS =
  'eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste';
const NUM = String.raw`(?:\d{1,3}(?:[.,]5)?|${NUMBER_WORDS})`;
// What may follow a number that is not an age: "ze is 3 keer opgenomen", "hij was 2 weken weg".
// (A "jaar" that the pattern did not take as its tail is a duration: "ze waren twee jaar weg".)
const NOT_AGE_AFTER = String.raw`(?![ ]?(?:keer|x|uur|kwartier|minuten|min|dagen|dag|weken|week|maanden|maand|kilo|kg|euro|procent|%|cm|meter|km|graden|kinderen|mensen|plekken|punten|gesprekken|jaar|jaren)(?![\p{L}]))`;
// "jaar" belongs to an age when the clause ends or goes on with a conjunction: "hij is 17 jaar
// en wil …", "ze is 14 jaar." — not when a participle or adverb of time follows ("20 jaar
// getrouwd", "2 jaar weg").
const AGE_YEARS = String.raw`(?:[ ]jaar(?:[ ]oud)?(?=[ ]?[.,;:!?)]|$|[ ](?:en|toen|maar|geworden|geweest|nu|dus|of|als|oud|is|was|en)(?![\p{L}])))`;
const PERSON_WORD =
  'zoon|zoontje|dochter|dochtertje|kind|kindje|jongen|jongetje|meisje|meid|broer|broertje|zus|zusje|zussen|puber|tiener|baby|kleuter|neef|neefje|nicht|nichtje|vriendje|vriendinnetje|kleinzoon|kleindochter|pleegzoon|pleegdochter|pleegkind|tweeling|jongeman|vrouw|man|moeder|vader';

/**
 * Ages. "14" alone is a number; it is an age when the sentence says so: "14 jaar oud",
 * "14-jarige", "ze is 14", "ik ben veertien jaar", "toen hij 9 was", "mijn zoon van 12",
 * "mijn dochter (14)", "op mijn 12e". Durations ("al 10 jaar", "10 jaar geleden", "2 keer") share
 * the words but not these frames, which is why a bare "N jaar" is not an age here.
 */
export function findAges(text: string): TPersonalDataSpan[] {
  const spans: TPersonalDataSpan[] = [];
  // Each pattern names the age (`age`) and what belongs to it after (`tail`: "jaar oud"); the
  // frame before ("ze is", "mijn zoon van") stays readable for the moderator.
  const add = (re: RegExp) => {
    for (const match of text.matchAll(regex(re.source, `${re.flags}d`))) {
      const age = match.indices!.groups!.age!;
      const tail = match.indices!.groups!.tail;
      spans.push({ start: age[0], end: tail && tail[1] > age[1] ? tail[1] : age[1], kind: 'age' });
    }
  };
  const A = `(?<age>${NUM}(?:[ ]?(?:-|tot|à)[ ]?${NUM})?)`;
  add(regex(String.raw`(?<![\p{L}\p{N}])${A}[ -]?jarige?n?(?![\p{L}])(?<tail>)`, 'giu'));
  add(regex(String.raw`(?<![\p{L}\p{N}])${A}(?<tail>[ ]jaar[ ]oud)(?![\p{L}])`, 'giu'));
  // A form of "to be" or "to become" with a bare number: "Bas is 14", "ik word 18", "ze waren
  // toen 5". Counted things ("is 3 keer opgenomen") are excluded by what follows.
  const BE = `(?:(?:ben|bent|is|was|werd|wordt|word|zijn|waren|worden|werden)(?:[ ](?:ik|je|jij|hij|ze|zij|we|wij))?|inmiddels|leeftijd(?:[ ]van)?)`;
  const ADVERB = String.raw`(?:(?:nu|pas|net|bijna|toen|inmiddels|nog|maar|ongeveer|ruim|al|ook|sinds[ ]kort|vorige[ ]maand|volgende[ ]week|volgende[ ]maand|vandaag|gisteren|straks|binnenkort|in[ ]\p{L}+|deze[ ]maand|dit[ ]jaar)[ ]){0,2}`;
  add(
    regex(
      String.raw`(?<![\p{L}])${BE}[ ]${ADVERB}${A}(?<tail>${AGE_YEARS}?)(?![\p{L}\p{N}])${NOT_AGE_AFTER}`,
      'giu',
    ),
  );
  add(
    regex(
      String.raw`(?<![\p{L}])(?:toen|sinds|als|tot|totdat|voordat|zodra|nu|omdat|dat)[ ](?:ik|hij|ze|zij|we|wij|jij|je|\p{L}+|mijn[ ]\p{L}+|onze[ ]\p{L}+|ons[ ]\p{L}+)[ ]${A}(?<tail>(?:[ ]jaar)?)[ ](?:was|werd|waren|werden|is|ben|word|wordt|zijn|worden)(?![\p{L}])`,
      'giu',
    ),
  );
  add(
    regex(
      String.raw`(?<![\p{L}])(?:${PERSON_WORD}|\p{Lu}\p{Ll}+)[ ]van[ ](?:(?:bijna|nog[ ]geen|ruim|pas)[ ])?${A}(?<tail>(?:[ ]jaar(?:[ ]oud)?)?)(?![\p{L}\p{N}])(?![ ]?(?:tot|-))${NOT_AGE_AFTER}`,
      'gu',
    ),
  );
  add(/(?<=\p{L}[ ]?)\((?<age>[1-9]\d?)(?<tail>(?:[ ]?(?:jaar|jr\.?))?)\)/gu);
  add(
    regex(
      String.raw`(?<![\p{L}])(?:op|sinds|vanaf|na|voor)[ ](?:mijn|zijn|haar|z'n|d'r|m'n|hun|onze|jouw|je)[ ](?<age>\d{1,2}(?:e|de|ste)|${ORDINAL_WORDS})(?<tail>)(?![\p{L}\p{N}])`,
      'giu',
    ),
  );
  // An age set off by commas after a name: "Ik ben Kayleigh, 15 jaar, en …".
  add(
    regex(
      String.raw`(?<=\p{Lu}\p{Ll}+,[ ])(?<age>${NUM})(?<tail>[ ]jaar(?:[ ]oud)?)(?=[ ]?[,.;:!?)]|$)`,
      'gu',
    ),
  );
  // "ze zijn 12 en 14", "toen 5 en 7 jaar", "zijn 6, 9 en 13": the numbers that follow in a list
  // share the frame of the first.
  const next = regex(
    String.raw`^(?:[ ]jaar)?(?:,[ ]|[ ](?:en|of)[ ])(${NUM})((?:[ ]jaar(?:[ ]oud)?)?)(?![\p{L}\p{N}])`,
    'iu',
  );
  const notCounted = regex(`^${NOT_AGE_AFTER}`, 'u');
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const rest = text.slice(span.end);
    const more = rest.match(next);
    if (more && notCounted.test(rest.slice(more[0].length))) {
      const start = span.end + more[0].length - more[1]!.length - more[2]!.length;
      if (!spans.some((other) => other.start === start)) {
        spans.push({ start, end: span.end + more[0].length, kind: 'age' });
      }
    }
  }
  return spans;
}
