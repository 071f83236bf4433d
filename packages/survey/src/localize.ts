import type { TAudience, TLocale, TLocalizedText } from './text';

export interface TTextOptions {
  locale: TLocale;
  audience?: TAudience;
}

/** The text a person sees: their audience's variant, else the general text, else Dutch. */
export function localize(text: TLocalizedText, { locale, audience = 'general' }: TTextOptions) {
  const youth = audience === 'youth' ? text.youth : undefined;
  return youth?.[locale] ?? text[locale] ?? youth?.nl ?? text.nl;
}
