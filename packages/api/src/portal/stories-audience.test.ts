import { setStoryStatus } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestApi,
  MemoryCookieJar,
  PARTICIPANT_ANSWERS,
  storyInput,
  type TTestApi,
} from '../../test/harness';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

async function tell(test: TTestApi, count: number, status: 'approved' | 'pending') {
  for (let i = 0; i < count; i++) {
    const { storyId } = await test.caller().intake.submitStory(storyInput(test.collectionId));
    setStoryStatus(test.database.orm, storyId, status);
  }
}

async function signedIn(test: TTestApi, role: 'interpreter' | 'analyst' | 'moderator') {
  const user = await test.addUser({ email: `${role}@example.nl`, role });
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(user);
  return browser;
}

describe('portal.stories for each audience', () => {
  it('withholds the list from an interpreter while fewer than 10 stories are approved, counting only approved ones', async () => {
    api = await createTestApi();
    await tell(api, 9, 'approved');
    await tell(api, 5, 'pending');
    const interpreter = await signedIn(api, 'interpreter');

    const small = await interpreter.portal.stories({ projectId: api.projectId });
    expect(small.stories).toEqual([]);
    expect(small.withheld).toMatch(/Minder dan 10 verhalen/);

    await tell(api, 1, 'approved');
    const enough = await interpreter.portal.stories({ projectId: api.projectId });
    expect(enough.withheld).toBeNull();
    expect(enough.stories).toHaveLength(10);
    expect(new Set(enough.stories.map((s) => s.status))).toEqual(new Set(['approved']));
  });

  it('gives an interpreter no participant answers, and an analyst all of them', async () => {
    api = await createTestApi();
    await tell(api, 10, 'approved');
    const interpreter = await signedIn(api, 'interpreter');
    const analyst = await signedIn(api, 'analyst');

    const outside = await interpreter.portal.stories({ projectId: api.projectId });
    const team = await analyst.portal.stories({ projectId: api.projectId });

    expect(outside.stories.map((s) => s.participantAnswers)).toEqual(Array(10).fill(null));
    expect(team.stories[0]?.participantAnswers).toEqual(PARTICIPANT_ANSWERS);
  });

  it('shows the research team a list of one story, and pending ones too', async () => {
    api = await createTestApi();
    await tell(api, 1, 'pending');
    const moderator = await signedIn(api, 'moderator');
    const result = await moderator.portal.stories({ projectId: api.projectId });
    expect(result.withheld).toBeNull();
    expect(result.stories.map((s) => s.status)).toEqual(['pending']);
    // Moderators judge the text; who told it is not theirs to see.
    expect(result.stories[0]?.participantAnswers).toBeNull();
  });
});
