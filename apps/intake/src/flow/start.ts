import type { TFramework } from '@duiding/survey/client';
import { chooseLocale } from '../i18n/locale';
import { initialFlow, reachablePlace, type TFlowState, type TFreshIds } from './flow';
import { parseSnapshot, restoreFlow } from './session-store';
import { placeOfUrl } from './url';

export interface TStartInput {
  framework: TFramework;
  ids: TFreshIds;
  /** The page's address, with maybe `?stap=` and `?lang=`. */
  url: string;
  browserLanguages: readonly string[];
  /** What this tab's sessionStorage holds for the collection, if anything. */
  stored: string | null;
}

/**
 * Where the intake opens: the answers of this tab from before a reload, the step the
 * address names (if every step before it is answered), the language of `?lang=`, else the
 * one used before, else the browser's.
 */
export function startFlow({ framework, ids, url, browserLanguages, stored }: TStartInput) {
  const param = new URL(url).searchParams.get('lang');
  const snapshot = parseSnapshot(stored);
  const available = framework.languages;
  const locale = chooseLocale({
    param: param ?? snapshot?.locale,
    browserLanguages,
    available,
  });
  const fresh = initialFlow(ids, locale);
  const base: TFlowState = snapshot ? { ...restoreFlow(fresh, snapshot), locale } : fresh;
  const asked = placeOfUrl(url) ?? base.place;
  const place = reachablePlace(framework, base, asked);
  return { ...base, place, lastStep: 'step' in place ? place.step : base.lastStep };
}
