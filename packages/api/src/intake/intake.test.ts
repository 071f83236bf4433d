import { countParticipants, countStories, listProjectStories } from '@duiding/db';
import { zhzJeugdhulp } from '@duiding/survey';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CLOSES_AT,
  createTestApi,
  expectAppError,
  OPENS_AT,
  STORY_ANSWERS,
  storyInput,
  type TTestApi,
} from '../../test/harness';
import { RateLimiter } from '../auth/rate-limit';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

/** Nothing of the participant or the story reached the database. */
function expectNothingStored(test: TTestApi) {
  expect(countStories(test.database.orm)).toBe(0);
  expect(countParticipants(test.database.orm)).toBe(0);
}

describe('intake.openCollection', () => {
  it('gives the collection open now with its framework, with or without its slug', async () => {
    api = await createTestApi();
    const current = await api.caller().intake.openCollection({});
    const bySlug = await api.caller().intake.openCollection({ slug: 'zhz-vertelt-2026' });

    expect(current).toEqual(bySlug);
    expect(current.collection).toEqual({
      id: api.collectionId,
      slug: 'zhz-vertelt-2026',
      title: 'ZHZ vertelt 2026',
      opensAt: OPENS_AT.toISOString(),
      closesAt: CLOSES_AT.toISOString(),
      status: 'open',
      languages: ['nl', 'en'],
    });
    expect(current).toMatchObject({ status: 'open', framework: zhzJeugdhulp });
    // Without a landing page or theme the intake shows its plain start.
    expect(current).toMatchObject({ landing: null, theme: null });
  });

  it('says when a collection opens or has closed, without its questionnaire, and when it does not exist', async () => {
    api = await createTestApi();
    await expectAppError(api.caller().intake.openCollection({ slug: 'bestaat-niet' }), 'NOT_FOUND');

    api.setNow(new Date(OPENS_AT.getTime() - 1));
    const early = await api.caller().intake.openCollection({ slug: 'zhz-vertelt-2026' });
    expect(early).toMatchObject({ status: 'upcoming', collection: { status: 'upcoming' } });
    expect(early).not.toHaveProperty('framework');
    if (early.status !== 'open') expect(early.message).toContain('1 oktober 2026');
    // Without a slug there is nothing open to offer.
    await expectAppError(api.caller().intake.openCollection({}), 'NOT_FOUND');

    api.setNow(CLOSES_AT);
    const late = await api.caller().intake.openCollection({ slug: 'zhz-vertelt-2026' });
    expect(late).toMatchObject({ status: 'closed', collection: { status: 'closed' } });
    expect(late).not.toHaveProperty('framework');
    if (late.status !== 'open') expect(late.message).toContain('31 januari 2027');
    // A story sent anyway is still refused.
    await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId)),
      'COLLECTION_CLOSED',
    );
  });
});

