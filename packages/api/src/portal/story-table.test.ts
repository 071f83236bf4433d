import {
  createUser,
  insertStoryOnce,
  recordModerationDecision,
  setStoryStatus,
  type TStoryStatus,
} from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  expectAppError,
  failure,
  MEMBER,
  MemoryCookieJar,
  PARTICIPANT_ANSWERS,
  STORY_ANSWERS,
  type TTestApi,
} from '../../test/harness';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

let told = 0;
function tell(
  test: TTestApi,
  story: {
    title?: string;
    text?: string;
    status?: TStoryStatus;
    answers?: Record<string, unknown>;
    participant?: Record<string, unknown>;
    createdOn?: string;
  } = {},
): string {
  told++;
  const { storyId } = insertStoryOnce(test.database.orm, {
    clientId: `verhaal-${told}`,
    collectionId: test.collectionId,
    participant: {
      clientId: `deelnemer-${told}`,
      answers: story.participant ?? PARTICIPANT_ANSWERS,
    },
    promptId: 'gehoord',
    title: story.title ?? `Verhaal ${told}`,
    text: story.text ?? 'Na maanden wachten kwam er een hulpverlener die de tijd nam.',
    language: 'nl',
    channel: 'web',
    status: story.status ?? 'pending',
    answers: story.answers ?? STORY_ANSWERS,
    createdOn: story.createdOn ?? '2026-11-01',
  });
  return storyId;
}

async function signedIn(
  test: TTestApi,
  who: 'interpreter' | 'analyst' | 'moderator' | 'researcher',
) {
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  if (who === 'researcher') {
    await browser.portal.signIn(MEMBER);
    return browser;
  }
  const user = await test.addUser({ email: `${who}@example.nl`, role: who });
  await browser.portal.signIn(user);
  return browser;
}

/** Approves a story with a moderator's redaction, as the moderation page does. */
function approveRedacted(test: TTestApi, storyId: string, title: string, text: string) {
  const moderator = createUser(test.database.orm, {
    email: `mod-${storyId}@example.nl`,
    name: 'Mod',
    passwordHash: 'x',
    now: new Date(),
  });
  recordModerationDecision(test.database.orm, {
    projectId: test.projectId,
    storyId,
    userId: moderator.id,
    reason: '',
    now: new Date(),
    decision: 'approve',
    redaction: { title, text, spans: [] },
  });
}

describe('portal.storyTable for the research team', () => {
  it('searches without regard to accents, filters, counts and pages on the server', async () => {
    api = await createTestApi();
    const found = tell(api, { text: 'De coördinator van het wijkteam belde één keer terug.' });
    tell(api, {
      text: 'Het wijkteam kwam niet.',
      answers: { ...STORY_ANSWERS, hulp: { a: 0.1, b: 0.1, c: 0.8 } },
    });
    for (let i = 0; i < 5; i++) tell(api);
    const researcher = await signedIn(api, 'researcher');
    const projectId = api.projectId;

    const search = await researcher.portal.storyTable({ projectId, text: 'COORDINATOR een' });
    expect(search.rows.map((r) => r.id)).toEqual([found]);
    expect(search.total).toBe(1);

    const zone = await researcher.portal.storyTable({
      projectId,
      text: 'wijkteam',
      answers: [{ kind: 'zones', questionId: 'hulp', zones: ['corner-a', 'centre', 'edge-ab'] }],
    });
    // STORY_ANSWERS' hulp is 0.5 / 0.3 / 0.2: the centre; the other is in corner c.
    expect(zone.rows.map((r) => r.id)).toEqual([found]);

    // Who told it: a researcher may filter on the participant's role.
    const byRole = await researcher.portal.storyTable({
      projectId,
      answers: [{ kind: 'options', questionId: 'rol', options: ['ouder_of_verzorger'] }],
    });
    expect(byRole.total).toBe(7);

    const first = await researcher.portal.storyTable({ projectId, limit: 4 });
    expect(first.total).toBe(7);
    expect(first.rows).toHaveLength(4);
    const second = await researcher.portal.storyTable({
      projectId,
      limit: 4,
      cursor: first.nextCursor!,
    });
    expect(second.rows).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(7);
  });

  it('loses a withdrawn story from the table, the search and the story page', async () => {
    api = await createTestApi();
    const id = tell(api, { text: 'Over de logopedist.' });
    tell(api, { text: 'Over de huisarts.' });
    const researcher = await signedIn(api, 'researcher');
    const projectId = api.projectId;
    expect((await researcher.portal.storyTable({ projectId, text: 'logopedist' })).total).toBe(1);
    setStoryStatus(api.database.orm, id, 'withdrawn');
    expect((await researcher.portal.storyTable({ projectId, text: 'logopedist' })).total).toBe(0);
    const all = await researcher.portal.storyTable({
      projectId,
      statuses: ['withdrawn', 'pending'],
    });
    expect(all.rows.map((r) => r.id)).not.toContain(id);
    expect(all.total).toBe(1);
    await expectAppError(researcher.portal.story({ projectId, storyId: id }), 'NOT_FOUND');
  });

  it('refuses a filter that does not fit the question, and a cursor of another sort', async () => {
    api = await createTestApi();
    tell(api);
    tell(api);
    const researcher = await signedIn(api, 'researcher');
    const projectId = api.projectId;
    await expectAppError(
      researcher.portal.storyTable({
        projectId,
        answers: [{ kind: 'zones', questionId: 'betrokken', zones: ['centre'] }],
      }),
      'BAD_INPUT',
    );
    await expectAppError(
      researcher.portal.storyTable({
        projectId,
        answers: [{ kind: 'options', questionId: 'bestaat_niet', options: ['x'] }],
      }),
      'BAD_INPUT',
    );
    await expectAppError(
      researcher.portal.storyTable({ projectId, codeIds: ['geen-code'] }),
      'NOT_FOUND',
    );
    const page = await researcher.portal.storyTable({ projectId, limit: 1 });
    await expectAppError(
      researcher.portal.storyTable({
        projectId,
        limit: 1,
        sort: { key: 'title', direction: 'asc' },
        cursor: page.nextCursor!,
      }),
      'BAD_INPUT',
    );
    await expectAppError(
      researcher.portal.storyTable({ projectId, cursor: 'geen-cursor' }),
      'BAD_INPUT',
    );
    // Bounded input: a pasted book is refused before it reaches the database.
    const tooLong = await failure(
      researcher.portal.storyTable({ projectId, text: 'a'.repeat(501) }),
    );
    expect(tooLong.appCode).toBe('BAD_INPUT');
    expect(tooLong.message).toMatch(/500 tekens/);
  });

  it('shows the team the participant answers on the story page, a moderator not', async () => {
    api = await createTestApi();
    const id = tell(api);
    const researcher = await signedIn(api, 'researcher');
    const moderator = await signedIn(api, 'moderator');
    const page = await researcher.portal.story({ projectId: api.projectId, storyId: id });
    expect(page.story.participantAnswers).toEqual(PARTICIPANT_ANSWERS);
    expect(page.story.answers).toEqual(STORY_ANSWERS);
    expect(page.collection.framework.signifiers.length).toBeGreaterThan(0);
    const moderated = await moderator.portal.story({ projectId: api.projectId, storyId: id });
    expect(moderated.story.participantAnswers).toBeNull();
    await expectAppError(
      moderator.portal.storyTable({
        projectId: api.projectId,
        answers: [{ kind: 'options', questionId: 'rol', options: ['jongere'] }],
      }),
      'FORBIDDEN',
    );
  });
});

