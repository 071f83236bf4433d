import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { newStory, openWithCollection } from '../test/fixtures';
import {
  countParticipants,
  countStories,
  GroupCommit,
  insertStoryOnce,
  type TDatabase,
} from './index';

let database: TDatabase | undefined;
afterEach(() => database?.close());

const story = (collectionId: string, clientId?: string) =>
  newStory(collectionId, clientId ? { clientId } : {});

describe('GroupCommit', () => {
  it('commits writes that arrive together in one transaction, and each gets its own result', async () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const commits = new GroupCommit(database.orm);
    const stories = Array.from({ length: 50 }, () => story(fixture.collectionId));
    const results = await Promise.all(
      stories.map((s) => commits.run((tx) => insertStoryOnce(tx, s))),
    );
    expect(new Set(results.map((r) => r.storyId)).size).toBe(50);
    expect(commits.stats).toEqual({ groups: 1, writes: 50 });
    expect(countStories(database.orm)).toBe(50);
  });

  it('undoes and rejects a failing write alone; the others of its group are stored', async () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const commits = new GroupCommit(database.orm);
    const same = randomUUID();
    const outcomes = await Promise.allSettled([
      commits.run((tx) => insertStoryOnce(tx, story(fixture.collectionId))),
      commits.run((tx) => {
        insertStoryOnce(tx, story(fixture.collectionId));
        throw new Error('halverwege mis');
      }),
      commits.run((tx) => insertStoryOnce(tx, story(fixture.collectionId, same))),
      // A retry in the same group finds the first one.
      commits.run((tx) => insertStoryOnce(tx, story(fixture.collectionId, same))),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(outcomes[3]).toMatchObject({ value: { duplicate: true } });
    expect(countStories(database.orm)).toBe(2);
    expect(countParticipants(database.orm)).toBe(2);
  });

  it('rejects every write of a group whose commit fails, and stores none of them', async () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const commits = new GroupCommit(database.orm);
    // Foreign keys checked at commit: a story for a collection that does not exist passes
    // its own savepoint and makes the commit of the whole group fail.
    database.orm.run(sql`PRAGMA defer_foreign_keys = ON`);
    const outcomes = await Promise.allSettled([
      commits.run((tx) => insertStoryOnce(tx, story(fixture.collectionId))),
      commits.run((tx) => insertStoryOnce(tx, story('bestaat-niet'))),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(countStories(database.orm)).toBe(0);
    // The next group commits normally.
    await commits.run((tx) => insertStoryOnce(tx, story(fixture.collectionId)));
    expect(countStories(database.orm)).toBe(1);
  });
});
