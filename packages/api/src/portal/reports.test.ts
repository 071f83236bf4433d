import {
  findPublication,
  listAuditEntries,
  recordModerationDecision,
  setStoryStatus,
} from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  expectAppError,
  MEMBER,
  MemoryCookieJar,
  PARTICIPANT_ANSWERS,
  STORY_ANSWERS,
  storyInput,
  type TTestApi,
} from '../../test/harness';
import type { TReportTable } from './report-render';
import { readPublicReport } from './reports';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

async function researcher(test: TTestApi) {
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(MEMBER);
  return browser;
}

async function signedIn(test: TTestApi, role: 'interpreter' | 'analyst' | 'collector') {
  const user = await test.addUser({ email: `${role}@example.nl`, role });
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(user);
  return browser;
}

/** Tells `count` stories from a municipality with a feeling, and gives them a status. */
async function tell(
  test: TTestApi,
  count: number,
  {
    gemeente,
    gevoel,
    status,
    text,
  }: { gemeente: string; gevoel: string; status: 'approved' | 'pending'; text?: string },
) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const input = storyInput(test.collectionId, {
      answers: { ...STORY_ANSWERS, gevoel },
    });
    input.participant.answers = { ...PARTICIPANT_ANSWERS, gemeente };
    if (text) input.story.text = text;
    const { storyId } = await test.caller().intake.submitStory(input);
    setStoryStatus(test.database.orm, storyId, status);
    ids.push(storyId);
  }
  return ids;
}

/** 13 approved Dordrecht stories (10 positive, 3 negative), 4 approved Gorinchem, 2 pending. */
async function seedStories(test: TTestApi) {
  await tell(test, 10, { gemeente: 'dordrecht', gevoel: 'positief', status: 'approved' });
  await tell(test, 3, { gemeente: 'dordrecht', gevoel: 'negatief', status: 'approved' });
  await tell(test, 4, { gemeente: 'gorinchem', gevoel: 'positief', status: 'approved' });
  return tell(test, 2, { gemeente: 'dordrecht', gevoel: 'negatief', status: 'pending' });
}

function table(section: { kind: string } & Partial<{ table: TReportTable }>) {
  if (section.table?.kind !== 'table') throw new Error('no table');
  return section.table;
}

