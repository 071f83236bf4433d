import { countParticipants, countStories } from '@duiding/db';
import type { TRPCError } from '@trpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestApi,
  expectAppError,
  type failure,
  storyInput,
  type TTestApi,
} from '../../test/harness';
import { describeError } from '../errors';

let api: TTestApi | undefined;
afterEach(() => {
  api?.database.close();
  api = undefined;
});

/** A story long enough that storing it needs new database pages. */
const longStory = () =>
  storyInput(api!.collectionId, {
    story: {
      promptId: 'gehoord',
      title: 'Het duurde lang',
      text: 'We wachtten en wachtten. '.repeat(300),
      language: 'nl' as const,
    },
  });

describe('a disk that refuses writes', () => {
  it('disk full: the participant gets a clear message, nothing is half-stored, and a retry succeeds once space returns', async () => {
    api = await createTestApi();
    await api.caller().intake.submitStory(storyInput(api.collectionId));

    // SQLite's own limit on the file's size gives the same SQLITE_FULL as a full disk.
    api.database.limitWrites({ maxPageCount: Number(api.database.pragma('page_count')) });
    // Stories go on arriving until the "disk" is full: the first one refused is the one to retry.
    let refusedStory: ReturnType<typeof longStory> | undefined;
    let refused: Awaited<ReturnType<typeof failure>> | undefined;
    for (let i = 0; i < 200 && !refused; i++) {
      const story = longStory();
      const stored = countStories(api.database.orm);
      try {
        await api.caller().intake.submitStory(story);
      } catch (error) {
        refusedStory = story;
        refused = describeError(error as TRPCError);
        // Nothing of the refused story was kept.
        expect(countStories(api.database.orm)).toBe(stored);
        expect(countParticipants(api.database.orm)).toBe(stored);
      }
    }
    expect(refused?.appCode).toBe('STORAGE_UNAVAILABLE');
    expect(refused!.message).toContain('bewaard');
    expect(refused!.message).not.toMatch(/SQLITE|sql/i);

    // Space returns: the same story, sent again by the browser, is stored exactly once.
    api.database.limitWrites({ maxPageCount: 1_073_741_823 });
    const story = refusedStory!;
    const full = countStories(api.database.orm);
    const stored = await api.caller().intake.submitStory(story);
    expect(stored.duplicate).toBe(false);
    expect(countStories(api.database.orm)).toBe(full + 1);
    const again = await api.caller().intake.submitStory(story);
    expect(again).toMatchObject({ duplicate: true, storyId: stored.storyId });
  });

  it('a read-only data directory: a clear message, nothing stored, and the server recovers without a restart', async () => {
    api = await createTestApi();
    api.database.limitWrites({ queryOnly: true });
    const story = longStory();
    await expectAppError(api.caller().intake.submitStory(story), 'STORAGE_UNAVAILABLE');
    await expectAppError(
      api.caller().intake.saveDraft({
        collectionId: api.collectionId,
        draft: { participantAnswers: {}, story: { title: 'Bijna', language: 'nl' }, answers: {} },
      }),
      'STORAGE_UNAVAILABLE',
    );
    api.database.limitWrites({ queryOnly: false });
    expect(countStories(api.database.orm)).toBe(0);
    await api.caller().intake.submitStory(story);
    expect(countStories(api.database.orm)).toBe(1);
  });
});