describe('portal.storyTable and portal.story for outside viewers', () => {
  it('gives an interpreter approved stories only, with the redacted text, never fewer than 10', async () => {
    api = await createTestApi();
    const named = tell(api, {
      title: 'Juf Marieke',
      text: 'Juf Marieke van basisschool De Klimop zag het als eerste.',
      status: 'approved',
    });
    approveRedacted(api, named, 'Juf [naam]', 'Juf [naam] van [school] zag het als eerste.');
    const pending = tell(api, { text: 'Nog niet beoordeeld, van Marieke.' });
    for (let i = 0; i < 8; i++) tell(api, { status: 'approved' });
    const interpreter = await signedIn(api, 'interpreter');
    const projectId = api.projectId;

    // Nine approved: withheld, and no count either.
    const small = await interpreter.portal.storyTable({ projectId });
    expect(small).toMatchObject({ rows: [], total: null, withheld: expect.stringMatching(/10/) });
    await expectAppError(interpreter.portal.story({ projectId, storyId: named }), 'NOT_FOUND');

    const last = tell(api, { status: 'approved' });
    const table = await interpreter.portal.storyTable({ projectId });
    expect(table.withheld).toBeNull();
    expect(table.total).toBe(10);
    expect(new Set(table.rows.map((r) => r.status))).toEqual(new Set(['approved']));
    const row = table.rows.find((r) => r.id === named)!;
    expect(row).toMatchObject({ title: 'Juf [naam]', textSource: 'moderated' });
    expect(JSON.stringify(table)).not.toMatch(/Marieke|Klimop/);
    // Approved without a moderator's redaction: the detector's redaction.
    expect(table.rows.find((r) => r.id === last)).toMatchObject({ textSource: 'automatic' });

    // The name cannot be found by searching for it.
    const byName = await interpreter.portal.storyTable({ projectId, text: 'marieke' });
    expect(byName.withheld).not.toBeNull();
    expect(byName.rows).toEqual([]);

    const page = await interpreter.portal.story({ projectId, storyId: named });
    expect(page.story.text).toBe('Juf [naam] van [school] zag het als eerste.');
    expect(page.story.participantAnswers).toBeNull();
    expect(JSON.stringify(page)).not.toMatch(/Marieke|Klimop/);
    await expectAppError(interpreter.portal.story({ projectId, storyId: pending }), 'NOT_FOUND');

    // Not the pending stories, even when asked; not a filter on who told a story.
    const asked = await interpreter.portal.storyTable({ projectId, statuses: ['pending'] });
    expect(asked.rows).toEqual([]);
    await expectAppError(
      interpreter.portal.storyTable({
        projectId,
        answers: [{ kind: 'options', questionId: 'rol', options: ['ouder_of_verzorger'] }],
      }),
      'FORBIDDEN',
    );
  });

  it('withholds a filtered list that matches fewer than 10 approved stories', async () => {
    api = await createTestApi();
    for (let i = 0; i < 12; i++) {
      tell(api, {
        status: 'approved',
        answers: { ...STORY_ANSWERS, gevoel: i < 2 ? 'negatief' : 'positief' },
      });
    }
    const interpreter = await signedIn(api, 'interpreter');
    const few = await interpreter.portal.storyTable({
      projectId: api.projectId,
      answers: [{ kind: 'options', questionId: 'gevoel', options: ['negatief'] }],
    });
    expect(few).toMatchObject({ rows: [], total: null });
    expect(few.withheld).toMatch(/Minder dan 10/);
    const many = await interpreter.portal.storyTable({
      projectId: api.projectId,
      answers: [{ kind: 'options', questionId: 'gevoel', options: ['positief'] }],
    });
    expect(many.withheld).toBeNull();
    expect(many.total).toBe(10);
  });
});
