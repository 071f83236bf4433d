import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newStory, openWithCollection } from '../test/fixtures';
import {
  countStories,
  createProject,
  findPlatformFact,
  findProjectBySlug,
  insertStoryOnce,
  inTransaction,
  openDatabase,
  recordPlatformFactOnce,
} from './index';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('keeps a file database in WAL mode with full sync, and its data across reopening', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-db-'));
    dirs.push(dir);
    const file = join(dir, 'duiding.sqlite');

    const first = openDatabase({ file });
    expect(first.pragma('journal_mode')).toBe('wal');
    expect(first.pragma('synchronous')).toBe(2); // FULL
    expect(first.pragma('foreign_keys')).toBe(1);
    createProject(first.orm, { slug: 'blijft', name: 'Blijft', now: new Date() });
    first.close();
    expect(existsSync(file)).toBe(true);

    // Reopening runs the migrator again: it must skip what is applied and keep the rows.
    const second = openDatabase({ file });
    expect(findProjectBySlug(second.orm, 'blijft')?.name).toBe('Blijft');
    expect(second.pragma('journal_mode')).toBe('wal');
    second.close();
  });

  it('applies the migrations to an in-memory database', () => {
    const { database, collectionId } = openWithCollection();
    insertStoryOnce(database.orm, {
      clientId: randomUUID(),
      collectionId,
      participant: { clientId: randomUUID(), answers: {} },
      promptId: 'moment',
      title: 't',
      text: 'x',
      language: 'nl',
      channel: 'web',
      answers: {},
      createdOn: '2026-11-15',
    });
    expect(countStories(database.orm)).toBe(1);
    database.close();
  });

  it('records a platform fact once', () => {
    const database = openDatabase({ file: ':memory:' });
    const now = new Date();
    expect(recordPlatformFactOnce(database.orm, 'demo-seeded', { stories: 3 }, now)).toBe(true);
    expect(recordPlatformFactOnce(database.orm, 'demo-seeded', { stories: 9 }, now)).toBe(false);
    expect(findPlatformFact(database.orm, 'demo-seeded')).toEqual({ stories: 3 });
    database.close();
  });

  it('a fact recorded in a transaction that is rolled back is not remembered', () => {
    const database = openDatabase({ file: ':memory:' });
    const now = new Date();
    expect(() =>
      inTransaction(database.orm, (tx) => {
        recordPlatformFactOnce(tx, 'participant-code-secret', 'eerste', now);
        expect(findPlatformFact(tx, 'participant-code-secret')).toBe('eerste');
        throw new Error('teruggedraaid');
      }),
    ).toThrow('teruggedraaid');
    expect(findPlatformFact(database.orm, 'participant-code-secret')).toBeUndefined();
    recordPlatformFactOnce(database.orm, 'participant-code-secret', 'tweede', now);
    expect(findPlatformFact(database.orm, 'participant-code-secret')).toBe('tweede');
    expect(findPlatformFact(database.orm, 'participant-code-secret')).toBe('tweede');
    database.close();
  });
});

describe('inTransaction with a second connection on the file (the story writer thread)', () => {
  it('a transaction that reads and then writes holds the write lock from the start, so it commits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-db-'));
    dirs.push(dir);
    const file = join(dir, 'duiding.sqlite');
    const main = openDatabase({ file });
    const other = openDatabase({ file, busyTimeoutMs: 20 });
    try {
      const now = new Date('2026-11-15T10:00:00Z');
      let otherWrite: unknown;
      inTransaction(main.orm, (tx) => {
        expect(findProjectBySlug(tx, 'eerste')).toBeUndefined();
        // The other connection tries to commit in between: it waits for this transaction
        // (and gives up after its short timeout here), instead of moving ahead of it.
        try {
          createProject(other.orm, { slug: 'tussendoor', name: 'Tussendoor', now });
        } catch (error) {
          otherWrite = error;
        }
        createProject(tx, { slug: 'eerste', name: 'Eerste', now });
      });
      expect(findProjectBySlug(main.orm, 'eerste')).toBeDefined();
      expect((otherWrite as { code?: string }).code).toBe('SQLITE_BUSY');
      expect(findProjectBySlug(other.orm, 'tussendoor')).toBeUndefined();
    } finally {
      other.close();
      main.close();
    }
  });
});