describe('portal.reports', () => {
  it('suppresses every number for outside readers whatever the author chose: "<5" for a small cell, a small municipality withheld, counts rounded, pending stories left out', async () => {
    api = await createTestApi();
    await seedStories(api);
    const browser = await researcher(api);
    const { projectId, collectionId } = api;
    const { id: reportId } = await browser.portal.reports.create({
      projectId,
      title: 'Jaarrapport 2026',
    });
    await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: 'Per gemeente',
      spec: { kind: 'municipalities', collectionIds: [collectionId], questionId: 'gevoel' },
    });
    await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: 'Gevoel',
      spec: { kind: 'chart', collectionIds: [collectionId], questionId: 'gevoel' },
    });

    // The author is in the research team, and still sees what outside readers will.
    const preview = await browser.portal.reports.preview({ projectId, reportId });
    const perMunicipality = table(preview.sections[0] as never);
    expect(perMunicipality.columns).toEqual([
      'Heel positief',
      'Positief',
      'Neutraal',
      'Negatief',
      'Heel negatief',
    ]);
    const dordrecht = perMunicipality.rows.find((r) => r.label === 'Dordrecht');
    expect(dordrecht).toMatchObject({
      kind: 'shown',
      // 3 negative (the 2 pending ones are not counted, or it would be 5); the 10 positive
      // are hidden too ("x"), or the row total would give the small cell away.
      cells: [
        { kind: 'value', value: 0 },
        { kind: 'suppressed', display: 'x' },
        { kind: 'value', value: 0 },
        { kind: 'suppressed', display: '<5' },
        { kind: 'value', value: 0 },
      ],
      // 13 stories, rounded to a multiple of 5.
      total: { kind: 'value', value: 15 },
    });
    expect(perMunicipality.rows.find((r) => r.label === 'Gorinchem')).toMatchObject({
      kind: 'withheld',
      reason: expect.stringMatching(/Minder dan 10 verhalen/),
    });
    // The chart is the explorer's bars, drawn for outside readers: 17 approved stories, 3
    // negative shows as "<5", 14 positive as "x" beside it, n rounded to 15.
    const chart = preview.sections[1];
    if (chart?.kind !== 'chart' || chart.figure?.kind !== 'choice') throw new Error('no bars');
    expect(chart.figure.groups[0]).toMatchObject({
      n: { value: 15, display: '≈ 15' },
      counts: [
        { count: { value: 0 } },
        { count: { value: null, display: 'x' }, share: null },
        { count: { value: 0 } },
        { count: { value: null, display: '<5' }, share: null },
        { count: { value: 0 } },
      ],
    });
    expect(chart.stories).toBe('≈ 15');
  });

  it('withholds a chart whose stories number fewer than 10', async () => {
    api = await createTestApi();
    await tell(api, 9, { gemeente: 'dordrecht', gevoel: 'positief', status: 'approved' });
    const browser = await researcher(api);
    const { projectId, collectionId } = api;
    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Klein' });
    await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: '',
      spec: { kind: 'chart', collectionIds: [collectionId], questionId: 'gevoel', groupBy: 'rol' },
    });
    const preview = await browser.portal.reports.preview({ projectId, reportId });
    const chart = preview.sections[0];
    if (chart?.kind !== 'chart' || chart.figure?.kind !== 'choice') throw new Error('no bars');
    expect(chart.figure.groups.length).toBeGreaterThan(1);
    for (const group of chart.figure.groups) {
      expect(group.withheld).toMatch(/Minder dan 10/);
      expect(group.counts.every((c) => c.count.value === null)).toBe(true);
    }
  });

  it('quotes the moderator’s approved redaction, not the story as told', async () => {
    api = await createTestApi();
    const [storyId] = await tell(api, 1, {
      gemeente: 'dordrecht',
      gevoel: 'positief',
      status: 'pending',
      text: 'Mijn consulent Jan de Vries uit Dordrecht belde elke week terug.',
    });
    const user = await api.addUser({ email: 'eigenaar@example.nl', role: 'owner' });
    const owner = api.caller({ cookies: new MemoryCookieJar() });
    await owner.portal.signIn(user);
    recordModerationDecision(api.database.orm, {
      projectId: api.projectId,
      storyId: storyId!,
      userId: user.id,
      reason: '',
      now: new Date(),
      decision: 'approve',
      redaction: {
        title: 'Eindelijk iemand die luisterde',
        text: 'Mijn consulent [naam] uit [plaats] belde elke week terug.',
        spans: [],
      },
    });
    const { projectId } = api;
    const { id: reportId } = await owner.portal.reports.create({ projectId, title: 'Citaten' });
    await owner.portal.reports.addSection({
      projectId,
      reportId,
      heading: '',
      spec: { kind: 'quote', storyId: storyId! },
    });
    const preview = await owner.portal.reports.preview({ projectId, reportId });
    expect(preview.sections[0]).toMatchObject({
      kind: 'quote',
      text: 'Mijn consulent [naam] uit [plaats] belde elke week terug.',
    });
    expect(JSON.stringify(preview)).not.toContain('Jan de Vries');
    const candidates = await owner.portal.reports.quoteCandidates({ projectId });
    expect(candidates.stories[0]?.excerpt).not.toContain('Jan de Vries');
  });

  it('quotes approved stories only, without the teller’s answers', async () => {
    api = await createTestApi();
    const [approved] = await tell(api, 1, {
      gemeente: 'dordrecht',
      gevoel: 'positief',
      status: 'approved',
      text: 'De jeugdconsulent belde elke week even terug, dat gaf rust.',
    });
    const [pending] = await tell(api, 1, {
      gemeente: 'dordrecht',
      gevoel: 'positief',
      status: 'pending',
    });
    const browser = await researcher(api);
    const { projectId } = api;
    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Citaten' });
    for (const storyId of [approved!, pending!]) {
      await browser.portal.reports.addSection({
        projectId,
        reportId,
        heading: '',
        spec: { kind: 'quote', storyId },
      });
    }
    const candidates = await browser.portal.reports.quoteCandidates({ projectId });
    expect(candidates.stories.map((s) => s.id)).toEqual([approved]);

    const preview = await browser.portal.reports.preview({ projectId, reportId });
    expect(preview.sections[0]).toMatchObject({
      kind: 'quote',
      text: 'De jeugdconsulent belde elke week even terug, dat gaf rust.',
    });
    expect(preview.sections[1]).toMatchObject({ kind: 'unavailable' });
    const json = JSON.stringify(preview);
    expect(json).not.toContain('dordrecht');
    expect(json).not.toContain(approved);
    expect(json).not.toContain('participantAnswers');
  });

  it('publishes once: the report then refuses every change, also in the database, and the public link shows only the frozen snapshot', async () => {
    api = await createTestApi();
    await seedStories(api);
    const browser = await researcher(api);
    const { projectId, collectionId } = api;
    const { id: reportId } = await browser.portal.reports.create({
      projectId,
      title: 'Jaarrapport',
    });
    const { id: sectionId } = await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: 'Inleiding',
      spec: { kind: 'text', text: 'Eerste alinea.\n\nTweede alinea.' },
    });
    await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: 'Per gemeente',
      spec: { kind: 'municipalities', collectionIds: [collectionId] },
    });
    const { publicPath } = await browser.portal.reports.publish({ projectId, reportId });
    const token = publicPath.replace('/r/', '');
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const change = { projectId, reportId, sectionId };
    const text = { kind: 'text' as const, text: 'Anders.' };
    await expectAppError(browser.portal.reports.publish({ projectId, reportId }), 'CONFLICT');
    await expectAppError(
      browser.portal.reports.changeSection({ ...change, heading: 'x', spec: text }),
      'CONFLICT',
    );
    await expectAppError(
      browser.portal.reports.addSection({ projectId, reportId, heading: 'x', spec: text }),
      'CONFLICT',
    );
    await expectAppError(browser.portal.reports.removeSection(change), 'CONFLICT');
    await expectAppError(
      browser.portal.reports.moveSection({ ...change, position: 1 }),
      'CONFLICT',
    );
    await expectAppError(
      browser.portal.reports.rename({ projectId, reportId, title: 'Nieuw' }),
      'CONFLICT',
    );
    const db = api.database.orm;

    const before = readPublicReport(db, token);
    expect(before?.sections[0]).toMatchObject({
      kind: 'text',
      paragraphs: ['Eerste alinea.', 'Tweede alinea.'],
    });
    const dordrechtBefore = table(before!.sections[1] as never).rows.find(
      (r) => r.label === 'Dordrecht',
    );
    expect(dordrechtBefore).toMatchObject({ total: { value: 15 } });

    // New approved stories after publishing change nothing that was published.
    await tell(api, 10, { gemeente: 'dordrecht', gevoel: 'positief', status: 'approved' });
    const after = readPublicReport(db, token);
    expect(after).toEqual(before);
    expect(await browser.portal.reports.preview({ projectId, reportId })).toEqual(before);
    expect(findPublication(db, projectId, reportId)?.snapshot).toEqual(before);

    expect(readPublicReport(db, 'A'.repeat(32))).toBeUndefined();
    expect(readPublicReport(db, '../etc/passwd')).toBeUndefined();

    expect(listAuditEntries(db, { subject: `report:${reportId}` })).toMatchObject([
      { action: 'report.publish', projectId, details: { title: 'Jaarrapport', sections: 2 } },
    ]);

    // A copy is a new draft that can change again.
    const copy = await browser.portal.reports.copy({ projectId, reportId });
    await browser.portal.reports.rename({
      projectId,
      reportId: copy.id,
      title: 'Jaarrapport 2027',
    });
    const copied = await browser.portal.reports.get({ projectId, reportId: copy.id });
    expect(copied.report.sections).toHaveLength(2);
    expect(copied.publicPath).toBeNull();
  });

  it('lets an interpreter read reports but not write or publish them; a collector reads none', async () => {
    api = await createTestApi();
    const browser = await researcher(api);
    const { projectId } = api;
    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Rapport' });
    const interpreter = await signedIn(api, 'interpreter');
    expect((await interpreter.portal.reports.list({ projectId })).reports).toHaveLength(1);
    await expectAppError(
      interpreter.portal.reports.create({ projectId, title: 'Eigen' }),
      'FORBIDDEN',
    );
    await expectAppError(interpreter.portal.reports.publish({ projectId, reportId }), 'FORBIDDEN');
    const analyst = await signedIn(api, 'analyst');
    await expectAppError(analyst.portal.reports.publish({ projectId, reportId }), 'FORBIDDEN');
    const collector = await signedIn(api, 'collector');
    await expectAppError(collector.portal.reports.list({ projectId }), 'FORBIDDEN');
  });

  it('refuses a chart of a question that cannot be counted, and a collection of another project', async () => {
    api = await createTestApi();
    const browser = await researcher(api);
    const { projectId, collectionId } = api;
    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Rapport' });
    const add = (spec: Parameters<typeof browser.portal.reports.addSection>[0]['spec']) =>
      browser.portal.reports.addSection({ projectId, reportId, heading: '', spec });
    // `boodschap` is a text; `tempo` a dyad, which the explorer does not group by.
    await expectAppError(
      add({ kind: 'chart', collectionIds: [collectionId], questionId: 'boodschap' }),
      'BAD_INPUT',
    );
    await expectAppError(
      add({ kind: 'chart', collectionIds: [collectionId], questionId: 'hulp', groupBy: 'tempo' }),
      'BAD_INPUT',
    );
    await expectAppError(
      add({
        kind: 'chart',
        collectionIds: [collectionId],
        questionId: 'hulp',
        filters: [{ kind: 'choice', question: 'bestaat_niet', options: ['x'] }],
      }),
      'BAD_INPUT',
    );
    // Stones, a triad and a dyad are charts, as in the explorer.
    for (const questionId of ['plekken', 'hulp', 'tempo']) {
      await add({ kind: 'chart', collectionIds: [collectionId], questionId, groupBy: 'rol' });
    }
    await expectAppError(
      add({ kind: 'chart', collectionIds: ['elders'], questionId: 'gevoel' }),
      'NOT_FOUND',
    );
    await expectAppError(
      browser.portal.reports.get({ projectId, reportId: 'bestaat-niet' }),
      'NOT_FOUND',
    );
  });
});

