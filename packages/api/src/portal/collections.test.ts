import { setStoryStatus } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLOSES_AT,
  createTestApi,
  DURING,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  PARTICIPANT_ANSWERS,
  storyInput,
  type TTestApi,
} from '../../test/harness';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

async function researcher(test: TTestApi) {
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(MEMBER);
  return browser;
}

async function versionId(test: TTestApi, browser: Awaited<ReturnType<typeof researcher>>) {
  const { frameworks } = await browser.portal.frameworks.list({ projectId: test.projectId });
  return frameworks[0]!.versions[0]!.id;
}

describe('portal.collections', () => {
  it('opens a collection on a published version with moments in Amsterdam time, extends it and closes it early', async () => {
    api = await createTestApi();
    const browser = await researcher(api);
    const projectId = api.projectId;
    const created = await browser.portal.collections.create({
      projectId,
      frameworkVersionId: await versionId(api, browser),
      kind: 'public',
      title: 'ZHZ vertelt voorjaar',
      slug: 'zhz-voorjaar',
      // Winter time: 09:00 in Amsterdam is 08:00 UTC; summer time: 23:59 is 21:59 UTC.
      opensAt: '2026-11-16T09:00',
      closesAt: '2027-06-30T23:59',
      languages: ['nl'],
      landing: undefined,
    });
    expect(created).toMatchObject({
      opensAt: '2026-11-16T08:00:00.000Z',
      closesAt: '2027-06-30T21:59:00.000Z',
      status: 'upcoming',
      languages: ['nl'],
    });

    const extended = await browser.portal.collections.extend({
      projectId,
      collectionId: created.id,
      closesAt: '2027-07-31T23:59',
    });
    expect(extended.closesAt).toBe('2027-07-31T21:59:00.000Z');
    await expectAppError(
      browser.portal.collections.extend({
        projectId,
        collectionId: created.id,
        closesAt: '2027-01-01T00:00',
      }),
      'BAD_INPUT',
    );

    const closed = await browser.portal.collections.close({
      projectId,
      collectionId: api.collectionId,
    });
    expect(closed).toMatchObject({ status: 'closed', closesAt: DURING.toISOString() });
    await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId)),
      'COLLECTION_CLOSED',
    );
    await expectAppError(
      browser.portal.collections.close({ projectId, collectionId: api.collectionId }),
      'CONFLICT',
    );

    const { collections } = await browser.portal.collections.list({ projectId });
    expect(collections.map((c) => c.slug)).toEqual(['zhz-vertelt-2026', 'zhz-voorjaar']);
  });

  it('refuses a draft version, a taken address, a language the framework lacks, a close before the open and a date that does not exist', async () => {
    api = await createTestApi();
    const browser = await researcher(api);
    const projectId = api.projectId;
    const published = await versionId(api, browser);
    const draft = await browser.portal.frameworks.copy({ projectId, versionId: published });
    const base = {
      projectId,
      frameworkVersionId: published,
      kind: 'public' as const,
      title: 'Nieuw',
      slug: 'nieuw',
      opensAt: '2026-12-01T00:00',
      closesAt: '2027-01-01T00:00',
      languages: ['nl' as const],
    };
    await expectAppError(
      browser.portal.collections.create({ ...base, frameworkVersionId: draft.id }),
      'CONFLICT',
    );
    await expectAppError(
      browser.portal.collections.create({ ...base, slug: 'zhz-vertelt-2026' }),
      'CONFLICT',
    );
    await expectAppError(
      browser.portal.collections.create({ ...base, kind: 'panel_wave' }),
      'BAD_INPUT',
    );
    await expectAppError(
      browser.portal.collections.create({ ...base, closesAt: '2026-11-30T00:00' }),
      'BAD_INPUT',
    );
    const feb = await expectAppError(
      browser.portal.collections.create({ ...base, opensAt: '2027-02-31T00:00' }),
      'BAD_INPUT',
    );
    expect(feb.message).toBe('2027-02-31 bestaat niet.');
    await expectAppError(
      browser.portal.collections.create({ ...base, opensAt: '1-12-2026' }),
      'BAD_INPUT',
    );
  });

  it('sets a landing page and theme, and refuses a theme that fails AA contrast', async () => {
    api = await createTestApi();
    const browser = await researcher(api);
    const projectId = api.projectId;
    const result = await browser.portal.collections.setPresentation({
      projectId,
      collectionId: api.collectionId,
      landing: null,
      theme: {
        name: 'ZHZ vertelt',
        colours: {
          'utrecht.document.background-color': '#ffffff',
          'utrecht.document.color': '#1a1a1a',
        },
      },
    });
    expect(result.theme).toMatchObject({ name: 'ZHZ vertelt' });
    await expectAppError(
      browser.portal.collections.setPresentation({
        projectId,
        collectionId: api.collectionId,
        landing: null,
        theme: {
          name: 'Bleek',
          colours: {
            'utrecht.document.background-color': '#ffffff',
            'utrecht.document.color': '#ffff00',
          },
        },
      }),
      'BAD_INPUT',
    );
  });
  it('a change to a collection is seen by the next story sent: a close refuses it, a new close date and a new theme hold at once', async () => {
    api = await createTestApi();
    const browser = await researcher(api);
    const projectId = api.projectId;
    const collectionId = api.collectionId;
    const intake = api.caller();
    // The first story reads the collection (the server keeps it for the next ones).
    await intake.intake.submitStory(storyInput(collectionId));
    await browser.portal.collections.close({ projectId, collectionId });
    await expectAppError(intake.intake.submitStory(storyInput(collectionId)), 'COLLECTION_CLOSED');
    await browser.portal.collections.extend({
      projectId,
      collectionId,
      closesAt: '2027-03-31T23:59',
    });
    const reopened = await intake.intake.submitStory(storyInput(collectionId));
    expect(reopened.duplicate).toBe(false);

    for (const name of ['ZHZ vertelt', 'ZHZ vertelt 2027']) {
      const result = await browser.portal.collections.setPresentation({
        projectId,
        collectionId,
        landing: null,
        theme: {
          name,
          colours: {
            'utrecht.document.background-color': '#ffffff',
            'utrecht.document.color': '#1a1a1a',
          },
        },
      });
      expect(result.theme).toMatchObject({ name });
      await intake.intake.submitStory(storyInput(collectionId));
    }
    const { collections } = await browser.portal.collections.list({ projectId });
    expect(collections[0]!.theme).toMatchObject({ name: 'ZHZ vertelt 2027' });
  });
});

