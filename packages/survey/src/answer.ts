import { z } from 'zod';

/** A triad or dyad the participant marked as "not applicable to my story". */
export const NOT_APPLICABLE = 'na';
/** A scale item answered with "weet ik niet". */
export const DONT_KNOW = 'dk';

export const ZTriadValue = z.strictObject({ a: z.number(), b: z.number(), c: z.number() });
export type TTriadValue = z.infer<typeof ZTriadValue>;

export const ZStonePlacement = z.strictObject({ x: z.number(), y: z.number() });
/** Placed stones by stone id; a stone left unplaced is absent. */
export const ZStonesValue = z.record(z.string(), ZStonePlacement);
export type TStonesValue = z.infer<typeof ZStonesValue>;

/**
 * A choice: one option id, several option ids, or either with the "other" text
 * (`{ selected, other }`). `readChoice` gives every form as one shape.
 */
export const ZChoiceValue = z.union([
  z.string(),
  z.array(z.string()),
  z.strictObject({ selected: z.union([z.string(), z.array(z.string())]), other: z.string() }),
]);
export type TChoiceValue = z.infer<typeof ZChoiceValue>;

/** Any stored answer, before it is checked against its question. */
export const ZAnswerValue = z.union([
  z.literal(NOT_APPLICABLE),
  z.literal(DONT_KNOW),
  ZTriadValue,
  z.number(),
  ZStonesValue,
  ZChoiceValue,
]);
export type TAnswerValue = z.infer<typeof ZAnswerValue>;

/** Answers keyed by question id. The schema is loose on purpose: `validateAnswers` is precise. */
export const ZAnswers = z.record(z.string().max(64), z.unknown());
export type TAnswers = Record<string, TAnswerValue>;

export function readChoice(value: TChoiceValue): { selected: string[]; other?: string } {
  if (typeof value === 'string') return { selected: [value] };
  if (Array.isArray(value)) return { selected: value };
  const selected = typeof value.selected === 'string' ? [value.selected] : value.selected;
  return { selected, other: value.other };
}