/**
 * Stories whose triad (`hulp`) and dyad (`tempo`) answers have six decimals, so that any
 * answer copied into a report would be found in its JSON.
 */
async function tellAnswers(test: TTestApi, count: number, rol: string, start: number) {
  const told: { id: string; triad: { a: number; b: number; c: number }; dyad: number }[] = [];
  for (let i = 0; i < count; i++) {
    const k = start + i;
    // Most near the first corner, a fifth in the middle and a fifth near the third corner:
    // cells of 1–4 in the heat map and the zones.
    const place = k % 5 === 4 ? 'c' : k % 5 === 3 ? 'centre' : 'a';
    const a =
      place === 'a' ? 0.701234 + k * 0.003917 : place === 'c' ? 0.081234 + k * 0.001117 : 0.331234;
    const b = place === 'centre' ? 0.322345 + k * 0.000731 : 0.112345 + k * 0.000731;
    const triad = { a, b, c: 1 - a - b };
    const dyad = 0.153421 + ((k * 0.037123) % 0.8);
    const input = storyInput(test.collectionId, {
      answers: { ...STORY_ANSWERS, hulp: triad, tempo: dyad },
    });
    input.participant.answers = { ...PARTICIPANT_ANSWERS, rol };
    const { storyId } = await test.caller().intake.submitStory(input);
    setStoryStatus(test.database.orm, storyId, 'approved');
    told.push({ id: storyId, triad, dyad });
  }
  return told;
}

