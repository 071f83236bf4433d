import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type TDatabase } from './database';
import { GroupCommit } from './group-commit';
import { insertStoryOnce } from './stories';
import {
  describeWriteFailure,
  type TStoryWriterReply,
  type TStoryWriterRequest,
} from './story-writer';

/**
 * The thread behind startStoryWriterThread: its own connection, stories in group commits.
 *
 * Checkpoints wait until a group's stories are acknowledged. SQLite's automatic checkpoint
 * runs inside the commit that passes 1 000 pages of WAL (a lone story's commit writes about
 * 53 pages, a third of them leaves of the answer-facet index; 50 stories together about 8
 * pages a story; `pnpm bench:commit-pages`): that commit copies the pages into the database
 * file and syncs it before it returns, so every story of its group waited for a copy it
 * does not need to be safe (it is safe once the WAL is synced). Here the thread checkpoints
 * after it has answered, once CHECKPOINT_EVERY stories came since the last one, or when no
 * story came for IDLE_CHECKPOINT_MS.
 *
 * Tried and left (pnpm bench:submit on 2026-12-07, each against runs of this code that
 * alternated with it; the machine's speed moved between experiments, so compare within one):
 * - The search entry (search keys, text index, answer facets) after the commit, from a queue
 *   in the database, for many stories in one transaction, with every reader of the search
 *   asking the thread to catch up first. Without any search entry at all the writer took
 *   0.44-0.53 ms a story at an even 1 000/s (p50 3-4 ms) against 0.71-0.75 (p50 8-13 ms):
 *   that is the most deferring could win. Written 50 at a time before each checkpoint it
 *   took 0.62-0.65 ms, but the 50 entries block the stories behind them (p50 13-21 ms, p99
 *   52-75 ms); written 5 or 10 at a time, each in a commit of its own, 0.71-0.75 ms again.
 * - 1 KiB pages instead of 4: a lone story's commit 72 KiB instead of about 212, the
 *   writer's CPU a story the same (its cost is b-tree work and calls, not bytes).
 * - A checkpoint every 200 stories: 1 495-1 781 stories/s at 200 connections against
 *   1 620-1 761, and at an even 1 000/s p99 69-196 ms against 25-80.
 * - The answer facets as one multi-row INSERT: 56-61 against 55-64 µs a story.
 * - Commits at synchronous=NORMAL, each batch answered after an fdatasync of the WAL on
 *   libuv's pool, so that the thread goes on while the disk syncs: 1 375-1 487 stories/s at
 *   200 connections against 1 291-1 458, p99 at an even 1 000/s 77-183 against 45-127 ms.
 *   The thread waits little on the disk; the two cores are what runs out.
 * - Story and participant ids that lie together in the indexes holding them (the primary
 *   keys, stories by collection and day, stories by participant, the search keys), where a
 *   random UUID puts each new row in a leaf of its own: a UUID (version 8) with a 48-bit
 *   prefix shared by each block of 256 rows and 74 random bits (2026-12-08). The writer
 *   took 0.30-0.44 ms a story at 200 connections against 0.37-0.49 (about 13 % less, as a
 *   share of the main thread's time in the same run), 1 484-2 218 stories/s against
 *   1 360-1 801; at an even 1 000/s no change (0.69-0.74 ms: lone commits write a leaf per
 *   index either way). Left, for what the ids would tell: stories that share a prefix
 *   were stored within 256 rows of each other, and a participant sees their own story's
 *   id, so whoever knows when they told one can find the stories told near that moment
 *   in an export (which keeps the order within a day hidden). Ids in row order would tell
 *   the count as well. Keeping this gain needs the indexes to hold the rowid, with the
 *   random id in its unique index alone.
 */
const port = parentPort!;
const reply = (message: TStoryWriterReply) => port.postMessage(message);

