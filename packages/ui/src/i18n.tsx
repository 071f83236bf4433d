import {
  localize,
  type TAudience,
  type TLocale,
  type TLocalizedText,
} from '@duiding/survey/client';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';

export interface TI18n {
  locale: TLocale;
  audience: TAudience;
}

const I18nContext = createContext<TI18n>({ locale: 'nl', audience: 'general' });

/** Which language and audience (general or youth A2) the framework's texts are shown in. */
export function I18nProvider({ locale, audience, children }: TI18n & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, audience }), [locale, audience]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): TI18n {
  return useContext(I18nContext);
}

/** A function that turns a framework text into the string this person reads. */
export function useLocalize(): (text: TLocalizedText) => string {
  const { locale, audience } = useI18n();
  return useCallback(
    (text: TLocalizedText) => localize(text, { locale, audience }),
    [locale, audience],
  );
}