describe('portal.collections.dashboard and intake.stepReached', () => {
  it('counts stories per day, per role and municipality, and the steps reached, for the research team', async () => {
    api = await createTestApi();
    for (let i = 0; i < 3; i++) await api.caller().intake.submitStory(storyInput(api.collectionId));
    api.setNow(new Date(DURING.getTime() + 86_400_000));
    const other = storyInput(api.collectionId, {
      participant: {
        clientId: crypto.randomUUID(),
        answers: { ...PARTICIPANT_ANSWERS, rol: 'jongere_12_17' },
      },
    });
    await api.caller().intake.submitStory(other);
    for (const step of ['start', 'start', 'start', 'verhaal', 'verhaal', 'klaar']) {
      await api.caller().intake.stepReached({ collectionId: api.collectionId, step });
    }
    const browser = await researcher(api);
    const dashboard = await browser.portal.collections.dashboard({
      projectId: api.projectId,
      collectionId: api.collectionId,
    });

    expect(dashboard.stories).toBe(4);
    expect(dashboard.perDay.labels.map((l) => l.id)).toEqual(['2026-11-15', '2026-11-16']);
    expect(dashboard.perDay.counts).toMatchObject({
      kind: 'table',
      cells: [
        [
          { kind: 'value', value: 3 },
          { kind: 'value', value: 1 },
        ],
      ],
    });
    const rol = dashboard.perParticipantQuestion.find((q) => q.questionId === 'rol')!;
    const counted = rol.row.labels.map((l, i) => [
      l.id,
      rol.row.counts.kind === 'table' ? rol.row.counts.cells[0]![i] : undefined,
    ]);
    expect(counted).toContainEqual(['ouder_of_verzorger', { kind: 'value', value: 3 }]);
    expect(counted).toContainEqual(['jongere_12_17', { kind: 'value', value: 1 }]);
    expect(dashboard.perParticipantQuestion.map((q) => q.questionId)).toContain('gemeente');
    expect(dashboard.steps).toEqual([
      { step: 'start', kind: 'shown', count: 3, share: 1 },
      { step: 'verhaal', kind: 'shown', count: 2, share: 2 / 3 },
      { step: 'klaar', kind: 'shown', count: 1, share: 1 / 3 },
    ]);
  });

  it('withholds every small figure from an interpreter, and shows it once groups are large enough', async () => {
    api = await createTestApi();
    for (let i = 0; i < 12; i++) {
      const { storyId } = await api.caller().intake.submitStory(storyInput(api.collectionId));
      setStoryStatus(api.database.orm, storyId, 'approved');
    }
    await api.caller().intake.submitStory(
      storyInput(api.collectionId, {
        participant: {
          clientId: crypto.randomUUID(),
          answers: { ...PARTICIPANT_ANSWERS, rol: 'jongere_12_17' },
        },
      }),
    );
    for (let i = 0; i < 3; i++)
      await api.caller().intake.stepReached({ collectionId: api.collectionId, step: 'start' });
    const user = await api.addUser({ email: 'duider@example.nl', role: 'interpreter' });
    const interpreter = api.caller({ cookies: new MemoryCookieJar() });
    await interpreter.portal.signIn(user);

    const seen = await interpreter.portal.collections.dashboard({
      projectId: api.projectId,
      collectionId: api.collectionId,
    });
    expect(seen.stories).toBe(13);
    const rol = seen.perParticipantQuestion.find((q) => q.questionId === 'rol')!;
    expect(rol.row.counts.kind).toBe('table');
    const jongere = rol.row.labels.findIndex((l) => l.id === 'jongere_12_17');
    if (rol.row.counts.kind !== 'table') throw new Error('table expected');
    expect(rol.row.counts.cells[0]![jongere]).toEqual({ kind: 'suppressed', display: '<5' });
    expect(JSON.stringify(rol.row.counts)).not.toContain('"value":12');
    expect(seen.steps).toEqual([
      { step: 'start', kind: 'withheld', reason: expect.stringMatching(/Minder dan 10/) },
    ]);
  });

  it('counts a step only for an open public collection, and bounds the names', async () => {
    api = await createTestApi();
    await expectAppError(
      api.caller().intake.stepReached({ collectionId: 'geen', step: 'start' }),
      'NOT_FOUND',
    );
    await expectAppError(
      api.caller().intake.stepReached({ collectionId: api.collectionId, step: 'Start!' }),
      'BAD_INPUT',
    );
    api.setNow(CLOSES_AT);
    expect(
      await api.caller().intake.stepReached({ collectionId: api.collectionId, step: 'start' }),
    ).toEqual({
      counted: false,
    });
  });
});
