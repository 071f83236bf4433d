import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, newStory, openWithCollection } from '../test/fixtures';
import {
  countParticipants,
  countStories,
  createCollection,
  createProject,
  DbConflictError,
  findCollectionById,
  findOpenCollection,
  findStoryByClientId,
  insertStoryOnce,
  isProofOfWorkSignatureSpent,
  listProjectStories,
  spendProofOfWorkSignature,
  type TDatabase,
} from './index';

let database: TDatabase | undefined;
afterEach(() => database?.close());

const story = newStory;

describe('insertStoryOnce', () => {
  it('stores participant, story and answers, and a retry with the same client id stores nothing new', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const first = story(fixture.collectionId);

    const stored = insertStoryOnce(db, first);
    const again = insertStoryOnce(db, { ...first, title: 'Een andere titel' });

    expect(stored.duplicate).toBe(false);
    expect(again).toEqual({ ...stored, duplicate: true, participantCreated: false });
    expect(countStories(db)).toBe(1);
    expect(countParticipants(db)).toBe(1);
    const page = listProjectStories(db, { projectId: fixture.projectId, limit: 10 });
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]).toMatchObject({
      id: stored.storyId,
      title: 'Eindelijk gehoord',
      answers: { betrokken: 0.8 },
      participantAnswers: { rol: 'ouder_of_verzorger' },
      status: 'pending',
      createdOn: '2026-11-15',
    });
  });

  it('reuses the participant for a second story and keeps their first answers', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const participant = { clientId: randomUUID(), answers: { rol: 'grootouder' } };

    const one = insertStoryOnce(db, story(fixture.collectionId, { participant }));
    const two = insertStoryOnce(
      db,
      story(fixture.collectionId, { participant: { ...participant, answers: { rol: 'anders' } } }),
    );

    expect(two.participantId).toBe(one.participantId);
    expect(countStories(db)).toBe(2);
    expect(countParticipants(db)).toBe(1);
    const { stories } = listProjectStories(db, { projectId: fixture.projectId, limit: 10 });
    expect(stories.map((s) => s.participantAnswers)).toEqual([
      { rol: 'grootouder' },
      { rol: 'grootouder' },
    ]);
  });

  it('stores nothing when part of the transaction fails', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    // The CHECK constraint on channel refuses the story after the participant was inserted.
    const broken = story(fixture.collectionId, { channel: 'fax' as never });

    expect(() => insertStoryOnce(db, broken)).toThrow();
    expect(countStories(db)).toBe(0);
    expect(countParticipants(db)).toBe(0);
  });

  it('spends a proof of work with its story, once: a second story with it stores nothing', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const expiresAt = new Date(NOW.getTime() + 60_000);
    const proofOfWork = { signature: 'opgelost', expiresAt, now: NOW };
    spendProofOfWorkSignature(db, 'verlopen', NOW);

    insertStoryOnce(db, story(fixture.collectionId, { proofOfWork }));
    expect(isProofOfWorkSignatureSpent(db, 'opgelost')).toBe(true);
    // Expired by the moment of this spend: forgotten in the same transaction.
    expect(isProofOfWorkSignatureSpent(db, 'verlopen')).toBe(false);
    let refused: unknown;
    try {
      insertStoryOnce(db, story(fixture.collectionId, { proofOfWork }));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DbConflictError);
    expect((refused as DbConflictError).reason).toBe('proof-of-work-spent');
    expect(countStories(db)).toBe(1);
    expect(countParticipants(db)).toBe(1);

    // A story that is not stored spends nothing.
    const broken = story(fixture.collectionId, {
      channel: 'fax' as never,
      proofOfWork: { ...proofOfWork, signature: 'nog-vrij' },
    });
    expect(() => insertStoryOnce(db, broken)).toThrow();
    expect(isProofOfWorkSignatureSpent(db, 'nog-vrij')).toBe(false);
  });

  it('refuses a participant client id from another collection', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const other = createCollection(db, {
      ...findCollectionById(db, fixture.collectionId)!,
      slug: 'andere',
      now: NOW,
    });
    const participant = { clientId: randomUUID(), answers: {} };
    insertStoryOnce(db, story(fixture.collectionId, { participant }));

    expect(() => insertStoryOnce(db, story(other.id, { participant }))).toThrow(DbConflictError);
    expect(countStories(db)).toBe(1);
  });

  it('refuses a story for a collection that does not exist (foreign keys are on)', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    expect(() => insertStoryOnce(fixture.database.orm, story('no-such-collection'))).toThrow(
      /FOREIGN KEY/,
    );
  });
});

describe('insertStoryOnce on several databases (its statements are prepared once per connection)', () => {
  it('stores each story in the database it was given, also when another one is open', () => {
    const a = openWithCollection();
    const b = openWithCollection();
    try {
      const inA = story(a.collectionId, { title: 'In A' });
      const stored = insertStoryOnce(a.database.orm, inA);
      // The same client id in B is a new story there: B's statements read B.
      const inB = insertStoryOnce(b.database.orm, { ...inA, collectionId: b.collectionId });

      expect(inB.duplicate).toBe(false);
      expect(inB.storyId).not.toBe(stored.storyId);
      expect(findStoryByClientId(a.database.orm, inA.clientId)?.id).toBe(stored.storyId);
      expect(findStoryByClientId(b.database.orm, inA.clientId)?.id).toBe(inB.storyId);
      expect(countStories(a.database.orm)).toBe(1);
      expect(countStories(b.database.orm)).toBe(1);
      expect(findCollectionById(b.database.orm, a.collectionId)).toBeUndefined();
    } finally {
      a.database.close();
      b.database.close();
    }
  });

  it('works again on a database opened after another was closed', () => {
    const first = openWithCollection();
    insertStoryOnce(first.database.orm, story(first.collectionId));
    first.database.close();
    const second = openWithCollection();
    database = second.database;
    const stored = insertStoryOnce(second.database.orm, story(second.collectionId));
    expect(stored.duplicate).toBe(false);
    expect(countStories(second.database.orm)).toBe(1);
  });
});

describe('listProjectStories', () => {
  it('pages newest day first without gaps or repeats, and only within the project', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const days = ['2026-11-01', '2026-11-03', '2026-11-03', '2026-11-02', '2026-11-03'];
    for (const createdOn of days) insertStoryOnce(db, story(fixture.collectionId, { createdOn }));
    const otherProject = createProject(db, { slug: 'ander', name: 'Ander', now: NOW });

    const seen: string[] = [];
    let after: { createdOn: string; id: string } | undefined;
    for (let page = 0; page < 5; page++) {
      const result = listProjectStories(db, { projectId: fixture.projectId, limit: 2, after });
      seen.push(...result.stories.map((s) => s.createdOn));
      if (!result.next) break;
      after = result.next;
    }

    expect(seen).toEqual(['2026-11-03', '2026-11-03', '2026-11-03', '2026-11-02', '2026-11-01']);
    expect(listProjectStories(db, { projectId: otherProject.id, limit: 10 }).stories).toEqual([]);
  });
});

describe('findOpenCollection', () => {
  it('finds the public collection only between its open and close moments', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    expect(findOpenCollection(db, new Date('2026-09-30T21:59:59Z'))).toBeUndefined();
    expect(findOpenCollection(db, new Date('2026-09-30T22:00:00Z'))?.id).toBe(fixture.collectionId);
    expect(findOpenCollection(db, NOW)?.framework.id).toBe('zhz_jeugdhulp');
    expect(findOpenCollection(db, new Date('2027-01-31T23:00:00Z'))).toBeUndefined();
  });
});
