const formats = new Map<string, Intl.DateTimeFormat>();

/** '2026-11-15' → '15 november 2026' (or 'November 15, 2026' in English); else as given. */
export function formatDay(day: string, locale: 'nl' | 'en' = 'nl'): string {
  const moment = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(moment.getTime())) return day;
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    formats.set(locale, format);
  }
  return format.format(moment);
}
