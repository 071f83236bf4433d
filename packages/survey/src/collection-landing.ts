import { z } from 'zod';
import { isHexColour, THEME_COLOUR_TOKENS, themeContrastIssues } from './theme-contrast';

/*
 * What a collection shows before anyone tells a story: its landing page (why, how long, what
 * happens with the stories, whom to ask) and its look (the region's name, logo and colours).
 * Portal writes them, the intake shows them; both parse with these schemas.
 */

const boundedText = (max: number) => z.string().trim().min(1).max(max);

/** A landing text in Dutch, optionally English, with optional youth (A2) variants. */
export const ZLandingText = z.strictObject({
  nl: boundedText(4000),
  en: boundedText(4000).optional(),
  youth: z
    .strictObject({ nl: boundedText(4000).optional(), en: boundedText(4000).optional() })
    .optional(),
});
export type TLandingText = z.infer<typeof ZLandingText>;

export const ZCollectionContact = z
  .strictObject({
    /** Who answers, e.g. "Onderzoeksteam ZHZ vertelt". */
    name: boundedText(200),
    email: z.email('Dit is geen geldig e-mailadres.').max(254).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{6,30}$/, 'Een telefoonnummer bestaat uit cijfers, spaties en + ( ) -.')
      .optional(),
    url: z
      .url({ protocol: /^https$/, error: 'Een website begint met https://.' })
      .max(500)
      .optional(),
  })
  .refine((c) => Boolean(c.email ?? c.phone ?? c.url), {
    message:
      'Geef een e-mailadres, telefoonnummer of website waar mensen met vragen terechtkunnen.',
  });
export type TCollectionContact = z.infer<typeof ZCollectionContact>;

export const ZCollectionLanding = z.strictObject({
  /** Why this research, for whom; the first thing a person reads. */
  intro: ZLandingText,
  /** What is and is not kept about the person (anonymous, personal code, withdraw). */
  privacy: ZLandingText,
  /** About how long telling one story takes, in minutes. */
  minutes: z.number().int().min(1).max(240),
  /** How the stories will be used: the yearly report, the interpretation group, … */
  use: ZLandingText,
  contact: ZCollectionContact,
});
export type TCollectionLanding = z.infer<typeof ZCollectionLanding>;

/**
 * A logo is shown as an image only (`<img>`: no script runs in it), so SVG is allowed. It is
 * a data URI or a path on this server, never another host: a participant's browser must not
 * tell a third party that it visits (and the intake's CSP allows only these).
 */
export const LOGO_MAX_CHARS = 100_000;
const DATA_URI = /^data:image\/(png|jpeg|webp|gif|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

export const ZThemeLogo = z.strictObject({
  src: z
    .string()
    .max(LOGO_MAX_CHARS, 'Het logo is te groot: maak het kleiner dan 75 kB.')
    .refine(
      (src) => DATA_URI.test(src) || /^\/(?!\/)[A-Za-z0-9._~/-]+$/.test(src),
      'Een logo is een afbeelding (png, jpeg, webp, gif of svg) of een pad op deze server, zoals /logo.svg; geen adres van een andere website.',
    ),
  /** Text for screen readers, e.g. "Logo van regio Zuid-Holland Zuid". */
  alt: ZLandingText,
});
export type TThemeLogo = z.infer<typeof ZThemeLogo>;

const ZHexColour = z
  .string()
  .refine(isHexColour, 'Een kleur schrijf je als #rrggbb, bijvoorbeeld #0b55a3.');

/** Colour design tokens in NL Design System naming; a token left out keeps the house colour. */
export const ZThemeColours = z.partialRecord(z.enum(THEME_COLOUR_TOKENS), ZHexColour);

/** The shape of a theme, without the contrast check (for reading one that is stored). */
export const ZCollectionThemeShape = z.strictObject({
  /** The site's name, e.g. "ZHZ vertelt". */
  name: boundedText(80),
  logo: ZThemeLogo.optional(),
  colours: ZThemeColours.default({}),
});

/** A theme a researcher may save: every text and part of the interface meets WCAG AA. */
export const ZCollectionTheme = ZCollectionThemeShape.superRefine((theme, ctx) => {
  for (const issue of themeContrastIssues(theme.colours)) {
    ctx.addIssue({ code: 'custom', path: ['colours', issue.foreground], message: issue.message });
  }
});
export type TCollectionTheme = z.infer<typeof ZCollectionThemeShape>;
