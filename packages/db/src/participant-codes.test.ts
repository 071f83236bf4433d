import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, openWithCollection } from '../test/fixtures';
import {
  countParticipants,
  deleteExpiredDrafts,
  findDraft,
  insertStoryOnce,
  isKnownCodeHash,
  listAuditEntries,
  listParticipantStories,
  listProjectStories,
  saveDraft,
  type TDatabase,
  type TNewStory,
  withdrawByCodeHash,
  withdrawStoryByCodeHash,
} from './index';

let database: TDatabase | undefined;
afterEach(() => database?.close());

const HASH = 'hash-of-K7QP-MW3D-9XRT';
const LATER = new Date(NOW.getTime() + 30 * 86_400_000);

function story(collectionId: string, overrides: Partial<TNewStory> = {}): TNewStory {
  return {
    clientId: randomUUID(),
    collectionId,
    participant: { clientId: randomUUID(), answers: { rol: 'grootouder' }, codeHash: HASH },
    promptId: 'moment',
    title: 'Eindelijk gehoord',
    text: 'De hulpverlener nam de tijd voor ons gezin.',
    language: 'nl',
    channel: 'web',
    answers: { betrokken: 0.8 },
    createdOn: '2026-11-15',
    ...overrides,
  };
}

function draft(collectionId: string, payload: unknown = { story: { text: 'half af' } }) {
  return { collectionId, resumeCodeHash: HASH, payload, updatedOn: '2026-11-15', expiresAt: LATER };
}

describe('stories under a personal code', () => {
  it('a new participant takes the code; a story sent with it from another device joins them', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;

    const first = insertStoryOnce(db, story(fixture.collectionId));
    const fromPhone = insertStoryOnce(db, story(fixture.collectionId, { title: 'Tweede' }));

    expect(first.participantCreated).toBe(true);
    expect(fromPhone).toMatchObject({
      participantCreated: false,
      participantId: first.participantId,
    });
    expect(countParticipants(db)).toBe(1);
    // Within one day the order is not meaningful (only the day is kept).
    expect(
      listParticipantStories(db, first.participantId)
        .map((s) => s.title)
        .sort(),
    ).toEqual(['Eindelijk gehoord', 'Tweede']);
    expect(isKnownCodeHash(db, HASH, NOW)).toBe(true);
    expect(isKnownCodeHash(db, 'another-hash', NOW)).toBe(false);
  });

  it('a sent story ends the draft kept under its code', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    saveDraft(db, draft(fixture.collectionId));
    expect(isKnownCodeHash(db, HASH, NOW)).toBe(true);

    insertStoryOnce(db, story(fixture.collectionId));

    expect(findDraft(db, HASH, NOW)).toBeUndefined();
  });
});

describe('withdrawByCodeHash', () => {
  it('blanks title, text and answers of every story of the participant, keeps the rows, and is idempotent', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const one = insertStoryOnce(db, story(fixture.collectionId));
    insertStoryOnce(db, story(fixture.collectionId));
    const someoneElse = insertStoryOnce(
      db,
      story(fixture.collectionId, {
        participant: { clientId: randomUUID(), answers: {}, codeHash: 'other' },
      }),
    );
    saveDraft(db, draft(fixture.collectionId));

    const result = withdrawByCodeHash(db, { codeHash: HASH, day: '2026-11-15' });
    const again = withdrawByCodeHash(db, { codeHash: HASH, day: '2026-11-15' });

    expect(result).toEqual({ withdrawn: 2, newlyWithdrawn: 2, draftDeleted: true });
    expect(again).toEqual({ withdrawn: 2, newlyWithdrawn: 0, draftDeleted: false });
    expect(listParticipantStories(db, one.participantId).map(({ id: _, ...rest }) => rest)).toEqual(
      [
        { title: '', createdOn: '2026-11-15', status: 'withdrawn' },
        { title: '', createdOn: '2026-11-15', status: 'withdrawn' },
      ],
    );
    const all = listProjectStories(db, {
      projectId: fixture.projectId,
      limit: 10,
      statuses: ['pending', 'withdrawn'],
    }).stories;
    const withdrawn = all.filter((s) => s.status === 'withdrawn');
    expect(withdrawn).toHaveLength(2);
    for (const s of withdrawn) {
      expect({ title: s.title, text: s.text, answers: s.answers, p: s.participantAnswers }).toEqual(
        { title: '', text: '', answers: {}, p: {} },
      );
    }
    expect(all.find((s) => s.id === someoneElse.storyId)?.status).toBe('pending');
    // Withdrawn stories are not in the default list at all.
    expect(
      listProjectStories(db, { projectId: fixture.projectId, limit: 10 }).stories.map((s) => s.id),
    ).toEqual([someoneElse.storyId]);
    const audit = listAuditEntries(db, { subject: `collection:${fixture.collectionId}` });
    expect(audit).toHaveLength(1);
    // Privacy: no participant id, no code, and only the day.
    expect(audit[0]).toMatchObject({
      action: 'participant.withdraw',
      actorUserId: null,
      projectId: fixture.projectId,
      dayOnly: true,
      at: new Date('2026-11-15T00:00:00Z'),
    });
    expect(JSON.stringify(audit)).not.toContain(HASH);
    expect(JSON.stringify(audit)).not.toContain(one.participantId);
  });

  it('with only a draft under the code, deletes the draft and withdraws nothing', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    saveDraft(db, draft(fixture.collectionId));
    expect(withdrawByCodeHash(db, { codeHash: HASH, day: '2026-11-15' })).toEqual({
      withdrawn: 0,
      newlyWithdrawn: 0,
      draftDeleted: true,
    });
    expect(isKnownCodeHash(db, HASH, NOW)).toBe(false);
  });
});

