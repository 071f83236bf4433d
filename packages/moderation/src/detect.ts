import type { TPersonalDataSpan } from './kinds';
import { findInstitutions } from './rules/institution';
import { findAddresses, findPostcodes } from './rules/location';
import { findPersons } from './rules/person';
import { findBsns, findEmails, findIbans, findPhones, findUrls } from './rules/structured';
import { findAges, findDates } from './rules/time';
import { mergeSpans } from './spans';
import { tokenize } from './text';

/**
 * Likely personal data in a story, as sorted, non-overlapping spans with UTF-16 offsets into
 * `text` (what `String.prototype.slice` takes). The detector proposes; a moderator decides. It
 * therefore leans towards recall on what identifies a person directly (names, contact details,
 * numbers) and keeps to clear frames for what only narrows down (ages, dates).
 */
export function detectPersonalData(text: string): TPersonalDataSpan[] {
  // The person and institution rules read the same words; the story is tokenised once.
  const tokens = tokenize(text);
  return mergeSpans([
    ...findEmails(text),
    ...findUrls(text),
    ...findIbans(text),
    ...findPhones(text),
    ...findBsns(text),
    ...findPostcodes(text),
    ...findDates(text),
    ...findAddresses(text),
    ...findInstitutions(text, tokens),
    ...findPersons(text, tokens),
    ...findAges(text),
  ]);
}
