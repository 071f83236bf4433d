import { IBAN_LENGTHS, passesElevenTest, passesIbanChecksum } from '../checksums';
import type { TPersonalDataSpan } from '../kinds';
import { regex } from '../regex';

const spansOf = (
  text: string,
  pattern: RegExp,
  kind: TPersonalDataSpan['kind'],
  accept: (match: RegExpExecArray) => boolean = () => true,
): TPersonalDataSpan[] => {
  const spans: TPersonalDataSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match)) spans.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  return spans;
};

/**
 * E-mail addresses, also the "naam (at) provider.nl" that people type to dodge spam filters:
 * it identifies a person just as well. Letters beyond ASCII are allowed on both sides.
 */
export function findEmails(text: string): TPersonalDataSpan[] {
  return spansOf(
    text,
    /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]*[\p{L}\p{N}](?:@|\s?[([]at[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu,
    'email',
  );
}

// Top-level domains a Dutch story plausibly names without "www." or a scheme: a bare
// "jouwkind.nl" must count, while "bijv.de" style abbreviations in ordinary words must not, so the
// list is closed rather than "any two letters".
// City and regional domains (".amsterdam", ".frl", ".gent") and the common foreign ones that
// people link to (".co.uk", "bit.ly") count too.
const TLD =
  'nl|com|org|net|eu|be|info|nu|io|app|de|online|frl|tv|me|social|site|shop|blog|care|amsterdam|vlaanderen|brussels|gent|uk|co|ly|ai|edu|gov|biz|xyz';
// An IPv4 address ("192.168.1.10") points at a connection, and so at a person, like a URL.
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

/**
 * URLs: with a scheme, starting with "www.", a bare domain with a known top-level domain, any
 * domain followed by a path ("t.me/…", "linktr.ee/…": the slash leaves no other reading), and
 * IPv4 addresses.
 */
export function findUrls(text: string): TPersonalDataSpan[] {
  const pattern = regex(
    [
      String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]+`,
      String.raw`(?<![\p{L}\p{N}@._%+-])(?:[\p{L}\p{N}-]+\.)+(?:${TLD})(?:\/[^\s<>"“”]*)?(?![\p{L}\p{N}@])`,
      String.raw`(?<![\p{L}\p{N}@._%+/-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[^\s<>"“”]+`,
      String.raw`(?<![\p{N}.])${OCTET}(?:\.${OCTET}){3}(?![\p{N}]|\.\d)`,
    ].join('|'),
    'giu',
  );
  // Four single digits ("versie 1.2.3.4") are a version number, not an address in use.
  const version = (match: RegExpExecArray) => !/^\d(?:\.\d){3}$/.test(match[0]);
  return spansOf(text, pattern, 'url', version).map((span) => {
    // A sentence's full stop or closing bracket is not part of the address.
    const trimmed = text.slice(span.start, span.end).replace(/[.,;:!?)\]'"’]+$/u, '');
    return { ...span, end: span.start + trimmed.length };
  });
}

// One optional separator between digits: a space, a dash, a dot or a slash, with spaces around
// ("06 - 12345678"). Only one, so that two numbers in a row are never read as one.
const SEP = String.raw`(?:[ \u00a0]?[-./][ \u00a0]?|[ \u00a0])?`;
const digits = (count: number) => String.raw`\d(?:${SEP}\d){${count - 1}}`;

/**
 * Dutch phone numbers. All Dutch numbers have ten digits after the trunk 0 (mobile 06, area codes
 * of two or three digits: 010-1234567, 0111-123456), or nine after +31/0031 (optionally with the
 * "(0)" people keep in: +31 (0)6 …); information numbers 0800/0900/0906/0909 have four to seven
 * digits after the prefix. "(06)12345678" keeps the trunk in brackets like an area code. Counting digits across any notation is what makes "06 1234 5678",
 * "06-12345678" and "(010) 123 45 67" equal, and what keeps dates (8 digits) and BSNs (9, no
 * leading 0) out.
 */
export function findPhones(text: string): TPersonalDataSpan[] {
  const pattern = regex(
    [
      String.raw`0(?:800|900|906|909)${SEP}\d(?:${SEP}\d){3,6}`,
      String.raw`(?:\+|00)[ ]?31${SEP}(?:\(0\)${SEP})?[1-9](?:${SEP}\d){8}`,
      String.raw`\(06\)${SEP}${digits(8)}`,
      String.raw`\(0\d{2}\)${SEP}${digits(7)}`,
      String.raw`\(0\d{3}\)${SEP}${digits(6)}`,
      String.raw`0[1-9](?:${SEP}\d){8}`,
      // An area code with a dash and one digit too few or too many ("046-555555"): a mistyped
      // number still points at a person, and the notation leaves no other reading.
      String.raw`0[1-9]\d{1,2}-[ ]?\d(?:${SEP}\d){5,7}`,
    ]
      .map((alternative) => String.raw`(?<![\p{L}\p{N}+])(?:${alternative})(?![\p{N}])`)
      .join('|'),
    'gu',
  );
  // Ten digits inside an IBAN whose checksum failed ("NL91 ABNA 0417 1643 01") are still part of
  // an account number, not a phone number.
  const insideAccount = /[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4})+[ ]?$/;
  return spansOf(
    text,
    pattern,
    'phone',
    (match) => !insideAccount.test(text.slice(Math.max(0, match.index - 30), match.index)),
  );
}

/**
 * BSN: nine digits, written together or grouped (123 456 782, 1234.56.782), that pass the eleven
 * test. A nine-digit number that fails it is some other number and stays.
 */
export function findBsns(text: string): TPersonalDataSpan[] {
  return spansOf(
    text,
    /(?<![\p{L}\p{N}.,-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .-])\d{3}\1\d{3}|\d{3} \d{2} \d{2} \d{2})(?![\p{N}]|[.,-]\d)/gu,
    'bsn',
    (match) => passesElevenTest(match[0].replace(/\D/g, '')),
  );
}

/**
 * IBAN: country code, two check digits and the account, in groups of four or not, in capitals
 * or not. The length comes from the country and the mod-97 checksum must hold, so a typo in one
 * digit is left alone (it is then not the person's account number either).
 */
export function findIbans(text: string): TPersonalDataSpan[] {
  const spans: TPersonalDataSpan[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu)) {
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (!length) continue;
    let compact = '';
    let end = match.index;
    while (end < text.length && compact.length < length) {
      const char = text[end]!;
      if (/[A-Za-z0-9]/.test(char)) compact += char;
      else if (char !== ' ' || text[end + 1] === ' ' || compact.length % 4 !== 0) break;
      end++;
    }
    if (compact.length !== length || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (passesIbanChecksum(compact)) spans.push({ start: match.index, end, kind: 'iban' });
  }
  return spans;
}
