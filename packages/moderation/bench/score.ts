import { PERSONAL_DATA_KINDS, type TPersonalDataKind, type TPersonalDataSpan } from '../src/index';

/** A labelled text: `scope` lists the kinds annotated exhaustively in it ("all": every kind). */
export type TLabelledText = {
  id: string;
  text: string;
  spans: { start: number; end: number; kind: TPersonalDataKind | 'other' }[];
  scope: readonly string[];
};

export type TKindScore = {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
/**
 * A proposed postcode inside a labelled full address ("Parallelweg 2, 7141 DC Groenlo") is part
 * of that address, not a false alarm: the shared fixture split one source tag into the two kinds
 * by the span's shape. A labelled address is found only by a proposed address.
 */
const matchesForPrecision = (predicted: TPersonalDataKind, gold: TPersonalDataKind | 'other') =>
  predicted === gold || (predicted === 'postcode' && gold === 'address');

/**
 * Overlap matching, as the shared fixture's README asks: a labelled span counts as found when a
 * predicted span of the same kind overlaps it; a predicted span counts as correct when it overlaps
 * a labelled span of its kind. Predictions of a kind outside a text's scope are not judged, since
 * nobody looked for that kind there.
 */
export function score(
  texts: readonly TLabelledText[],
  detect: (text: string) => TPersonalDataSpan[],
): {
  perKind: Record<TPersonalDataKind, TKindScore>;
  negativesFlagged: number;
  negatives: number;
  /** Each missed labelled span and each wrong proposal, for reading, not for scoring. */
  errors: string[];
} {
  const errors: string[] = [];
  const perKind = Object.fromEntries(
    PERSONAL_DATA_KINDS.map((kind) => [kind, { gold: 0, found: 0, predicted: 0, correct: 0 }]),
  ) as Record<TPersonalDataKind, TKindScore>;
  let negatives = 0;
  let negativesFlagged = 0;
  for (const labelled of texts) {
    const inScope = (kind: string) =>
      labelled.scope.includes('all') || labelled.scope.includes(kind);
    const predicted = detect(labelled.text).filter((span) => inScope(span.kind));
    for (const gold of labelled.spans) {
      if (gold.kind === 'other') continue;
      const entry = perKind[gold.kind];
      entry.gold++;
      if (predicted.some((span) => span.kind === gold.kind && overlaps(span, gold))) entry.found++;
      else
        errors.push(
          `missed ${gold.kind} "${labelled.text.slice(gold.start, gold.end)}" in ${labelled.id}: ${context(labelled.text, gold)}`,
        );
    }
    for (const span of predicted) {
      const entry = perKind[span.kind];
      entry.predicted++;
      if (
        labelled.spans.some(
          (gold) => matchesForPrecision(span.kind, gold.kind) && overlaps(span, gold),
        )
      ) {
        entry.correct++;
      } else {
        errors.push(
          `wrong ${span.kind} "${labelled.text.slice(span.start, span.end)}" in ${labelled.id}: ${context(labelled.text, span)}`,
        );
      }
    }
    if (labelled.spans.every((gold) => gold.kind === 'other')) {
      negatives++;
      if (predicted.length > 0) negativesFlagged++;
    }
  }
  return { perKind, negatives, negativesFlagged, errors };
}

export const precision = (entry: TKindScore) =>
  entry.predicted ? entry.correct / entry.predicted : Number.NaN;
export const recall = (entry: TKindScore) => (entry.gold ? entry.found / entry.gold : Number.NaN);

/** Micro averages over some kinds. */
export function micro(
  perKind: Record<TPersonalDataKind, TKindScore>,
  kinds: readonly TPersonalDataKind[],
) {
  const sum = { gold: 0, found: 0, predicted: 0, correct: 0 };
  for (const kind of kinds) {
    for (const field of ['gold', 'found', 'predicted', 'correct'] as const)
      sum[field] += perKind[kind][field];
  }
  return sum;
}

/** A span with up to 40 characters around it, on one line. */
function context(text: string, span: { start: number; end: number }): string {
  return text.slice(Math.max(0, span.start - 40), span.end + 40).replace(/\s+/g, ' ');
}