describe('intake.submitStory', () => {
  it('stores a valid story with its answers and the participant, dated by the Amsterdam day', async () => {
    // 23:30 UTC on 15 November is already the 16th in Amsterdam.
    api = await createTestApi({ now: new Date('2026-11-15T23:30:00Z') });
    const input = storyInput(api.collectionId, {
      answers: { ...STORY_ANSWERS, boodschap: '  Luister!  ' },
    });

    const result = await api.caller().intake.submitStory(input);

    expect(result.duplicate).toBe(false);
    const { stories } = listProjectStories(api.database.orm, {
      projectId: api.projectId,
      limit: 10,
    });
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({
      id: result.storyId,
      promptId: 'gehoord',
      title: input.story.title,
      channel: 'web',
      status: 'pending',
      createdOn: '2026-11-16',
      answers: { ...STORY_ANSWERS, boodschap: 'Luister!' },
      participantAnswers: input.participant.answers,
    });
  });

  it('stores one story when the same story is sent twice, also after the collection closed', async () => {
    api = await createTestApi();
    const input = storyInput(api.collectionId);

    const first = await api.caller().intake.submitStory(input);
    const second = await api.caller().intake.submitStory(input);
    api.setNow(CLOSES_AT);
    const afterClosing = await api.caller().intake.submitStory(input);

    expect(second).toEqual({ storyId: first.storyId, duplicate: true });
    expect(afterClosing).toEqual({ storyId: first.storyId, duplicate: true });
    expect(countStories(api.database.orm)).toBe(1);
  });

  it('keeps one participant for two stories of the same person', async () => {
    api = await createTestApi();
    const one = storyInput(api.collectionId);
    const two = { ...storyInput(api.collectionId), participant: one.participant };

    await api.caller().intake.submitStory(one);
    await api.caller().intake.submitStory(two);

    expect(countStories(api.database.orm)).toBe(2);
    expect(countParticipants(api.database.orm)).toBe(1);
  });

  it('refuses a story with a required answer missing, names the question, and stores nothing', async () => {
    api = await createTestApi();
    const { hulp: _missing, ...answers } = STORY_ANSWERS;

    const error = await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId, { answers })),
      'INVALID_ANSWERS',
    );

    expect(error.answerErrors).toEqual([
      { question: 'hulp', code: 'required', message: 'Beantwoord deze vraag.' },
    ]);
    expect(error.message).toBe('Beantwoord deze vraag.');
    expectNothingStored(api);
  });

  it('refuses a missing participant answer too', async () => {
    api = await createTestApi();
    const input = storyInput(api.collectionId);
    input.participant = { ...input.participant, answers: { rol: 'grootouder' } };

    const error = await expectAppError(api.caller().intake.submitStory(input), 'INVALID_ANSWERS');

    expect(error.answerErrors.map((e) => [e.question, e.code])).toEqual([
      ['gemeente', 'required'],
      ['duur', 'required'],
    ]);
    expect(error.message).toContain('2 antwoorden kloppen nog niet');
    expectNothingStored(api);
  });

  it('refuses a triad whose parts do not sum to 1, and stores nothing', async () => {
    api = await createTestApi();
    const answers = { ...STORY_ANSWERS, hulp: { a: 0.5, b: 0.3, c: 0.3 } };

    const error = await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId, { answers })),
      'INVALID_ANSWERS',
    );

    expect(error.answerErrors).toEqual([
      {
        question: 'hulp',
        code: 'triad-sum',
        message: 'De drie delen van de driehoek tellen niet op tot 100%.',
      },
    ]);
    expectNothingStored(api);
  });

  it('refuses an unknown question id, and stores nothing', async () => {
    api = await createTestApi();
    const answers = { ...STORY_ANSWERS, schoenmaat: 42 };

    const error = await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId, { answers })),
      'INVALID_ANSWERS',
    );

    expect(error.answerErrors).toEqual([
      {
        question: 'schoenmaat',
        code: 'unknown-question',
        message: 'Onbekende vraag "schoenmaat".',
      },
    ]);
    expectNothingStored(api);
  });

  it('refuses a 2 MB story text with a Dutch "te lang", and stores nothing', async () => {
    api = await createTestApi();
    const input = storyInput(api.collectionId);
    input.story = { ...input.story, text: 'a'.repeat(2 * 1024 * 1024) };

    const error = await expectAppError(api.caller().intake.submitStory(input), 'BAD_INPUT');

    expect(error.message).toMatch(/te lang/);
    expect(error.answerErrors).toEqual([
      { question: 'story.text', code: 'too-long', message: expect.stringMatching(/te lang/) },
    ]);
    expectNothingStored(api);
  });

  it('refuses a text over the framework limit but under the input cap with a per-question error', async () => {
    api = await createTestApi();
    const input = storyInput(api.collectionId);
    input.story = { ...input.story, text: 'b'.repeat(60_000) };

    const error = await expectAppError(api.caller().intake.submitStory(input), 'INVALID_ANSWERS');

    expect(error.answerErrors).toEqual([
      { question: 'text', code: 'too-long', message: expect.stringMatching(/te lang/) },
    ]);
    expectNothingStored(api);
  });

  it('refuses more than 200 answers before looking at them', async () => {
    api = await createTestApi();
    const answers = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`q${i}`, 1]));
    await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId, { answers })),
      'BAD_INPUT',
    );
    expectNothingStored(api);
  });

  it('refuses a story for a closed collection, and stores nothing', async () => {
    api = await createTestApi({ now: CLOSES_AT });
    const error = await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId)),
      'COLLECTION_CLOSED',
    );
    expect(error.message).toMatch(/gesloten/);
    expectNothingStored(api);
  });

  it('refuses a story for a collection that is not open yet, and stores nothing', async () => {
    api = await createTestApi({ now: new Date(OPENS_AT.getTime() - 60_000) });
    const error = await expectAppError(
      api.caller().intake.submitStory(storyInput(api.collectionId)),
      'COLLECTION_NOT_OPEN',
    );
    expect(error.message).toMatch(/begint op 1 oktober 2026/);
    expectNothingStored(api);
  });

  it('refuses a story for a collection that does not exist', async () => {
    api = await createTestApi();
    await expectAppError(api.caller().intake.submitStory(storyInput('nope')), 'NOT_FOUND');
    expectNothingStored(api);
  });

  it('refuses a client id that is not a uuid', async () => {
    api = await createTestApi();
    const error = await expectAppError(
      api.caller().intake.submitStory({ ...storyInput(api.collectionId), clientId: 'abc' }),
      'BAD_INPUT',
    );
    expect(error.answerErrors[0]?.question).toBe('clientId');
    expectNothingStored(api);
  });

  it('limits how many stories one address sends, and not those of another address', async () => {
    const rateLimiter = new RateLimiter({ submitStory: { max: 2, windowMs: 60_000 } });
    api = await createTestApi({ rateLimiter });
    const busy = api.caller({ address: '198.51.100.1' });

    await busy.intake.submitStory(storyInput(api.collectionId));
    await busy.intake.submitStory(storyInput(api.collectionId));
    await expectAppError(busy.intake.submitStory(storyInput(api.collectionId)), 'RATE_LIMITED');
    await api.caller({ address: '198.51.100.2' }).intake.submitStory(storyInput(api.collectionId));
    api.setNow(new Date(api.services.clock().getTime() + 60_000));
    await busy.intake.submitStory(storyInput(api.collectionId));

    expect(countStories(api.database.orm)).toBe(4);
  });
});
