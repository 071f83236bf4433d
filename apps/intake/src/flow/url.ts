import type { TLocale } from '@duiding/survey/client';
import type { TStep } from './steps';

/** The screens that are not a step of a story. */
export type TPageKey = 'thanks' | 'saved' | 'resume' | 'withdraw' | 'forget';
/** Where a person is: a step of the story, or one of the other pages. */
export type TPlace = { step: TStep['key'] } | { page: TPageKey };

const PAGE_SLUGS: Record<TPageKey, string> = {
  thanks: 'bedankt',
  saved: 'bewaard',
  resume: 'verder-met-code',
  withdraw: 'terugtrekken',
  forget: 'vergeten',
};
const STEP_SLUGS: Record<string, string> = {
  welcome: 'welkom',
  participant: 'over-jou',
  prompt: 'vertelvraag',
  story: 'verhaal',
};

/** The `stap` in the address, in Dutch words a person can read: `verhaal`, `vraag-hulp`. */
export function placeSlug(place: TPlace): string {
  if ('page' in place) return PAGE_SLUGS[place.page];
  const key = place.step;
  return key.startsWith('q:') ? `vraag-${key.slice(2)}` : (STEP_SLUGS[key] ?? 'welkom');
}

export function placeOfSlug(slug: string | null): TPlace | undefined {
  if (!slug) return undefined;
  const page = (Object.keys(PAGE_SLUGS) as TPageKey[]).find((p) => PAGE_SLUGS[p] === slug);
  if (page) return { page };
  if (slug.startsWith('vraag-') && slug.length > 'vraag-'.length)
    return { step: `q:${slug.slice('vraag-'.length)}` };
  const step = Object.keys(STEP_SLUGS).find((k) => STEP_SLUGS[k] === slug);
  return step ? { step: step as TStep['key'] } : undefined;
}

/**
 * The address of a place: the current one with `stap` and `lang` set, every other part
 * (such as `?collectie=`) kept as it was.
 */
export function placeUrl(current: string, place: TPlace, locale: TLocale): string {
  const url = new URL(current);
  url.searchParams.set('stap', placeSlug(place));
  url.searchParams.set('lang', locale);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function placeOfUrl(current: string): TPlace | undefined {
  return placeOfSlug(new URL(current).searchParams.get('stap'));
}
