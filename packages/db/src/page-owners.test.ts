import { afterEach, describe, expect, it } from 'vitest';
import { newStory, openWithCollection } from '../test/fixtures';
import { insertStoryOnce, pageOwners, type TDatabase } from './index';

let database: TDatabase | undefined;
afterEach(() => database?.close());

describe('pageOwners', () => {
  it('names the table or index of a page, and the pages a new story took', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const before = pageOwners(database.orm);
    // Page 1 holds the schema.
    expect(before.get(1)).toBe('sqlite_schema');
    expect([...before.values()]).toContain('stories_client_id_unique');
    // A story with a long text makes the stories table grow by overflow pages.
    insertStoryOnce(database.orm, newStory(fixture.collectionId, { text: 'lang '.repeat(4000) }));
    const after = pageOwners(database.orm);
    const storyPages = (owners: Map<number, string>) =>
      [...owners.values()].filter((owner) => owner === 'stories').length;
    expect(storyPages(after)).toBeGreaterThan(storyPages(before));
  });
});