const isMultipleOf = (value: number, step: number) =>
  Math.abs(value / step - Math.round(value / step)) < 1e-9;

describe('portal.reports: the explorer’s charts in a report', () => {
  it('publishes a triad and a dyad per group suppressed for outside readers: the small group withheld with its reason, cells under 5 as "<5", counts rounded to 5, no story’s own answer', async () => {
    api = await createTestApi();
    // 23 parents (rounded to 25 outside the team) and 4 young people (a group under 10).
    const told = [
      ...(await tellAnswers(api, 23, 'ouder_of_verzorger', 0)),
      ...(await tellAnswers(api, 4, 'jongere_12_17', 23)),
    ];
    const browser = await researcher(api);
    const { projectId, collectionId } = api;
    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Hulp' });
    for (const questionId of ['hulp', 'tempo']) {
      await browser.portal.reports.addSection({
        projectId,
        reportId,
        heading: questionId,
        spec: { kind: 'chart', collectionIds: [collectionId], questionId, groupBy: 'rol' },
      });
    }
    const { publicPath } = await browser.portal.reports.publish({ projectId, reportId });
    const published = readPublicReport(api.database.orm, publicPath.replace('/r/', ''));
    const [triadSection, dyadSection] = published?.sections ?? [];

    if (triadSection?.kind !== 'chart' || triadSection.figure?.kind !== 'triad') {
      throw new Error('no triad chart');
    }
    expect(triadSection.groupedBy).toBe('Wie ben je?');
    const triads = triadSection.figure.groups;
    const parents = triads.find((g) => g.id === 'ouder_of_verzorger');
    const young = triads.find((g) => g.id === 'jongere_12_17');
    expect(young).toMatchObject({
      withheld: expect.stringMatching(/Minder dan 10/),
      centre: null,
      region: null,
      bins: null,
    });
    expect(young?.zones.every((z) => z.count.value === null && z.share === null)).toBe(true);
    expect(parents?.withheld).toBeUndefined();
    expect(parents?.n).toMatchObject({ value: 25 });
    expect(parents?.centre).not.toBeNull();
    const bins = parents?.bins ?? [];
    // 5 steps per side unless the author chose more: 25 cells.
    expect(bins).toHaveLength(25);
    expect(bins.some((b) => b.count.display === '<5' && b.count.value === null)).toBe(true);
    const shownBins = bins.filter((b) => b.count.value !== null && b.count.value > 0);
    expect(shownBins.length).toBeGreaterThan(0);
    expect(shownBins.every((b) => isMultipleOf(b.count.value as number, 5))).toBe(true);
    const shownZones = parents?.zones.filter((z) => z.count.value) ?? [];
    expect(shownZones.length).toBeGreaterThan(0);
    for (const zone of shownZones) expect(isMultipleOf(zone.count.value as number, 5)).toBe(true);
    // No dots: not even an empty list of points.
    expect(triads.every((g) => !('points' in g))).toBe(true);

    if (dyadSection?.kind !== 'chart' || dyadSection.figure?.kind !== 'dyad') {
      throw new Error('no dyad chart');
    }
    const dyads = dyadSection.figure.groups;
    expect(dyads.find((g) => g.id === 'jongere_12_17')).toMatchObject({
      withheld: expect.stringMatching(/Minder dan 10/),
      quartiles: null,
    });
    const parentDyad = dyads.find((g) => g.id === 'ouder_of_verzorger');
    expect(parentDyad?.n).toMatchObject({ value: 25 });
    expect(parentDyad?.bins.some((b) => b.display === '<5')).toBe(true);
    for (const bin of parentDyad?.bins ?? []) {
      if (bin.value !== null) expect(isMultipleOf(bin.value, 5)).toBe(true);
    }
    // Quartiles coarsened to steps of 0,05, not a story's own position.
    expect(parentDyad?.quartiles).toHaveLength(3);
    for (const q of parentDyad?.quartiles ?? []) expect(isMultipleOf(q, 0.05)).toBe(true);

    // Nothing of a single story in what was published: no id, no answer's coordinates.
    const json = JSON.stringify(published);
    for (const story of told) {
      expect(json).not.toContain(story.id);
      for (const value of [story.triad.a, story.triad.b, story.triad.c, story.dyad]) {
        expect(json).not.toContain(String(value).slice(0, 8));
      }
    }
  });

  it('keeps a published report as it was frozen, charts included, when stories arrive later', async () => {
    api = await createTestApi();
    await tellAnswers(api, 12, 'ouder_of_verzorger', 0);
    const browser = await researcher(api);
    const { projectId, collectionId } = api;
    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Vast' });
    await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: '',
      spec: { kind: 'chart', collectionIds: [collectionId], questionId: 'hulp' },
    });
    const { publicPath } = await browser.portal.reports.publish({ projectId, reportId });
    const token = publicPath.replace('/r/', '');
    const before = readPublicReport(api.database.orm, token);
    expect(before?.sections[0]).toMatchObject({
      kind: 'chart',
      figure: { kind: 'triad', groups: [{ n: { value: 10 } }] },
    });
    await tellAnswers(api, 10, 'ouder_of_verzorger', 12);
    expect(readPublicReport(api.database.orm, token)).toEqual(before);
    expect(await browser.portal.reports.preview({ projectId, reportId })).toEqual(before);
  });

  it('draws a dyad’s trend over the chart’s collections, coarsened', async () => {
    api = await createTestApi();
    await tellAnswers(api, 12, 'ouder_of_verzorger', 0);
    const browser = await researcher(api);
    const { projectId, collectionId } = api;
    const { id: reportId } = await browser.portal.reports.create({ projectId, title: 'Trend' });
    await browser.portal.reports.addSection({
      projectId,
      reportId,
      heading: '',
      spec: { kind: 'chart', collectionIds: [collectionId], questionId: 'tempo' },
    });
    const preview = await browser.portal.reports.preview({ projectId, reportId });
    const section = preview.sections[0];
    if (section?.kind !== 'chart' || section.figure?.kind !== 'dyad') throw new Error('no dyad');
    expect(section.figure.groups.map((g) => g.label)).toEqual(['Alle verhalen']);
    // One collection: one point of the trend, its mean coarsened to 0,01, n rounded.
    expect(section.figure.trend[0]?.points).toMatchObject([{ n: { value: 10 } }]);
    expect(isMultipleOf(section.figure.trend[0]?.points[0]?.mean as number, 0.01)).toBe(true);
  });
});
