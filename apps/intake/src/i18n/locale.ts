import type { TLocale } from '@duiding/survey/client';

/**
 * The language to start in: `?lang=` when the framework has it, else the first of the
 * browser's languages that it has, else Dutch.
 */
export function chooseLocale({
  param,
  browserLanguages,
  available,
}: {
  param: string | null | undefined;
  browserLanguages: readonly string[];
  available: readonly TLocale[];
}): TLocale {
  const supported = (tag: string | null | undefined): TLocale | undefined => {
    const base = tag?.toLowerCase().split('-')[0];
    return available.find((locale) => locale === base);
  };
  const fromParam = supported(param);
  if (fromParam) return fromParam;
  for (const tag of browserLanguages) {
    const found = supported(tag);
    if (found) return found;
  }
  return 'nl';
}
