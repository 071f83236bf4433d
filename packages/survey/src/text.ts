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

export interface TTextOptions {
  locale: TLocale;
  audience?: TAudience;
}

/** The text a person sees: their audience's variant, else the general text, else Dutch. */
export function localize(text: TLocalizedText, { locale, audience = 'general' }: TTextOptions) {
  const youth = audience === 'youth' ? text.youth : undefined;
  return youth?.[locale] ?? text[locale] ?? youth?.nl ?? text.nl;
}
