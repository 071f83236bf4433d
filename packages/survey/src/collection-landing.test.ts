import { describe, expect, it } from 'vitest';
import { ZCollectionLanding, ZCollectionTheme, ZCollectionThemeShape } from './collection-landing';
import { zhzVerteltLanding, zhzVerteltTheme } from './frameworks';
import {
  adjustThemeContrast,
  contrastRatio,
  HOUSE_COLOURS,
  THEME_CONTRAST_PAIRS,
  themeContrastIssues,
} from './theme-contrast';

describe('contrastRatio (WCAG 2.x)', () => {
  it('matches the known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    // Order does not matter.
    expect(contrastRatio('#0b55a3', '#ffffff')).toBe(contrastRatio('#ffffff', '#0b55a3'));
  });
});

describe('theme contrast', () => {
  it('the house colours pass every pair', () => {
    expect(themeContrastIssues({})).toEqual([]);
  });

  it('names the pair that fails', () => {
    const issues = themeContrastIssues({
      'utrecht.button.primary-action.background-color': '#ffdd00',
    });
    expect(issues.map((i) => i.foreground)).toEqual([
      'utrecht.button.primary-action.color',
      'utrecht.button.primary-action.background-color',
    ]);
    expect(issues[0]!.message).toContain('de tekst op de knoppen');
  });

  it('refuses a failing theme in the schema, accepts a passing one', () => {
    const failing = ZCollectionTheme.safeParse({
      name: 'Geel',
      colours: { 'utrecht.link.color': '#aaaaaa' },
    });
    expect(failing.success).toBe(false);
    expect(failing.error?.issues[0]?.path).toEqual(['colours', 'utrecht.link.color']);
    expect(
      ZCollectionTheme.safeParse({ name: 'ZHZ', colours: { 'utrecht.link.color': '#005a4e' } })
        .success,
    ).toBe(true);
  });

  it('adjusts any theme until every pair passes, keeping the backgrounds', () => {
    const random = (seed: number) => {
      let s = seed;
      return () => {
        s = (s * 1103515245 + 12345) % 2 ** 31;
        return `#${(s % 0xffffff).toString(16).padStart(6, '0')}`;
      };
    };
    const next = random(7);
    for (let i = 0; i < 500; i++) {
      const colours = Object.fromEntries(Object.keys(HOUSE_COLOURS).map((k) => [k, next()]));
      const adjusted = adjustThemeContrast(colours);
      for (const pair of THEME_CONTRAST_PAIRS) {
        expect(
          contrastRatio(adjusted[pair.foreground], adjusted[pair.background]),
        ).toBeGreaterThanOrEqual(pair.minimum);
      }
      expect(adjusted['utrecht.document.background-color']).toBe(
        colours['utrecht.document.background-color'],
      );
    }
  });

  it('leaves a passing theme as it is', () => {
    const colours = { 'utrecht.link.color': '#005a4e' };
    expect(adjustThemeContrast(colours)).toEqual({ ...HOUSE_COLOURS, ...colours });
  });
});

describe('theme and landing schemas', () => {
  it('the demo landing and theme are valid and pass AA', () => {
    expect(ZCollectionLanding.parse(zhzVerteltLanding)).toEqual(zhzVerteltLanding);
    expect(ZCollectionTheme.parse(zhzVerteltTheme)).toEqual(zhzVerteltTheme);
  });

  it('refuses colours that are not #rrggbb (no CSS smuggled into a custom property)', () => {
    const r = ZCollectionThemeShape.safeParse({
      name: 'x',
      colours: { 'utrecht.document.color': 'red; background: url(x)' },
    });
    expect(r.success).toBe(false);
  });

  it('refuses an unknown token and a logo that is too big or not an image', () => {
    expect(
      ZCollectionThemeShape.safeParse({ name: 'x', colours: { 'nl.anything': '#000000' } }).success,
    ).toBe(false);
    const alt = { nl: 'Logo' };
    expect(
      ZCollectionThemeShape.safeParse({ name: 'x', logo: { src: 'javascript:alert(1)', alt } })
        .success,
    ).toBe(false);
    expect(
      ZCollectionThemeShape.safeParse({
        name: 'x',
        logo: { src: `data:image/png;base64,${'A'.repeat(100_000)}`, alt },
      }).success,
    ).toBe(false);
    expect(
      ZCollectionThemeShape.safeParse({
        name: 'x',
        logo: { src: 'data:image/svg+xml;base64,PHN2Zy8+', alt },
      }).success,
    ).toBe(true);
    // A path on this server, but never another host (it would see every participant).
    expect(
      ZCollectionThemeShape.safeParse({ name: 'x', logo: { src: '/logos/zhz.svg', alt } }).success,
    ).toBe(true);
    for (const src of ['https://cdn.example/logo.png', '//cdn.example/logo.png']) {
      expect(ZCollectionThemeShape.safeParse({ name: 'x', logo: { src, alt } }).success).toBe(
        false,
      );
    }
  });

  it('a landing needs a way to reach the team', () => {
    const landing = {
      intro: { nl: 'Vertel' },
      privacy: { nl: 'Anoniem' },
      minutes: 20,
      use: { nl: 'Jaarverslag' },
      contact: { name: 'Team' },
    };
    expect(ZCollectionLanding.safeParse(landing).success).toBe(false);
    expect(
      ZCollectionLanding.safeParse({ ...landing, contact: { name: 'Team', email: 'a@b.nl' } })
        .success,
    ).toBe(true);
  });
});
