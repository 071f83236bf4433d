import { contrastRatio, HOUSE_COLOURS } from '@duiding/survey/client';
import { describe, expect, it } from 'vitest';
import {
  contrastProblems,
  presentationValues,
  readPresentation,
  withAdjustedColours,
} from './presentation-form';

const filled = () => {
  const values = presentationValues(null, null);
  values.texts.intro.nl = 'Vertel hoe de jeugdhulp ging.';
  values.texts.privacy.nl = 'We bewaren geen naam.';
  values.texts.use.nl = 'In het jaarverslag.';
  values.minutes = '20';
  values.contact.name = 'Onderzoeksteam';
  values.contact.email = 'onderzoek@example.nl';
  return values;
};

describe('the landing page and theme form', () => {
  it('saves nothing of its own when left empty: the intake keeps its own page and the house style', () => {
    expect(readPresentation(presentationValues(null, null), { english: false })).toEqual({
      ok: true,
      landing: null,
      theme: null,
    });
  });

  it('asks for every landing text, the minutes and a way to reach the team once one is filled in', () => {
    const values = presentationValues(null, null);
    values.texts.intro.nl = 'Alleen een inleiding.';
    const result = readPresentation(values, { english: false });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual([
      'contact.email',
      'contact.name',
      'minutes',
      'privacy.nl',
      'use.nl',
    ]);
  });

  it('sends only the colours that differ from the house, and English only where the collection has it', () => {
    const values = filled();
    values.texts.intro.en = 'Tell us.';
    values.themeName = 'ZHZ vertelt';
    values.colours['utrecht.link.color'] = '#0A4A8F';
    const dutch = readPresentation(values, { english: false });
    expect(dutch).toMatchObject({
      ok: true,
      landing: { intro: { nl: 'Vertel hoe de jeugdhulp ging.' }, minutes: 20 },
      theme: { name: 'ZHZ vertelt', colours: { 'utrecht.link.color': '#0a4a8f' } },
    });
    expect(dutch.ok && dutch.landing?.intro).toEqual({ nl: 'Vertel hoe de jeugdhulp ging.' });
    const both = readPresentation(values, { english: true });
    expect(both.ok && both.landing?.intro).toEqual({
      nl: 'Vertel hoe de jeugdhulp ging.',
      en: 'Tell us.',
    });
  });

  it('refuses a button colour below 3:1 as the server does, and its adjusted colour passes', () => {
    const values = filled();
    values.themeName = 'Geel';
    values.colours['utrecht.button.primary-action.background-color'] = '#f5d547';
    // WCAG: #f5d547 on white is about 1.4:1.
    expect(contrastRatio('#f5d547', '#ffffff')).toBeLessThan(3);
    // White text on it fails too (4.5:1); both are named.
    const problems = contrastProblems(values);
    expect(problems.map((p) => p.foreground).sort()).toEqual([
      'utrecht.button.primary-action.background-color',
      'utrecht.button.primary-action.color',
    ]);
    const problem = problems.find((p) => p.minimum === 3);
    expect(problem).toMatchObject({
      foreground: 'utrecht.button.primary-action.background-color',
      minimum: 3,
    });
    const refused = readPresentation(values, { english: false });
    expect(refused.ok ? {} : refused.errors).toHaveProperty([
      'colour.utrecht.button.primary-action.background-color',
    ]);
    const adjusted = withAdjustedColours(values);
    const button = adjusted.colours['utrecht.button.primary-action.background-color'];
    expect(button).toBe(problem?.adjusted);
    expect(
      contrastRatio(button, HOUSE_COLOURS['utrecht.document.background-color']),
    ).toBeGreaterThanOrEqual(3);
    expect(contrastProblems(adjusted)).toEqual([]);
    expect(readPresentation(adjusted, { english: false }).ok).toBe(true);
  });

  it('keeps the youth texts it does not edit', () => {
    const youth = { nl: 'Vertel over je hulp.' };
    const values = presentationValues(
      {
        intro: { nl: 'Inleiding', youth },
        privacy: { nl: 'Privacy' },
        use: { nl: 'Gebruik' },
        minutes: 20,
        contact: { name: 'Team', email: 'team@example.nl' },
      },
      null,
    );
    const result = readPresentation(values, { english: false });
    expect(result.ok && result.landing?.intro).toEqual({ nl: 'Inleiding', youth });
  });
});
