import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TCollectionLanding } from '@duiding/survey';
import { afterEach, describe, expect, it } from 'vitest';
import { openWithCollection } from '../test/fixtures';
import {
  findCollectionById,
  inTransaction,
  openDatabase,
  rescheduleCollection,
  setCollectionCloses,
  setCollectionPresentation,
  type TDatabase,
} from './index';

const landing = (intro: string) =>
  ({
    intro: { nl: intro },
    privacy: { nl: 'Anoniem.' },
    minutes: 20,
    use: { nl: 'Voor het jaarverslag.' },
    contact: { name: 'Onderzoeksteam', email: 'onderzoek@example.org' },
  }) as unknown as TCollectionLanding;

const open: TDatabase[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const database of open.splice(0)) database.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function withCollection(file?: string) {
  const fixture = openWithCollection(file);
  open.push(fixture.database);
  return { db: fixture.database.orm, id: fixture.collectionId, database: fixture.database };
}

describe('findCollectionById, kept per connection', () => {
  it('sees a close, a new schedule and a new landing page at the next read after each', () => {
    const { db, id } = withCollection();
    const first = findCollectionById(db, id)!;
    // Read again: the same collection as it was.
    expect(findCollectionById(db, id)).toEqual(first);

    const closedAt = new Date('2026-11-20T12:00:00Z');
    setCollectionCloses(db, id, closedAt);
    expect(findCollectionById(db, id)!.closesAt).toEqual(closedAt);

    const window = {
      opensAt: new Date('2026-12-01T08:00:00Z'),
      closesAt: new Date('2027-03-01T08:00:00Z'),
    };
    rescheduleCollection(db, id, window);
    expect(findCollectionById(db, id)).toMatchObject(window);

    setCollectionPresentation(db, id, { landing: landing('Vertel ons je verhaal.') });
    expect(findCollectionById(db, id)!.landing?.intro).toEqual({ nl: 'Vertel ons je verhaal.' });
    setCollectionPresentation(db, id, { landing: null });
    expect(findCollectionById(db, id)!.landing).toBeNull();
  });

  it('a change in a transaction is seen after its commit, and one rolled back is not kept', () => {
    const { db, id } = withCollection();
    const before = findCollectionById(db, id)!;
    const closedAt = new Date('2026-11-20T12:00:00Z');
    inTransaction(db, (tx) => {
      setCollectionCloses(tx, id, closedAt);
      expect(findCollectionById(tx, id)!.closesAt).toEqual(closedAt);
    });
    expect(findCollectionById(db, id)!.closesAt).toEqual(closedAt);

    expect(() =>
      inTransaction(db, (tx) => {
        setCollectionCloses(tx, id, before.closesAt);
        // Read inside the transaction: the change it made, which is not kept for later.
        expect(findCollectionById(tx, id)!.closesAt).toEqual(before.closesAt);
        throw new Error('teruggedraaid');
      }),
    ).toThrow('teruggedraaid');
    expect(findCollectionById(db, id)!.closesAt).toEqual(closedAt);
  });

  it('sees a change made by another connection (another process, such as the CLI) within half a second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duiding-collections-'));
    dirs.push(dir);
    const file = join(dir, 'duiding.sqlite');
    const { db, id } = withCollection(file);
    const other = openDatabase({ file });
    open.push(other);
    const before = findCollectionById(db, id)!;
    const closedAt = new Date('2026-11-20T12:00:00Z');
    setCollectionCloses(other.orm, id, closedAt);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(findCollectionById(db, id)!.closesAt).toEqual(closedAt);
    expect(before.closesAt).not.toEqual(closedAt);
  });

  it('keeps each database apart, and one caller cannot change what the next one reads', () => {
    const a = withCollection();
    const b = withCollection();
    expect(findCollectionById(a.db, a.id)).toBeDefined();
    expect(findCollectionById(b.db, a.id)).toBeUndefined();
    const kept = findCollectionById(a.db, a.id)!;
    expect(() => {
      (kept as { title: string }).title = 'Anders';
    }).toThrow(TypeError);
    expect(findCollectionById(a.db, a.id)!.title).toBe('ZHZ vertelt 2026');
  });
});
