import type { TAudience, TLocale } from '@duiding/survey/client';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { loadTexts, type TTranslate, textsLoaded, translate } from './texts';

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

interface TShown {
  locale: TLocale;
  audience: TAudience;
}

/**
 * The language and audience the page shows: the ones asked for once their texts are here
 * (they load on demand), until then the ones shown before, so the questions and the
 * intake's own words always change together and never half.
 */
export function useShownLanguage(locale: TLocale, audience: TAudience): TShown {
  const ready = textsLoaded(locale, audience);
  const last = useRef<TShown>({ locale: 'nl', audience: 'general' });
  const [, loadedNow] = useState(0);
  useEffect(() => {
    if (ready) return;
    let current = true;
    loadTexts(locale, audience).then(
      () => {
        if (current) loadedNow((n) => n + 1);
      },
      // Offline: the chunk did not come; the page stays readable in what it shows.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [ready, locale, audience]);
  if (ready && (last.current.locale !== locale || last.current.audience !== audience)) {
    last.current = { locale, audience };
  }
  return last.current;
}
