import {
  adjustThemeContrast,
  HOUSE_COLOURS,
  type TCollectionLanding,
  type TCollectionTheme,
  type TContrastIssue,
  THEME_COLOUR_TOKENS,
  type TLandingText,
  type TThemeColours,
  type TThemeColourToken,
  themeContrastIssues,
} from '@duiding/survey/client';

/*
 * The landing page and theme of a collection as a researcher types them: every field a
 * string, turned into what `portal.collections.setPresentation` takes, with the checks a
 * person can act on before saving. The contrast check is the server's own (WCAG AA), so
 * what this form lets through the server takes.
 */

/** As the server's `ZThemeLogo` allows: a data URI of about 75 kB. */
export const LOGO_MAX_CHARS = 100_000;

export const LANDING_TEXTS = ['intro', 'privacy', 'use'] as const;
export type TLandingTextKey = (typeof LANDING_TEXTS)[number];

export interface TPresentationValues {
  /** `youth`: the A2 variants, kept as they are (this form does not edit them). */
  texts: Record<TLandingTextKey, { nl: string; en: string; youth?: TLandingText['youth'] }>;
  minutes: string;
  contact: { name: string; email: string; phone: string; url: string };
  themeName: string;
  logo: { src: string; alt: string; altEn?: string | undefined };
  colours: Record<TThemeColourToken, string>;
}

/** A field's key in the form, also the end of its input's id: `intro.nl`, `colour.utrecht.link.color`. */
export type TPresentationErrors = Record<string, string>;

export const COLOUR_LABELS: Record<TThemeColourToken, string> = {
  'utrecht.document.background-color': 'Achtergrond',
  'utrecht.document.color': 'Tekst',
  'utrecht.heading.color': 'Koppen',
  'utrecht.link.color': 'Links',
  'utrecht.button.primary-action.background-color': 'Knoppen',
  'utrecht.button.primary-action.color': 'Tekst op de knoppen',
  'utrecht.focus.outline-color': 'Focusrand',
};

const textOf = (text: TLandingText | undefined) => ({
  nl: text?.nl ?? '',
  en: text?.en ?? '',
  ...(text?.youth ? { youth: text.youth } : {}),
});

