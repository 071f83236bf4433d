/**
 * `pnpm bench:commit-pages`: how many pages one group commit of
 * stories writes to the WAL, and to which table or index they belong. Each page is written
 * (and synced) with the commit and copied into the database file again by the next
 * checkpoint, so this is the story writer's work per commit that does not shrink with the
 * code around it (issue 11). Groups of 1, 3, 10 and 50 stories, as the writer makes them at
 * an even 1 000/s (small) and in a closed loop of 200 connections (large), each in the
 * writer's own GroupCommit, on a database that already holds BENCH_STORIES (3 000) stories.
 * The pages are read from the WAL file itself (the frames of its current salt) and named
 * with SQLite's dbstat table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  findCollectionBySlug,
  GroupCommit,
  insertStoryOnce,
  openDatabase,
  pageOwners,
} from '@duiding/db';
import { seedDemoOnce } from '../src/seed';
import { demoNewStory } from '../test/story-client';

const STORIES = Number(process.env.BENCH_STORIES ?? 3000);
const GROUPS = [1, 3, 10, 50];
const TRIALS = 3;

const dir = mkdtempSync(join(tmpdir(), 'duiding-bench-commit-pages-'));
const file = join(dir, 'duiding.sqlite');
const database = openDatabase({ file, ownCheckpoints: true, tempInMemory: true });
try {
  seedDemoOnce(database.orm, new Date());
  const collection = findCollectionBySlug(database.orm, 'zhz-vertelt-2026')!;
  let n = 0;
  const nextStory = () => {
    n += 1;
    return demoNewStory(collection.id, `Verhaal ${n}`, `hash-${n}`);
  };
  const commits = new GroupCommit(database.orm);
  /** One group of `size` stories: all queued in the same turn, so one commit. */
  const commitGroup = async (size: number) => {
    const groupsBefore = commits.stats.groups;
    await Promise.all(
      Array.from({ length: size }, () => commits.run((tx) => insertStoryOnce(tx, nextStory()))),
    );
    if (commits.stats.groups !== groupsBefore + 1) throw new Error('the stories took two commits');
  };

  for (let i = 0; i < STORIES; i += 50) await commitGroup(Math.min(50, STORIES - i));
  const pageSize = Number(database.pragma('page_size'));
  /** The pages of the WAL's current frames: after a complete checkpoint, one commit's. */
  const walPages = () => {
    const wal = readFileSync(`${file}-wal`);
    const frame = 24 + pageSize;
    const pages: number[] = [];
    const commitFrames: boolean[] = [];
    for (let at = 32; at + frame <= wal.length; at += frame) {
      // A frame of an earlier use of the file has other salts: the current ones end there.
      if (wal.readUInt32BE(at + 8) !== wal.readUInt32BE(16)) break;
      if (wal.readUInt32BE(at + 12) !== wal.readUInt32BE(20)) break;
      pages.push(wal.readUInt32BE(at));
      commitFrames.push(wal.readUInt32BE(at + 4) !== 0);
    }
    // A commit's last frame holds the database's size, every other frame 0: one commit alone.
    if (commitFrames.filter(Boolean).length !== 1 || !commitFrames.at(-1)) {
      throw new Error('the WAL did not start over at the checkpoint: it holds other commits');
    }
    return pages;
  };

  console.log(
    `WAL pages (${pageSize} bytes) one group commit writes, on ${STORIES.toLocaleString('nl-NL')} stories, mean of ${TRIALS}:`,
  );
  for (const size of GROUPS) {
    const byName = new Map<string, number>();
    let pages = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      // Fully checkpointed, so the next commit starts the WAL over and holds alone in it.
      database.checkpoint();
      await commitGroup(size);
      const owners = pageOwners(database.orm);
      for (const page of walPages()) {
        pages += 1;
        const name = owners.get(page) ?? '(free list)';
        byName.set(name, (byName.get(name) ?? 0) + 1);
      }
    }
    const most = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, count]) => `${name} ${(count / TRIALS).toFixed(1)}`)
      .join(', ');
    console.log(
      `${String(size).padStart(3)} ${size === 1 ? 'story ' : 'stories'}  ${(pages / TRIALS).toFixed(0).padStart(4)} pages a commit, ${(pages / TRIALS / size).toFixed(1).padStart(5)} a story; most: ${most}`,
    );
  }
} finally {
  database.close();
  rmSync(dir, { recursive: true, force: true });
}
