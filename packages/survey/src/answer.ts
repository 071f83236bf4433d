import { z } from 'zod';
import { DONT_KNOW, NOT_APPLICABLE } from './answer-values';

export { DONT_KNOW, NOT_APPLICABLE, readChoice } from './answer-values';

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