export function presentationValues(
  landing: TCollectionLanding | null,
  theme: TCollectionTheme | null,
): TPresentationValues {
  return {
    texts: {
      intro: textOf(landing?.intro),
      privacy: textOf(landing?.privacy),
      use: textOf(landing?.use),
    },
    minutes: landing ? String(landing.minutes) : '',
    contact: {
      name: landing?.contact.name ?? '',
      email: landing?.contact.email ?? '',
      phone: landing?.contact.phone ?? '',
      url: landing?.contact.url ?? '',
    },
    themeName: theme?.name ?? '',
    logo: {
      src: theme?.logo?.src ?? '',
      alt: theme?.logo?.alt.nl ?? '',
      altEn: theme?.logo?.alt.en,
    },
    colours: { ...HOUSE_COLOURS, ...theme?.colours },
  };
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The colours that differ from the house's: a token left out keeps the house colour. */
function themeColours(values: TPresentationValues): TThemeColours {
  const colours: TThemeColours = {};
  for (const token of THEME_COLOUR_TOKENS) {
    const value = values.colours[token].trim().toLowerCase();
    if (value !== HOUSE_COLOURS[token]) colours[token] = value;
  }
  return colours;
}

/** Each colour pair below WCAG AA, with the nearest colour that meets it. */
export function contrastProblems(
  values: TPresentationValues,
): (TContrastIssue & { adjusted: string })[] {
  const colours = themeColours(values);
  if (Object.values(colours).some((c) => !HEX.test(c ?? ''))) return [];
  const adjusted = adjustThemeContrast(colours);
  return themeContrastIssues(colours).map((issue) => ({
    ...issue,
    adjusted: adjusted[issue.foreground],
  }));
}

/** The form's colours with every failing one replaced by its adjusted colour. */
export function withAdjustedColours(values: TPresentationValues): TPresentationValues {
  const colours = themeColours(values);
  return { ...values, colours: { ...HOUSE_COLOURS, ...adjustThemeContrast(colours) } };
}

const landingText = (
  text: TPresentationValues['texts'][TLandingTextKey],
  english: boolean,
): TLandingText => ({
  nl: text.nl.trim(),
  ...(english && text.en.trim() ? { en: text.en.trim() } : {}),
  ...(text.youth ? { youth: text.youth } : {}),
});

const isEmpty = (values: TPresentationValues) =>
  LANDING_TEXTS.every((k) => !values.texts[k].nl.trim() && !values.texts[k].en.trim()) &&
  !values.minutes.trim() &&
  Object.values(values.contact).every((v) => !v.trim());

export type TPresentationResult =
  | { ok: true; landing: TCollectionLanding | null; theme: TCollectionTheme | null }
  | { ok: false; errors: TPresentationErrors };

/**
 * What to save, or what to fix first. An empty landing part means the intake's own page;
 * a theme without a name means the house style.
 */
export function readPresentation(
  values: TPresentationValues,
  { english }: { english: boolean },
): TPresentationResult {
  const errors: TPresentationErrors = {};
  let landing: TCollectionLanding | null = null;
  if (!isEmpty(values)) {
    const required: Record<TLandingTextKey, string> = {
      intro: 'Schrijf waarom dit onderzoek er is en voor wie.',
      privacy: 'Schrijf wat er over de verteller bewaard wordt en wat niet.',
      use: 'Schrijf wat er met de verhalen gebeurt.',
    };
    for (const key of LANDING_TEXTS)
      if (!values.texts[key].nl.trim()) errors[`${key}.nl`] = required[key];
    const minutes = Number(values.minutes.trim());
    if (!/^\d+$/.test(values.minutes.trim()) || minutes < 1 || minutes > 240)
      errors.minutes = 'Vul een heel aantal minuten in, van 1 tot 240.';
    const contact = values.contact;
    if (!contact.name.trim()) errors['contact.name'] = 'Schrijf wie vragen beantwoordt.';
    if (!contact.email.trim() && !contact.phone.trim() && !contact.url.trim())
      errors['contact.email'] =
        'Geef een e-mailadres, telefoonnummer of website waar mensen met vragen terechtkunnen.';
    if (contact.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email.trim()))
      errors['contact.email'] = 'Dit is geen geldig e-mailadres.';
    if (contact.phone.trim() && !/^[+0-9 ()-]{6,30}$/.test(contact.phone.trim()))
      errors['contact.phone'] = 'Een telefoonnummer bestaat uit cijfers, spaties en + ( ) -.';
    if (contact.url.trim() && !/^https:\/\/\S+$/.test(contact.url.trim()))
      errors['contact.url'] = 'Een website begint met https://.';
    landing = {
      intro: landingText(values.texts.intro, english),
      privacy: landingText(values.texts.privacy, english),
      minutes,
      use: landingText(values.texts.use, english),
      contact: {
        name: contact.name.trim(),
        ...(contact.email.trim() ? { email: contact.email.trim() } : {}),
        ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}),
        ...(contact.url.trim() ? { url: contact.url.trim() } : {}),
      },
    };
  }

  let theme: TCollectionTheme | null = null;
  const colours = themeColours(values);
  const themed = values.themeName.trim() || values.logo.src || Object.keys(colours).length > 0;
  if (themed) {
    if (!values.themeName.trim()) errors.themeName = 'Geef de site een naam, zoals "ZHZ vertelt".';
    for (const token of THEME_COLOUR_TOKENS) {
      if (!HEX.test(values.colours[token].trim()))
        errors[`colour.${token}`] = 'Een kleur schrijf je als #rrggbb, bijvoorbeeld #0b55a3.';
    }
    for (const issue of contrastProblems(values))
      errors[`colour.${issue.foreground}`] ??=
        `${issue.message.replace(' Kies een donkerdere of lichtere kleur.', '')} Met ${issue.adjusted} lukt het.`;
    if (values.logo.src && !values.logo.alt.trim())
      errors['logo.alt'] = 'Beschrijf het logo voor wie het niet ziet, zoals "Logo van regio ZHZ".';
    theme = {
      name: values.themeName.trim(),
      ...(values.logo.src
        ? {
            logo: {
              src: values.logo.src,
              alt: {
                nl: values.logo.alt.trim(),
                ...(values.logo.altEn ? { en: values.logo.altEn } : {}),
              },
            },
          }
        : {}),
      colours,
    };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, landing, theme };
}
