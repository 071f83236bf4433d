import { z } from 'zod';

/** The languages a framework is written in. Dutch is always there; English is the second. */
export const ZLocale = z.enum(['nl', 'en']);
export type TLocale = z.infer<typeof ZLocale>;

/**
 * Who reads the text. `youth` is the A2 variant for young people (8–17); where a text has
 * no youth variant the general one is shown.
 */
export const ZAudience = z.enum(['general', 'youth']);
export type TAudience = z.infer<typeof ZAudience>;

const nonEmpty = z.string().trim().min(1);

/** A text in every language of the framework, with optional youth (A2) variants. */
export const ZLocalizedText = z.strictObject({
  nl: nonEmpty,
  en: nonEmpty.optional(),
  youth: z.strictObject({ nl: nonEmpty.optional(), en: nonEmpty.optional() }).optional(),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

export { localize, type TTextOptions } from './localize';
