/*
 * WCAG 2.2 contrast for a collection's theme, without zod so the browser may import it.
 * Relative luminance and contrast ratio as defined in WCAG 2.x (success criteria 1.4.3 for
 * text, 4.5:1, and 1.4.11 for parts of the interface such as a button's edge or the focus
 * ring, 3:1).
 */

/** The colour tokens a theme may set, in NL Design System naming (`utrecht.*` component tokens). */
export const THEME_COLOUR_TOKENS = [
  'utrecht.document.background-color',
  'utrecht.document.color',
  'utrecht.heading.color',
  'utrecht.link.color',
  'utrecht.button.primary-action.background-color',
  'utrecht.button.primary-action.color',
  'utrecht.focus.outline-color',
] as const;
export type TThemeColourToken = (typeof THEME_COLOUR_TOKENS)[number];
export type TThemeColours = Partial<Record<TThemeColourToken, string>>;

/** The house colours (apps' styles.css), used for every token a theme leaves out. */
export const HOUSE_COLOURS: Record<TThemeColourToken, string> = {
  'utrecht.document.background-color': '#ffffff',
  'utrecht.document.color': '#1b1b1f',
  'utrecht.heading.color': '#1b1b1f',
  'utrecht.link.color': '#0b55a3',
  'utrecht.button.primary-action.background-color': '#0b55a3',
  'utrecht.button.primary-action.color': '#ffffff',
  'utrecht.focus.outline-color': '#1a4fd6',
};

export const TEXT_CONTRAST = 4.5;
export const UI_CONTRAST = 3;

/** Which colour must stand out against which, and how much. */
export const THEME_CONTRAST_PAIRS: readonly {
  foreground: TThemeColourToken;
  background: TThemeColourToken;
  minimum: number;
  /** What a person would miss, for the message that refuses the theme. */
  what: string;
}[] = [
  {
    foreground: 'utrecht.document.color',
    background: 'utrecht.document.background-color',
    minimum: TEXT_CONTRAST,
    what: 'de tekst op de achtergrond',
  },
  {
    foreground: 'utrecht.heading.color',
    background: 'utrecht.document.background-color',
    minimum: TEXT_CONTRAST,
    what: 'de koppen op de achtergrond',
  },
  {
    foreground: 'utrecht.link.color',
    background: 'utrecht.document.background-color',
    minimum: TEXT_CONTRAST,
    what: 'de links op de achtergrond',
  },
  {
    foreground: 'utrecht.button.primary-action.color',
    background: 'utrecht.button.primary-action.background-color',
    minimum: TEXT_CONTRAST,
    what: 'de tekst op de knoppen',
  },
  {
    foreground: 'utrecht.button.primary-action.background-color',
    background: 'utrecht.document.background-color',
    minimum: UI_CONTRAST,
    what: 'de knoppen op de achtergrond',
  },
  {
    foreground: 'utrecht.focus.outline-color',
    background: 'utrecht.document.background-color',
    minimum: UI_CONTRAST,
    what: 'de focusrand op de achtergrond',
  },
];

const HEX = /^#[0-9a-f]{6}$/i;
export const isHexColour = (value: string) => HEX.test(value);

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance of an sRGB colour `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

export interface TContrastIssue {
  foreground: TThemeColourToken;
  background: TThemeColourToken;
  ratio: number;
  minimum: number;
  message: string;
}

const resolved = (colours: TThemeColours) => ({ ...HOUSE_COLOURS, ...colours });

/** Every pair of the theme (house colours filling the gaps) below its WCAG AA minimum. */
export function themeContrastIssues(colours: TThemeColours): TContrastIssue[] {
  const all = resolved(colours);
  return THEME_CONTRAST_PAIRS.flatMap(({ foreground, background, minimum, what }) => {
    const ratio = contrastRatio(all[foreground], all[background]);
    if (ratio >= minimum) return [];
    const shown = Math.floor(ratio * 100) / 100;
    return [
      {
        foreground,
        background,
        ratio,
        minimum,
        message: `Het contrast van ${what} is ${shown.toFixed(2)}:1; dat moet minstens ${minimum}:1 zijn. Kies een donkerdere of lichtere kleur.`,
      },
    ];
  });
}

const toHex = (rgb: number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * Moves `colour` towards black or white (whichever can reach the minimum against `against`)
 * in small steps until the pair meets `minimum`; keeps the hue as far as it can.
 */
function shiftUntilContrast(colour: string, against: string, minimum: number): string {
  const darker = relativeLuminance(against) > 0.18;
  const target = darker ? [0, 0, 0] : [255, 255, 255];
  const start = channels(colour);
  for (let step = 0; step <= 100; step++) {
    const t = step / 100;
    const mixed = toHex(start.map((c, i) => c + (target[i]! - c) * t));
    if (contrastRatio(mixed, against) >= minimum) return mixed;
  }
  return toHex(target);
}

/**
 * The theme's colours with every failing foreground moved until WCAG AA holds, for a theme
 * stored before it was checked or one that must be shown no matter what. Backgrounds stay,
 * so the region's own colour keeps its place.
 */
export function adjustThemeContrast(colours: TThemeColours): Record<TThemeColourToken, string> {
  const all = resolved(colours);
  // Button text is checked after the button colour may have moved.
  for (const { foreground, background, minimum } of THEME_CONTRAST_PAIRS) {
    if (contrastRatio(all[foreground], all[background]) < minimum) {
      all[foreground] = shiftUntilContrast(all[foreground], all[background], minimum);
    }
  }
  const buttonText = THEME_CONTRAST_PAIRS[3]!;
  if (contrastRatio(all[buttonText.foreground], all[buttonText.background]) < buttonText.minimum) {
    all[buttonText.foreground] = shiftUntilContrast(
      all[buttonText.foreground],
      all[buttonText.background],
      buttonText.minimum,
    );
  }
  return all;
}