let database: TDatabase;
try {
  database = openDatabase({
    file: (workerData as { file: string }).file,
    ownCheckpoints: true,
    tempInMemory: true,
  });
} catch (error) {
  reply({ kind: 'open-failed', failure: describeWriteFailure(error) });
  process.exit(1);
}
const commits = new GroupCommit(database.orm);
let inFlight = 0;
let closeRequested = false;

/**
 * A checkpoint of 50 stories' pages took 6-10 ms, of 100 about 10-16 ms (most of it the
 * database file's fsync): stories that come meanwhile wait, so shorter, more frequent ones
 * kept the tail at an even 1 000 stories/s lower (p99 25-40 against 31-56 ms, pnpm
 * bench:submit, same minutes).
 *
 * They are 23 % of this thread's time at an even 1 000/s (BENCH_PROFILE), so a checkpointer
 * of its own was tried: a second thread and connection, checkpointing beside the commits
 * (the writer checkpointing itself once the WAL passed 10 000 frames, as a WAL that is never
 * found fully copied does not start over). In four runs of pnpm bench:submit alternating
 * with this code, the closed loops gained 2-24 %, but at an even 1 000/s the median run's
 * p99 was 68, 106, 139 and 116 ms against 62, 48, 65 and 45 ms here (its database fsync
 * beside the WAL's, and a third busy thread on two cores), and the server took 18-26 MB
 * more after start (pnpm bench:memory).
 */
const CHECKPOINT_EVERY = 50;
const IDLE_CHECKPOINT_MS = 1000;
let storedSinceCheckpoint = 0;
let checkpointQueued = false;
let idleTimer: NodeJS.Timeout | undefined;
let checkpoints = 0;

function checkpoint() {
  checkpointQueued = false;
  clearTimeout(idleTimer);
  idleTimer = undefined;
  if (storedSinceCheckpoint === 0) return;
  storedSinceCheckpoint = 0;
  try {
    database.checkpoint();
    checkpoints += 1;
  } catch {
    // A full disk or a read-only directory: the stories are safe in the WAL, and the next
    // checkpoint tries again (SQLite also checkpoints when the last connection closes).
  }
}

/** After a batch was answered: a checkpoint now (after the reply went out) or when idle. */
function checkpointLater(stored: number) {
  storedSinceCheckpoint += stored;
  if (storedSinceCheckpoint >= CHECKPOINT_EVERY) {
    if (!checkpointQueued) {
      checkpointQueued = true;
      setImmediate(checkpoint);
    }
  } else {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(checkpoint, IDLE_CHECKPOINT_MS);
  }
}

function closeWhenDone() {
  if (closeRequested && inFlight === 0) {
    clearTimeout(idleTimer);
    database.close();
    port.close();
  }
}

port.on('message', (request: TStoryWriterRequest) => {
  switch (request.kind) {
    case 'stories': {
      inFlight += request.items.length;
      // Each story settles with its group's commit; the batch answers in one message.
      void Promise.allSettled(
        request.items.map(({ story }) => commits.run((tx) => insertStoryOnce(tx, story))),
      ).then((outcomes) => {
        inFlight -= request.items.length;
        checkpointLater(outcomes.filter((outcome) => outcome.status === 'fulfilled').length);
        reply({
          kind: 'done',
          results: outcomes.map((outcome, i) => {
            const id = request.items[i]!.id;
            return outcome.status === 'fulfilled'
              ? { id, ok: true, value: outcome.value }
              : { id, ok: false, failure: describeWriteFailure(outcome.reason) };
          }),
        });
        closeWhenDone();
      });
      return;
    }
    case 'limit':
      database.limitWrites(request.limit);
      reply({ kind: 'done', results: [{ id: request.id, ok: true, value: undefined }] });
      return;
    case 'stats':
      reply({
        kind: 'done',
        results: [{ id: request.id, ok: true, value: { ...commits.stats, checkpoints } }],
      });
      return;
    case 'close':
      closeRequested = true;
      closeWhenDone();
      return;
  }
});

reply({ kind: 'ready' });