describe('inTransaction nested (savepoints)', () => {
  const slugs = (database: ReturnType<typeof openDatabase>) =>
    ['buiten', 'binnen', 'dieper', 'erna']
      .filter((slug) => findProjectBySlug(database.orm, slug))
      .join(',');

  it('undoes only the level that failed; the levels around it and after it are stored', () => {
    const database = openDatabase({ file: ':memory:' });
    const now = new Date('2026-11-15T10:00:00Z');
    inTransaction(database.orm, (tx) => {
      createProject(tx, { slug: 'buiten', name: 'Buiten', now });
      inTransaction(tx, (inner) => {
        createProject(inner, { slug: 'binnen', name: 'Binnen', now });
        expect(() =>
          inTransaction(inner, (deeper) => {
            createProject(deeper, { slug: 'dieper', name: 'Dieper', now });
            throw new Error('mislukt');
          }),
        ).toThrow('mislukt');
      });
      createProject(tx, { slug: 'erna', name: 'Erna', now });
    });
    expect(slugs(database)).toBe('buiten,binnen,erna');
    database.close();
  });

  it('a level that fails after a failed level inside it is undone whole', () => {
    const database = openDatabase({ file: ':memory:' });
    const now = new Date('2026-11-15T10:00:00Z');
    inTransaction(database.orm, (tx) => {
      createProject(tx, { slug: 'buiten', name: 'Buiten', now });
      expect(() =>
        inTransaction(tx, (inner) => {
          createProject(inner, { slug: 'binnen', name: 'Binnen', now });
          expect(() =>
            inTransaction(inner, (deeper) => {
              createProject(deeper, { slug: 'dieper', name: 'Dieper', now });
              throw new Error('dieper mislukt');
            }),
          ).toThrow('dieper mislukt');
          throw new Error('binnen mislukt');
        }),
      ).toThrow('binnen mislukt');
      inTransaction(tx, (inner) => createProject(inner, { slug: 'erna', name: 'Erna', now }));
    });
    expect(slugs(database)).toBe('buiten,erna');
    database.close();
  });
});

describe('a connection with its temporary files in memory (the story writer thread)', () => {
  it('keeps its sub-journal in memory, and undoes a savepoint larger than 64 KiB of pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-db-'));
    dirs.push(dir);
    const file = join(dir, 'duiding.sqlite');
    const fixture = openWithCollection(file);
    expect(fixture.database.pragma('temp_store')).toBe(0); // DEFAULT: a file past 64 KiB
    fixture.database.close();

    const database = openDatabase({ file, tempInMemory: true });
    expect(database.pragma('temp_store')).toBe(2); // MEMORY
    const story = (title: string) =>
      newStory(fixture.collectionId, {
        title,
        text: `${title}: de hulpverlener nam de tijd voor ons gezin. `.repeat(40),
      });
    inTransaction(database.orm, (tx) => {
      insertStoryOnce(tx, story('ervoor'));
      // Forty stories in one savepoint change far more than 64 KiB of pages.
      expect(() =>
        inTransaction(tx, (inner) => {
          for (let i = 0; i < 40; i++) insertStoryOnce(inner, story(`teruggedraaid ${i}`));
          throw new Error('mislukt');
        }),
      ).toThrow('mislukt');
      insertStoryOnce(tx, story('erna'));
    });
    expect(countStories(database.orm)).toBe(2);
    expect(database.pragma('integrity_check')).toBe('ok');
    database.close();
  });
});
