import { listAuditEntries, listProjectStories } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CLOSES_AT,
  createTestApi,
  expectAppError,
  MemoryCookieJar,
  STORY_ANSWERS,
  storyInput,
  type TTestApi,
} from '../../test/harness';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

async function collector(test: TTestApi) {
  const user = await test.addUser({ email: 'verzamelaar@example.nl', role: 'collector' });
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(user);
  return { user, browser };
}

describe('portal.enterStory', () => {
  it('stores a story entered on paper with its channel, gives the teller a code, and keeps the collector only in the audit log', async () => {
    api = await createTestApi();
    const { user, browser } = await collector(api);
    const input = {
      ...storyInput(api.collectionId),
      projectId: api.projectId,
      channel: 'paper' as const,
    };
    const entered = await browser.portal.enterStory(input);
    expect(entered).toMatchObject({
      duplicate: false,
      participantCode: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/),
    });
    expect(await browser.portal.enterStory(input)).toEqual({
      storyId: entered.storyId,
      duplicate: true,
    });

    const [story] = listProjectStories(api.database.orm, {
      projectId: api.projectId,
      limit: 5,
    }).stories;
    expect(story).toMatchObject({
      id: entered.storyId,
      channel: 'paper',
      status: 'pending',
      answers: STORY_ANSWERS,
    });
    expect(JSON.stringify(story)).not.toContain(user.id);
    expect(listAuditEntries(api.database.orm, { subject: `story:${entered.storyId}` })).toEqual([
      expect.objectContaining({
        action: 'story.enter',
        actorUserId: user.id,
        details: { channel: 'paper', collectionId: api.collectionId },
      }),
    ]);
    // The teller withdraws it with the code the collector handed over.
    expect(await api.caller().intake.withdraw({ code: entered.participantCode! })).toEqual({
      withdrawn: 1,
    });
  });

  it('checks answers as the intake does, and refuses help in person after closing but takes paper', async () => {
    api = await createTestApi();
    const { browser } = await collector(api);
    const base = { projectId: api.projectId, channel: 'assisted' as const };
    // Over HTTP an unanswered question is a missing key (JSON has no undefined).
    const { gevoel: _gevoel, ...withoutGevoel } = STORY_ANSWERS;
    const missing = await expectAppError(
      browser.portal.enterStory({
        ...storyInput(api.collectionId, { answers: withoutGevoel }),
        ...base,
      }),
      'INVALID_ANSWERS',
    );
    expect(missing.answerErrors.map((e) => e.question)).toContain('gevoel');
    await expectAppError(
      browser.portal.enterStory({ ...storyInput('van-een-ander'), ...base }),
      'NOT_FOUND',
    );

    api.setNow(CLOSES_AT);
    const sessionAgain = await collector2(api);
    await expectAppError(
      sessionAgain.portal.enterStory({ ...storyInput(api.collectionId), ...base }),
      'COLLECTION_CLOSED',
    );
    await expect(
      sessionAgain.portal.enterStory({
        ...storyInput(api.collectionId),
        ...base,
        channel: 'paper',
      }),
    ).resolves.toMatchObject({ duplicate: false });
  });
});

/** The collector signs in again (the earlier session went idle while the clock moved). */
async function collector2(test: TTestApi) {
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn({
    email: 'verzamelaar@example.nl',
    password: 'wachtwoord-voor-verzamelaar@example.nl',
  });
  return browser;
}

describe('portal.exportStories', () => {
  it('exports every story with its answers to the research team, audits it, and refuses an interpreter', async () => {
    api = await createTestApi();
    for (let i = 0; i < 3; i++) await api.caller().intake.submitStory(storyInput(api.collectionId));
    const analyst = await api.addUser({ email: 'analist@example.nl', role: 'analyst' });
    const browser = api.caller({ cookies: new MemoryCookieJar() });
    await browser.portal.signIn(analyst);

    const file = await browser.portal.exportStories({ projectId: api.projectId });
    expect(file.format).toBe('duiding-stories');
    expect(file.stories).toHaveLength(3);
    expect(file.stories[0]?.answers).toEqual(STORY_ANSWERS);
    expect(
      listAuditEntries(api.database.orm, { subject: `project:${api.projectId}` })[0],
    ).toMatchObject({
      action: 'stories.export',
      actorUserId: analyst.id,
      details: { stories: 3 },
    });

    const interpreter = await api.addUser({ email: 'duider@example.nl', role: 'interpreter' });
    const outside = api.caller({ cookies: new MemoryCookieJar() });
    await outside.portal.signIn(interpreter);
    await expectAppError(outside.portal.exportStories({ projectId: api.projectId }), 'FORBIDDEN');
  });
});
