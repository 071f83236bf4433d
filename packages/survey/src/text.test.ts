import { describe, expect, it } from 'vitest';
import { localize, ZLocalizedText } from './text';

describe('localize', () => {
  const full = { nl: 'Algemeen', en: 'General', youth: { nl: 'Jong', en: 'Young' } };

  it('gives the audience variant in the locale', () => {
    expect(localize(full, { locale: 'nl' })).toBe('Algemeen');
    expect(localize(full, { locale: 'en' })).toBe('General');
    expect(localize(full, { locale: 'nl', audience: 'youth' })).toBe('Jong');
    expect(localize(full, { locale: 'en', audience: 'youth' })).toBe('Young');
  });

  it('falls back from youth to general, then to Dutch', () => {
    const noYouthEnglish = { nl: 'Algemeen', en: 'General', youth: { nl: 'Jong' } };
    expect(localize(noYouthEnglish, { locale: 'en', audience: 'youth' })).toBe('General');
    expect(localize({ nl: 'Algemeen', en: 'General' }, { locale: 'nl', audience: 'youth' })).toBe(
      'Algemeen',
    );
    expect(
      localize({ nl: 'Algemeen', youth: { nl: 'Jong' } }, { locale: 'en', audience: 'youth' }),
    ).toBe('Jong');
    expect(localize({ nl: 'Algemeen' }, { locale: 'en' })).toBe('Algemeen');
  });

  it('does not accept an empty text', () => {
    expect(ZLocalizedText.safeParse({ nl: '  ' }).success).toBe(false);
    expect(ZLocalizedText.safeParse({ nl: 'x', de: 'y' }).success).toBe(false);
  });
});
