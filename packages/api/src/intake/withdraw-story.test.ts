import { countStories } from '@duiding/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApi, expectAppError, storyInput, type TTestApi } from '../../test/harness';

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

describe('intake.withdraw of one story out of several', () => {
  it('lists an id per story and withdraws only the chosen one; the other stays for the portal', async () => {
    api = await createTestApi();
    const browser = api.caller();
    const first = await browser.intake.submitStory(storyInput(api.collectionId));
    const code = first.participantCode!;
    const second = await browser.intake.submitStory({
      ...storyInput(api.collectionId),
      story: {
        promptId: 'gehoord',
        title: 'Tweede keer',
        text: 'Ook de tweede keer nam de hulpverlener echt de tijd voor ons gezin.',
        language: 'nl',
      },
      participantCode: code,
    });

    const mine = await browser.intake.myStories({ code });
    expect(mine.stories.map((s) => s.id).sort()).toEqual([first.storyId, second.storyId].sort());

    // Another person's code cannot take this story, and says so in Dutch.
    const other = await api.caller().intake.submitStory(storyInput(api.collectionId));
    const refused = await expectAppError(
      browser.intake.withdraw({ code: other.participantCode!, storyId: second.storyId }),
      'NOT_FOUND',
    );
    expect(refused.message).toContain('niet onder deze code');

    expect(await browser.intake.withdraw({ code, storyId: second.storyId })).toEqual({
      withdrawn: 1,
    });
    // Repeating it is harmless.
    expect(await browser.intake.withdraw({ code, storyId: second.storyId })).toEqual({
      withdrawn: 1,
    });
    const after = await browser.intake.myStories({ code });
    expect(after).toMatchObject({
      stories: [{ id: first.storyId, title: 'Eindelijk iemand die luisterde' }],
      withdrawnCount: 1,
    });
    expect(countStories(api.database.orm)).toBe(3);

    // A story id that is not a uuid is refused before anything is looked up.
    await expectAppError(browser.intake.withdraw({ code, storyId: 'x' }), 'BAD_INPUT');
  });
});
