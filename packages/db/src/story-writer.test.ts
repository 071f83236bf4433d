import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openWithCollection } from '../test/fixtures';
import {
  countParticipants,
  countStories,
  DbConflictError,
  findStoryByClientId,
  insertStoryOnce,
  isStorageFailure,
  openDatabase,
  readLoggedStories,
  readStoryChanges,
  setStoryStatus,
  startStoryWriterThread,
  type TDatabase,
  type TNewStory,
} from './index';
import { stories } from './schema';
import { threadExecArgv } from './story-writer';

let database: TDatabase | undefined;
let writer: Awaited<ReturnType<typeof startStoryWriterThread>> | undefined;
let dir: string | undefined;
afterEach(async () => {
  await writer?.close();
  database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  writer = database = dir = undefined;
});

/** The longest the WAL may grow while the writer checkpoints every fifty stories. */
const WAL_BOUND = 24 * 1024 * 1024;

function story(collectionId: string, overrides: Partial<TNewStory> = {}): TNewStory {
  return {
    clientId: randomUUID(),
    collectionId,
    participant: { clientId: randomUUID(), answers: { rol: 'ouder_of_verzorger' } },
    promptId: 'moment',
    title: 'Eindelijk gehoord',
    text: 'De hulpverlener nam de tijd voor ons gezin. '.repeat(20),
    language: 'nl',
    channel: 'web',
    answers: { betrokken: 0.8, hulp: { a: 0.2, b: 0.5, c: 0.3 } },
    createdOn: '2026-11-15',
    ...overrides,
  };
}

/** A database file with one open collection, and the writer thread on the same file. */
async function openFileWithWriter() {
  dir = mkdtempSync(join(tmpdir(), 'duiding-writer-'));
  const fixture = openWithCollection(join(dir, 'duiding.sqlite'));
  database = fixture.database;
  writer = await startStoryWriterThread(fixture.database.file);
  return { ...fixture, writer };
}

describe('the story writer thread', () => {
  it('stores stories that arrive together in few commits, each readable on the main connection once acknowledged', async () => {
    const { collectionId, writer } = await openFileWithWriter();
    const stories = Array.from({ length: 200 }, () => story(collectionId));
    const stored = await Promise.all(stories.map((s) => writer.insertStory(s)));

    expect(new Set(stored.map((s) => s.storyId)).size).toBe(200);
    expect(stored.every((s) => !s.duplicate && s.participantCreated)).toBe(true);
    // The main thread's own connection sees every acknowledged story, with its answers.
    expect(countStories(database!.orm)).toBe(200);
    expect(findStoryByClientId(database!.orm, stories[17]!.clientId)?.id).toBe(stored[17]!.storyId);
    const { groups, writes } = await writer.stats();
    expect(writes).toBe(200);
    expect(groups).toBeLessThan(20);
  });

  it('stores a retry once, and refuses a story of another collection with the conflict', async () => {
    const { collectionId, writer } = await openFileWithWriter();
    const first = story(collectionId);
    const [a, b] = await Promise.all([writer.insertStory(first), writer.insertStory(first)]);
    expect(b).toEqual({ ...a, duplicate: true, participantCreated: false });
    const again = await writer.insertStory(first);
    expect(again.storyId).toBe(a.storyId);
    expect(countStories(database!.orm)).toBe(1);

    const moved = writer.insertStory({ ...first, collectionId: randomUUID() });
    await expect(moved).rejects.toBeInstanceOf(DbConflictError);
    await expect(moved).rejects.toMatchObject({ reason: 'story-in-other-collection' });
  });

  it('a full disk refuses the stories as a storage failure, stores nothing of them, and takes them once space returns', async () => {
    const { collectionId, writer } = await openFileWithWriter();
    await writer.insertStory(story(collectionId));
    await writer.limitWrites({ maxPageCount: Number(database!.pragma('page_count')) });
    const refused = Array.from({ length: 20 }, () => story(collectionId));
    const outcomes = await Promise.allSettled(refused.map((s) => writer.insertStory(s)));
    expect(outcomes.every((o) => o.status === 'rejected' && isStorageFailure(o.reason))).toBe(true);
    expect(countStories(database!.orm)).toBe(1);
    expect(countParticipants(database!.orm)).toBe(1);

    await writer.limitWrites({ maxPageCount: 1_073_741_823 });
    const stored = await Promise.all(refused.map((s) => writer.insertStory(s)));
    expect(stored.every((s) => !s.duplicate)).toBe(true);
    expect(countStories(database!.orm)).toBe(21);
  });

  it('a read-only connection refuses as a storage failure and recovers without a restart', async () => {
    const { collectionId, writer } = await openFileWithWriter();
    await writer.limitWrites({ queryOnly: true });
    const s = story(collectionId);
    const refused = await writer.insertStory(s).catch((error: unknown) => error);
    expect(isStorageFailure(refused)).toBe(true);
    await writer.limitWrites({ queryOnly: false });
    await writer.insertStory(s);
    expect(countStories(database!.orm)).toBe(1);
  });

  it('closing finishes the stories already sent', async () => {
    const { collectionId, writer: thread } = await openFileWithWriter();
    const sent = Array.from({ length: 50 }, () => thread.insertStory(story(collectionId)));
    await thread.close();
    writer = undefined;
    expect((await Promise.allSettled(sent)).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(countStories(database!.orm)).toBe(50);
    await expect(thread.insertStory(story(collectionId))).rejects.toThrow();
  });

  it('checkpoints after it answered, every fifty stories, so the WAL stays short', async () => {
    const { collectionId, writer } = await openFileWithWriter();
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(Array.from({ length: 50 }, () => writer.insertStory(story(collectionId))));
    }
    expect(countStories(database!.orm)).toBe(1000);
    const { checkpoints } = await writer.stats();
    expect(checkpoints).toBeGreaterThanOrEqual(19);
    // SQLite's automatic checkpoint is off on this connection: without the writer's own, the
    // WAL would hold all 1 000 stories (some 90 MB).
    expect(statSync(`${database!.file}-wal`).size).toBeLessThan(WAL_BOUND);
  });

  it('checkpoints when no story came for a second', async () => {
    const { collectionId, writer } = await openFileWithWriter();
    await Promise.all(Array.from({ length: 5 }, () => writer.insertStory(story(collectionId))));
    expect((await writer.stats()).checkpoints).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect((await writer.stats()).checkpoints).toBe(1);
    // The stories are in the database file itself now: a copy of it without its WAL has them.
    const alone = join(dir!, 'zonder-wal.sqlite');
    copyFileSync(database!.file, alone);
    const copy = openDatabase({ file: alone });
    expect(countStories(copy.orm)).toBe(5);
    copy.close();
  });
});

