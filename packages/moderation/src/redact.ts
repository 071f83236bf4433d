import { REDACTION_MARKERS, type TPersonalDataSpan } from './kinds';
import { mergeSpans } from './spans';

/**
 * The text with every span replaced by the marker of its kind ("[naam]", "[telefoon]"). Spans may
 * come from the detector or from a moderator's edit; they are merged first, so an overlapping
 * pair never leaves a fragment of a name between two markers.
 */
export function redact(text: string, spans: readonly TPersonalDataSpan[]): string {
  let out = '';
  let cursor = 0;
  for (const span of mergeSpans(spans)) {
    const start = Math.max(span.start, cursor);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    out += text.slice(cursor, start) + REDACTION_MARKERS[span.kind];
    cursor = end;
  }
  return out + text.slice(cursor);
}
