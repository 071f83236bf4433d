import {
  countParticipants,
  countStories,
  findCollectionBySlug,
  findOpenCollection,
  findProjectBySlug,
  findProjectRole,
  findUserByEmail,
  listProjectStories,
  openDatabase,
  type TDatabase,
} from '@duiding/db';
import { validateResponse, zhzJeugdhulp } from '@duiding/survey';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEMO_COLLECTION_SLUG,
  DEMO_PROJECT,
  DEMO_STORY_COUNT,
  demoCollectionWindow,
  ensureFirstAdmin,
  seedDemoOnce,
} from './seed';

let database: TDatabase | undefined;
afterEach(() => database?.close());

describe('demoCollectionWindow', () => {
  it('is 1 October 2026 until 31 January 2027 23:59 in Amsterdam when that is now', () => {
    expect(demoCollectionWindow(new Date('2026-12-01T12:00:00Z'))).toEqual({
      opensAt: new Date('2026-09-30T22:00:00Z'),
      closesAt: new Date('2027-01-31T22:59:00Z'),
    });
  });

  it('opens today for four months when that window is not now', () => {
    expect(demoCollectionWindow(new Date('2027-03-10T23:30:00Z'))).toEqual({
      opensAt: new Date('2027-03-10T23:00:00Z'), // 11 March 00:00 in Amsterdam
      closesAt: new Date('2027-07-10T22:00:00Z'), // 11 July 00:00, summer time
    });
  });
});

describe('seedDemoOnce', () => {
  it('seeds the project, the frameworks, an open collection and the demo stories, once', () => {
    database = openDatabase({ file: ':memory:' });
    const db = database.orm;
    const now = new Date('2025-05-20T08:00:00Z');

    const first = seedDemoOnce(db, now);
    const second = seedDemoOnce(db, now);

    expect(first).toMatchObject({ seeded: true, stories: DEMO_STORY_COUNT });
    expect(second).toEqual({ seeded: false });
    expect(findOpenCollection(db, now)?.slug).toBe(DEMO_COLLECTION_SLUG);
    expect(countStories(db)).toBe(DEMO_STORY_COUNT);
    expect(countParticipants(db)).toBeLessThan(DEMO_STORY_COUNT);

    const project = findProjectBySlug(db, DEMO_PROJECT.slug)!;
    const { stories } = listProjectStories(db, { projectId: project.id, limit: 200 });
    for (const story of stories) {
      expect(story.createdOn >= '2025-05-20' && story.createdOn <= '2025-05-20').toBe(true);
      expect(
        validateResponse(zhzJeugdhulp, story.answers, { context: story.participantAnswers }).ok,
      ).toBe(true);
    }
    const collection = findCollectionBySlug(db, DEMO_COLLECTION_SLUG)!;
    expect(collection.framework).toEqual(zhzJeugdhulp);
  });
});

describe('ensureFirstAdmin', () => {
  it('creates admin@duiding.local with a generated password as owner of the demo, once', async () => {
    database = openDatabase({ file: ':memory:' });
    const db = database.orm;
    const now = new Date('2026-11-15T10:00:00Z');
    seedDemoOnce(db, now);

    const first = await ensureFirstAdmin(db, { now });
    const second = await ensureFirstAdmin(db, { now });

    expect(first).toMatchObject({ created: true, email: 'admin@duiding.local' });
    expect(first.created && first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(second).toEqual({ created: false, email: 'admin@duiding.local' });
    const admin = findUserByEmail(db, 'admin@duiding.local')!;
    expect(findProjectRole(db, findProjectBySlug(db, DEMO_PROJECT.slug)!.id, admin.id)).toBe(
      'owner',
    );
  });
});
