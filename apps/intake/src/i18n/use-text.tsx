import type { TAudience, TLocale } from '@duiding/survey/client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type TTranslate, translate } from './texts';

const TextContext = createContext<TTranslate>(translate('nl', 'general'));

/** The intake's own words in the language and audience the person reads. */
export function TextProvider({
  locale,
  audience,
  children,
}: {
  locale: TLocale;
  audience: TAudience;
  children: ReactNode;
}) {
  const t = useMemo(() => translate(locale, audience), [locale, audience]);
  return <TextContext.Provider value={t}>{children}</TextContext.Provider>;
}

export function useText(): TTranslate {
  return useContext(TextContext);
}
