import type { TPersonalDataKind, TPersonalDataSpan } from './kinds';

/**
 * When two rules claim overlapping text, the more specific kind names the joined span: an e-mail
 * address contains something that looks like a URL, a phone number may contain nine digits that
 * pass the eleven test, a school may be named after a person ("Prins Willem-Alexanderschool").
 */
const PRIORITY: TPersonalDataKind[] = [
  'email',
  'url',
  'iban',
  'phone',
  'bsn',
  'postcode',
  'date',
  'address',
  'institution',
  'person',
  'age',
];

/**
 * Sorted, non-overlapping spans: overlapping spans become their union, named by the most specific
 * kind among them. Touching spans of different kinds stay apart ("Kerkstraat 4" and "3311 AB"),
 * so that the moderator sees what each part is; touching spans of one kind are joined.
 */
export function mergeSpans(spans: readonly TPersonalDataSpan[]): TPersonalDataSpan[] {
  const sorted = spans
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TPersonalDataSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && (span.start < last.end || (span.start === last.end && span.kind === last.kind))) {
      last.end = Math.max(last.end, span.end);
      if (PRIORITY.indexOf(span.kind) < PRIORITY.indexOf(last.kind)) last.kind = span.kind;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