describe('what the explorer reads of changes', () => {
  it('sees a story stored by the writer thread and a status set on its own connection', async () => {
    const { collectionId, writer } = await openFileWithWriter();
    const db = database!.orm;
    const empty = readStoryChanges(db);
    expect(readStoryChanges(db)).toBe(empty);
    const { storyId } = await writer.insertStory(story(collectionId));
    const one = readStoryChanges(db);
    expect(one.fingerprint).not.toBe(empty.fingerprint);
    expect(one.lastRowid).toBeGreaterThan(0);
    // Nothing new: the same answer without reading the stories again.
    expect(readStoryChanges(db)).toBe(one);
    setStoryStatus(db, storyId, 'approved');
    const approved = readStoryChanges(db);
    expect(approved.fingerprint).not.toBe(one.fingerprint);
    expect(approved.lastRowid).toBe(one.lastRowid);
    expect(
      readLoggedStories(db, { after: one.logged, through: approved.logged, upTo: one.lastRowid }),
    ).toEqual([
      { rowid: one.lastRowid, reread: false, id: storyId, collectionId, status: 'approved' },
    ]);
  });

  it('logs what else changed in a stored story, and its deletion, as a reason to read again', () => {
    const fixture = openWithCollection();
    database = fixture.database;
    const db = database.orm;
    const { storyId } = insertStoryOnce(db, story(fixture.collectionId));
    const start = readStoryChanges(db);
    const logged = () =>
      readLoggedStories(db, {
        after: start.logged,
        through: readStoryChanges(db).logged,
        upTo: start.lastRowid,
      }).map(({ reread, id }) => ({ reread, id }));
    // Written without a change: nothing logged.
    db.update(stories).set({ status: 'pending' }).where(eq(stories.id, storyId)).run();
    expect(logged()).toEqual([]);
    setStoryStatus(db, storyId, 'approved');
    expect(logged()).toEqual([{ reread: false, id: storyId }]);
    db.update(stories)
      .set({ answers: { betrokken: 0.1 } })
      .where(eq(stories.id, storyId))
      .run();
    expect(logged()).toEqual([{ reread: true, id: storyId }]);
    db.delete(stories).where(eq(stories.id, storyId)).run();
    expect(logged()).toEqual([{ reread: true, id: null }]);
    // A story stored later is not logged. This one takes the deleted one's rowid (it was the
    // last), so the entry now names another story: the explorer sees it is not the one read.
    const next = insertStoryOnce(db, story(fixture.collectionId));
    expect(readStoryChanges(db).lastRowid).toBe(start.lastRowid);
    expect(logged()).toEqual([{ reread: true, id: next.storyId }]);
  });
});

describe('the node flags the writer thread gets', () => {
  it('keeps a CPU profile’s flags with their values, in either form, and nothing else', () => {
    expect(threadExecArgv(['--import', 'tsx', '--max-semi-space-size=4'])).toEqual([]);
    expect(threadExecArgv(['--cpu-prof', '--cpu-prof-dir=/tmp/p', '--import', 'tsx'])).toEqual([
      '--cpu-prof',
      '--cpu-prof-dir=/tmp/p',
    ]);
    expect(
      threadExecArgv(['--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--cpu-prof-interval', '500']),
    ).toEqual(['--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--cpu-prof-interval', '500']);
    // One name for both threads would make them write one file.
    expect(threadExecArgv(['--cpu-prof', '--cpu-prof-name', 'x.cpuprofile', '--inspect'])).toEqual([
      '--cpu-prof',
    ]);
    expect(threadExecArgv(['--cpu-prof-name=x.cpuprofile', '--cpu-prof'])).toEqual(['--cpu-prof']);
  });
});
