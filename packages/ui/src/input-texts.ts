import type { TAudience, TLocale } from '@duiding/survey/client';
import { useCallback } from 'react';
import { useI18n } from './i18n';

/**
 * The inputs' own instructions, per language and audience. The youth texts are A2 Dutch
 * for young people on a phone: what to tap, no keys such as Shift or Home (a keyboard user
 * still finds the arrow keys in the general text's place through the same controls).
 */
const nl = {
  triadHelp:
    'Tik of klik in de driehoek, of gebruik de pijltjestoetsen (met Shift grotere stappen, Home = midden). Hoe dichter bij een hoek, hoe meer die hoek past.',
  stonesHelp:
    'Tik op een steen onder het veld en dan op de plek in het veld, of sleep hem erheen. Met het toetsenbord: kies een steen met Enter en verschuif hem met de pijltjestoetsen (met Shift grotere stappen). Met Terug haal je een steen weer van het veld.',
  notApplicable: 'Niet van toepassing op mijn verhaal',
  optional: '(niet verplicht)',
};
export type TInputTextKey = keyof typeof nl;

const youthNl: Partial<Record<TInputTextKey, string>> = {
  triadHelp:
    'Tik in de driehoek. Hoe dichter bij een hoek, hoe meer die hoek past. Je mag ook de pijltjes gebruiken.',
  stonesHelp:
    'Tik op een steen onder het veld. Tik dan op een plek in het veld. Of sleep de steen erheen. Met Terug haal je de steen weer weg.',
  notApplicable: 'Past niet bij mijn verhaal',
};

const en: Record<TInputTextKey, string> = {
  triadHelp:
    'Tap or click in the triangle, or use the arrow keys (with Shift for bigger steps, Home = centre). The closer to a corner, the more that corner fits.',
  stonesHelp:
    'Tap a stone below the field and then the place in the field, or drag it there. With the keyboard: pick a stone with Enter and move it with the arrow keys (with Shift for bigger steps). Terug takes a stone off the field again.',
  notApplicable: 'Not applicable to my story',
  optional: '(optional)',
};

export function inputText(
  key: TInputTextKey,
  { locale, audience }: { locale: TLocale; audience: TAudience },
): string {
  const youth = audience === 'youth' && locale === 'nl' ? youthNl[key] : undefined;
  return youth ?? (locale === 'en' ? en[key] : nl[key]);
}

/** Every youth text, for the test that keeps keyboard keys out of them. */
export const YOUTH_INPUT_TEXTS: readonly string[] = Object.values(youthNl);

export function useInputText(): (key: TInputTextKey) => string {
  const { locale, audience } = useI18n();
  return useCallback((key) => inputText(key, { locale, audience }), [locale, audience]);
}
