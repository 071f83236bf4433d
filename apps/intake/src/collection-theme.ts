import type { TThemeColourToken } from '@duiding/survey';

/** A theme as `intake.openCollection` gives it: every colour set and checked for AA. */
export interface TIntakeTheme {
  name: string;
  logo?: { src: string; alt: { nl: string; en?: string } };
  colours: Record<TThemeColourToken, string>;
}

/** `utrecht.button.primary-action.color` → `--utrecht-button-primary-action-color`. */
export const tokenProperty = (token: string) => `--${token.replaceAll('.', '-')}`;

/**
 * The CSS custom properties of a theme: every NL Design System token as itself, and the
 * house variables the shared stylesheet uses, mapped onto the tokens whose contrast was
 * checked for the same use (text on the page, buttons, links, the focus ring).
 */
export function themeProperties(theme: TIntakeTheme): Record<string, string> {
  const c = theme.colours;
  const tokens = Object.fromEntries(
    Object.entries(c).map(([token, value]) => [tokenProperty(token), value]),
  );
  return {
    ...tokens,
    '--paper': c['utrecht.document.background-color'],
    '--ink': c['utrecht.document.color'],
    // Muted text and field edges take the text colour: their house greys are only checked
    // against white.
    '--muted': c['utrecht.document.color'],
    '--line': c['utrecht.document.color'],
    '--accent': c['utrecht.button.primary-action.background-color'],
    // Used as text on the page (secondary buttons): the link colour has 4.5:1 there.
    '--accent-dark': c['utrecht.link.color'],
    '--accent-soft': `color-mix(in srgb, ${c['utrecht.button.primary-action.background-color']} 8%, ${c['utrecht.document.background-color']})`,
    '--focus': c['utrecht.focus.outline-color'],
  };
}

/** Puts a theme on the page (or takes the last one off), as custom properties on `<html>`. */
export function applyTheme(
  theme: TIntakeTheme | null,
  root: HTMLElement = document.documentElement,
) {
  for (let i = root.style.length - 1; i >= 0; i--) {
    const name = root.style.item(i);
    if (name.startsWith('--')) root.style.removeProperty(name);
  }
  if (!theme) {
    delete root.dataset.collectionTheme;
    return;
  }
  for (const [name, value] of Object.entries(themeProperties(theme))) {
    root.style.setProperty(name, value);
  }
  root.dataset.collectionTheme = '';
  document
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute('content', theme.colours['utrecht.button.primary-action.background-color']);
}