describe('withdrawStoryByCodeHash', () => {
  it('withdraws one story of the code, keeps the others, and audits only the collection and day', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const one = insertStoryOnce(db, story(fixture.collectionId, { title: 'Eén' }));
    const two = insertStoryOnce(db, story(fixture.collectionId, { title: 'Twee' }));
    const someoneElse = insertStoryOnce(
      db,
      story(fixture.collectionId, {
        participant: { clientId: randomUUID(), answers: {}, codeHash: 'other' },
      }),
    );
    saveDraft(db, draft(fixture.collectionId));
    const withdraw = (codeHash: string, storyId: string) =>
      withdrawStoryByCodeHash(db, { codeHash, storyId, day: '2026-11-15' });

    // Another person's story cannot be withdrawn with this code, nor this one with theirs.
    expect(withdraw(HASH, someoneElse.storyId)).toBeUndefined();
    expect(withdraw('other', one.storyId)).toBeUndefined();
    expect(withdraw('unknown', one.storyId)).toBeUndefined();

    expect(withdraw(HASH, one.storyId)).toEqual({ withdrawn: 1, newlyWithdrawn: true });
    expect(withdraw(HASH, one.storyId)).toEqual({ withdrawn: 1, newlyWithdrawn: false });
    const stories = listProjectStories(db, {
      projectId: fixture.projectId,
      limit: 10,
      statuses: ['pending', 'withdrawn'],
    }).stories;
    const byId = new Map(stories.map((s) => [s.id, s]));
    expect(byId.get(one.storyId)).toMatchObject({
      status: 'withdrawn',
      title: '',
      text: '',
      answers: {},
    });
    // The other story, the participant's answers and the draft stay.
    expect(byId.get(two.storyId)).toMatchObject({
      status: 'pending',
      title: 'Twee',
      participantAnswers: { rol: 'grootouder' },
    });
    expect(byId.get(someoneElse.storyId)?.status).toBe('pending');
    expect(findDraft(db, HASH, NOW)).toBeDefined();

    // With the last story gone, nothing of the participant's answers stays either.
    expect(withdraw(HASH, two.storyId)).toEqual({ withdrawn: 2, newlyWithdrawn: true });
    const after = listProjectStories(db, {
      projectId: fixture.projectId,
      limit: 10,
      statuses: ['withdrawn'],
    }).stories;
    expect(after.map((s) => s.participantAnswers)).toEqual([{}, {}]);

    const audit = listAuditEntries(db).filter((e) => e.action === 'story.withdraw');
    expect(audit).toHaveLength(2);
    for (const entry of audit) {
      expect(entry).toMatchObject({
        actorUserId: null,
        subject: `collection:${fixture.collectionId}`,
        details: { stories: 1, day: '2026-11-15' },
        at: new Date('2026-11-15T00:00:00Z'),
      });
      const text = JSON.stringify(entry);
      expect(text).not.toContain(one.participantId);
      expect(text).not.toContain(one.storyId);
      expect(text).not.toContain(two.storyId);
      expect(text).not.toContain(HASH);
    }
  });
});

describe('drafts', () => {
  it('are saved, replaced under the same code, and gone after they expire', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    saveDraft(db, draft(fixture.collectionId, { step: 'story' }));
    saveDraft(db, { ...draft(fixture.collectionId, { step: 'q:hulp' }), updatedOn: '2026-11-16' });

    expect(findDraft(db, HASH, NOW)).toMatchObject({
      payload: { step: 'q:hulp' },
      updatedOn: '2026-11-16',
    });
    expect(findDraft(db, HASH, LATER)).toBeUndefined();
    expect(deleteExpiredDrafts(db, NOW)).toBe(0);
    expect(deleteExpiredDrafts(db, LATER)).toBe(1);
  });
});
