import type { TChoiceValue } from './answer';
import { DONT_KNOW, NOT_APPLICABLE, readChoice } from './answer-values';
import type { TQuestion } from './framework';
import { localize } from './localize';

/*
 * The bars of a panel wave's results, and which bar an answer falls in. The server counts
 * answers per bar; the member's browser marks the bar of the answer it kept, with the same
 * rule, so the server never needs to know it.
 */

export interface TResultBar {
  id: string;
  label: string;
}

/** Dyads are shown in five equal bins from the left label to the right one. */
export const DYAD_BINS = 5;

/** The bars of a question, or null for a question shown without a chart (text, number, stones). */
export function resultBars(question: TQuestion): TResultBar[] | null {
  const nl = (text: Parameters<typeof localize>[0]) => localize(text, { locale: 'nl' });
  switch (question.kind) {
    case 'scale': {
      const bars = Array.from({ length: question.points }, (_, i) => ({
        id: String(i + 1),
        label: question.pointLabels?.[String(i + 1)]
          ? `${i + 1} ${nl(question.pointLabels[String(i + 1)]!)}`
          : String(i + 1),
      }));
      return question.allowDontKnow ? [...bars, { id: DONT_KNOW, label: 'Weet ik niet' }] : bars;
    }
    case 'choice':
      return question.options.map((o) => ({ id: o.id, label: nl(o.label) }));
    case 'dyad': {
      const bars = Array.from({ length: DYAD_BINS }, (_, i) => ({
        id: `bin${i + 1}`,
        label:
          i === 0
            ? `${nl(question.left)}`
            : i === DYAD_BINS - 1
              ? `${nl(question.right)}`
              : `${i === 2 ? 'midden' : i < 2 ? 'meer links' : 'meer rechts'}`,
      }));
      return question.allowNotApplicable
        ? [...bars, { id: NOT_APPLICABLE, label: 'Niet van toepassing' }]
        : bars;
    }
    case 'triad': {
      const bars = question.corners.map((c) => ({ id: c.id, label: `Vooral: ${nl(c.label)}` }));
      return question.allowNotApplicable
        ? [...bars, { id: NOT_APPLICABLE, label: 'Niet van toepassing' }]
        : bars;
    }
    default:
      return null;
  }
}

/** The bar ids an answer counts in (several for a multiple choice); [] when unanswered. */
export function resultBucketsOf(question: TQuestion, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  switch (question.kind) {
    case 'scale':
      if (value === DONT_KNOW) return [DONT_KNOW];
      return typeof value === 'number' ? [String(value)] : [];
    case 'choice':
      return readChoice(value as TChoiceValue).selected.filter((v) => typeof v === 'string');
    case 'dyad':
      if (value === NOT_APPLICABLE) return [NOT_APPLICABLE];
      if (typeof value !== 'number') return [];
      return [`bin${Math.min(DYAD_BINS, Math.floor(value * DYAD_BINS) + 1)}`];
    case 'triad': {
      if (value === NOT_APPLICABLE) return [NOT_APPLICABLE];
      const v = value as { a?: number; b?: number; c?: number };
      if (typeof v.a !== 'number' || typeof v.b !== 'number' || typeof v.c !== 'number') return [];
      const parts = [v.a, v.b, v.c];
      const top = parts.indexOf(Math.max(...parts));
      return [question.corners[top]!.id];
    }
    default:
      return [];
  }
}
