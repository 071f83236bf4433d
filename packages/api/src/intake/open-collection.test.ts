import { createCollection, findCollectionById, setCollectionPresentation } from '@duiding/db';
import {
  contrastRatio,
  THEME_CONTRAST_PAIRS,
  zhzVerteltLanding,
  zhzVerteltTheme,
} from '@duiding/survey';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CLOSES_AT,
  createTestApi,
  DURING,
  expectAppError,
  OPENS_AT,
  type TTestApi,
} from '../../test/harness';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

describe('intake.openCollection with a landing page and theme', () => {
  it('gives the landing texts and the theme in every state, the questionnaire only while open', async () => {
    api = await createTestApi();
    setCollectionPresentation(api.database.orm, api.collectionId, {
      landing: zhzVerteltLanding,
      theme: zhzVerteltTheme,
    });
    const slug = { slug: 'zhz-vertelt-2026' };
    const open = await api.caller().intake.openCollection(slug);
    expect(open).toMatchObject({
      status: 'open',
      landing: zhzVerteltLanding,
      theme: { name: 'ZHZ vertelt', logo: zhzVerteltTheme.logo, colours: zhzVerteltTheme.colours },
    });

    for (const [now, status] of [
      [new Date(OPENS_AT.getTime() - 86_400_000), 'upcoming'],
      [CLOSES_AT, 'closed'],
    ] as const) {
      api.setNow(now);
      const shown = await api.caller().intake.openCollection(slug);
      expect(shown).toMatchObject({ status, landing: zhzVerteltLanding });
      expect(shown.theme?.name).toBe('ZHZ vertelt');
      expect(shown).not.toHaveProperty('framework');
    }
  });

  it('adjusts a stored theme whose colours would fail WCAG AA before any browser sees it', async () => {
    api = await createTestApi();
    // Written past the schema, as an old or imported theme could be.
    setCollectionPresentation(api.database.orm, api.collectionId, {
      theme: {
        name: 'Geel',
        colours: {
          'utrecht.button.primary-action.background-color': '#ffe14d',
          'utrecht.link.color': '#9bbcff',
        },
      },
    });
    const { theme } = await api.caller().intake.openCollection({});
    expect(theme).not.toBeNull();
    for (const pair of THEME_CONTRAST_PAIRS) {
      expect(
        contrastRatio(theme!.colours[pair.foreground], theme!.colours[pair.background]),
      ).toBeGreaterThanOrEqual(pair.minimum);
    }
    // The region's background stays as chosen.
    expect(theme!.colours['utrecht.document.background-color']).toBe('#ffffff');
  });

  it('never opens a panel wave by its address, whatever its state', async () => {
    api = await createTestApi();
    const db = api.database.orm;
    const { projectId, frameworkVersionId } = findCollectionById(db, api.collectionId)!;
    createCollection(db, {
      projectId,
      frameworkVersionId,
      slug: 'panel-golf-1',
      title: 'Panel golf 1',
      kind: 'panel_wave',
      opensAt: OPENS_AT,
      closesAt: CLOSES_AT,
      now: DURING,
    });
    await expectAppError(api.caller().intake.openCollection({ slug: 'panel-golf-1' }), 'NOT_FOUND');
    api.setNow(CLOSES_AT);
    await expectAppError(api.caller().intake.openCollection({ slug: 'panel-golf-1' }), 'NOT_FOUND');
  });
});
