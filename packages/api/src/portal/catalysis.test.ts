import { createProject } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  type TTestApi,
} from '../../test/harness';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

async function signedIn(test: TTestApi, role?: 'interpreter' | 'collector' | 'moderator') {
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  if (!role) {
    await browser.portal.signIn(MEMBER);
    return browser;
  }
  const user = await test.addUser({ email: `${role}@example.nl`, role });
  await browser.portal.signIn(user);
  return browser;
}

async function frameworkId(browser: Awaited<ReturnType<typeof signedIn>>, projectId: string) {
  const { frameworks } = await browser.portal.frameworks.list({ projectId });
  return frameworks[0]!.id;
}

const two = [
  { title: 'Wachttijd', body: 'Wie lang wacht, is minder tevreden.' },
  { title: 'Verwachting', body: 'Ouders verwachten meer dan jongeren.' },
];

describe('portal.catalysis', () => {
  it('asks for at least two competing interpretations of an observation, and keeps two', async () => {
    api = await createTestApi();
    const interpreter = await signedIn(api, 'interpreter');
    const { projectId } = api;
    const subject = {
      kind: 'pattern' as const,
      frameworkId: await frameworkId(await signedIn(api), projectId),
      patternKey: 'gevoel×rol',
    };
    const base = {
      projectId,
      subject,
      title: 'Ouders negatiever',
      body: '',
      strength: 'strong' as const,
    };

    const one = await expectAppError(
      interpreter.portal.catalysis.addObservation({ ...base, interpretations: [two[0]!] }),
      'BAD_INPUT',
    );
    expect(one.message).toMatch(/minstens twee/);
    await expectAppError(
      interpreter.portal.catalysis.addObservation({ ...base, interpretations: [two[0]!, two[0]!] }),
      'BAD_INPUT',
    );

    const { id: observationId } = await interpreter.portal.catalysis.addObservation({
      ...base,
      interpretations: two,
    });
    const [observation] = (await interpreter.portal.catalysis.observations({ projectId }))
      .observations;
    expect(observation).toMatchObject({ id: observationId, strength: 'strong', subject });
    expect(observation!.interpretations.map((i) => i.title)).toEqual(['Wachttijd', 'Verwachting']);

    const first = observation!.interpretations[0]!.id;
    const refused = await expectAppError(
      interpreter.portal.catalysis.removeInterpretation({ projectId, interpretationId: first }),
      'CONFLICT',
    );
    expect(refused.message).toMatch(/minstens 2 duidingen/);

    await interpreter.portal.catalysis.addInterpretation({
      projectId,
      observationId,
      title: 'Informatie',
      body: 'Wie weet wat er komt, wacht geduldiger.',
    });
    await interpreter.portal.catalysis.removeInterpretation({ projectId, interpretationId: first });
    const after = (await interpreter.portal.catalysis.observations({ projectId })).observations[0]!;
    expect(after.interpretations.map((i) => i.title)).toEqual(['Verwachting', 'Informatie']);
  });

  it('clusters interpretations into ordered themes that become the report’s headings', async () => {
    api = await createTestApi();
    const browser = await signedIn(api);
    const { projectId, collectionId } = api;
    await browser.portal.catalysis.addObservation({
      projectId,
      subject: { kind: 'collection', collectionId },
      title: 'Veel verhalen over wachten',
      body: 'In de bijeenkomst van november.',
      strength: 'medium',
      interpretations: two,
    });
    const [observation] = (await browser.portal.catalysis.observations({ projectId, collectionId }))
      .observations;
    const [wachttijd, verwachting] = observation!.interpretations;
    const toegang = await browser.portal.catalysis.addTheme({ projectId, title: 'Toegang' });
    const ouders = await browser.portal.catalysis.addTheme({ projectId, title: 'Ouders' });
    await browser.portal.catalysis.placeInterpretation({
      projectId,
      interpretationId: verwachting!.id,
      themeId: toegang.id,
      position: 0,
    });
    await browser.portal.catalysis.placeInterpretation({
      projectId,
      interpretationId: wachttijd!.id,
      themeId: toegang.id,
      position: 0,
    });
    await browser.portal.catalysis.moveTheme({ projectId, themeId: ouders.id, position: 0 });

    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Rapport' });
    await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: 'Thema’s',
      spec: { kind: 'themes' },
    });
    const preview = await browser.portal.reports.preview({ projectId, reportId });
    expect(preview.sections[0]).toMatchObject({
      kind: 'themes',
      themes: [
        { title: 'Ouders', interpretations: [] },
        {
          title: 'Toegang',
          interpretations: [
            { title: 'Wachttijd', observation: 'Veel verhalen over wachten' },
            { title: 'Verwachting', observation: 'Veel verhalen over wachten' },
          ],
        },
      ],
    });

    // Deleting a theme leaves its interpretations unclustered, not gone.
    await browser.portal.catalysis.removeTheme({ projectId, themeId: toegang.id });
    const left = (await browser.portal.catalysis.overview({ projectId })).observations[0]!;
    expect(left.interpretations.map((i) => i.themeId)).toEqual([null, null]);
  });

  it('marks a pattern remarkable and later not, per framework', async () => {
    api = await createTestApi();
    const interpreter = await signedIn(api, 'interpreter');
    const { projectId } = api;
    const id = await frameworkId(await signedIn(api), projectId);
    const mark = {
      projectId,
      frameworkId: id,
      patternKey: 'gevoel×gemeente',
      description: 'Bij Dordrecht vaker positief.',
    };
    await interpreter.portal.catalysis.markPattern({ ...mark, remarkable: true });
    await interpreter.portal.catalysis.markPattern({ ...mark, remarkable: false });
    const { marks } = await interpreter.portal.catalysis.overview({ projectId });
    expect(marks).toMatchObject([{ patternKey: 'gevoel×gemeente', remarkable: false }]);
    await expectAppError(
      interpreter.portal.catalysis.markPattern({
        ...mark,
        patternKey: '<img src=x>',
        remarkable: true,
      }),
      'BAD_INPUT',
    );
  });

  it('keeps each project’s observations to itself and to the roles that interpret', async () => {
    api = await createTestApi();
    const browser = await signedIn(api);
    const { projectId, collectionId } = api;
    const { id: observationId } = await browser.portal.catalysis.addObservation({
      projectId,
      subject: { kind: 'collection', collectionId },
      title: 'Notitie',
      body: '',
      strength: 'weak',
      interpretations: two,
    });
    const collector = await signedIn(api, 'collector');
    await expectAppError(collector.portal.catalysis.overview({ projectId }), 'FORBIDDEN');
    const moderator = await signedIn(api, 'moderator');
    await expectAppError(moderator.portal.catalysis.overview({ projectId }), 'FORBIDDEN');

    // An owner of another project cannot reach this one's rows through their own project.
    const other = createProject(api.database.orm, {
      slug: 'ander',
      name: 'Ander',
      now: new Date(),
    });
    const owner = await api.addUser({
      email: 'eigenaar@example.nl',
      role: 'owner',
      projectId: other.id,
    });
    const stranger = api.caller({ cookies: new MemoryCookieJar() });
    await stranger.portal.signIn(owner);
    await expectAppError(
      stranger.portal.catalysis.changeObservation({
        projectId: other.id,
        observationId,
        title: 'Overgenomen',
        body: '',
        strength: 'strong',
      }),
      'NOT_FOUND',
    );
    await expectAppError(
      stranger.portal.catalysis.addObservation({
        projectId: other.id,
        subject: { kind: 'collection', collectionId },
        title: 'Elders',
        body: '',
        strength: 'weak',
        interpretations: two,
      }),
      'NOT_FOUND',
    );
  });
});
