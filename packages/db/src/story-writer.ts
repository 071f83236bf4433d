import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TDbExecutor } from './database';
import { DbConflictError, isStorageFailure, type TDbConflictReason } from './errors';
import { GroupCommit } from './group-commit';
import { insertStoryOnce, type TInsertedStory, type TNewStory } from './stories';

/**
 * Where submitted stories are stored. Each promise settles only after the commit that holds
 * the story is on disk (`synchronous=FULL`), so the participant's thank-you means stored.
 */
export interface TStoryWriter {
  insertStory(story: TNewStory): Promise<TInsertedStory>;
  /**
   * Stories stored so far, the groups (commits) they came in, and the checkpoints the
   * writer ran itself (the thread; SQLite's automatic ones are not counted): for tests and
   * benches.
   */
  stats(): Promise<{ groups: number; writes: number; checkpoints: number }>;
  close(): Promise<void>;
}

/** On the caller's own connection, in group commits (tests, in-memory databases). */
export function inProcessStoryWriter(db: TDbExecutor): TStoryWriter {
  const commits = new GroupCommit(db);
  return {
    insertStory: (story) => commits.run((tx) => insertStoryOnce(tx, story)),
    stats: async () => ({ ...commits.stats, checkpoints: 0 }),
    close: async () => {},
  };
}

/** A write limit for the fault tests, as `TDatabase.limitWrites` takes it. */
export type TWriteLimit = { maxPageCount: number } | { queryOnly: boolean };

/** What the writer thread is asked to do. */
export type TStoryWriterRequest =
  | { kind: 'stories'; items: { id: number; story: TNewStory }[] }
  | { kind: 'limit'; id: number; limit: TWriteLimit }
  | { kind: 'stats'; id: number }
  | { kind: 'close' };

/** A failure as it crosses to the main thread: enough to map it as the api does. */
export type TWriteFailure =
  | { type: 'conflict'; reason: TDbConflictReason; message: string }
  | { type: 'storage' | 'other'; code: string | undefined; message: string };

export type TStoryWriterReply =
  | { kind: 'ready' }
  | { kind: 'open-failed'; failure: TWriteFailure }
  | {
      kind: 'done';
      results: (
        | { id: number; ok: true; value: unknown }
        | { id: number; ok: false; failure: TWriteFailure }
      )[];
    };

export function describeWriteFailure(error: unknown): TWriteFailure {
  if (error instanceof DbConflictError) {
    return { type: 'conflict', reason: error.reason, message: error.message };
  }
  let code: string | undefined;
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const c = (e as { code?: unknown }).code;
    if (typeof c === 'string') {
      code = c;
      break;
    }
  }
  return {
    type: isStorageFailure(error) ? 'storage' : 'other',
    code,
    message: error instanceof Error ? error.message : String(error),
  };
}

function toError(failure: TWriteFailure): Error {
  if (failure.type === 'conflict') return new DbConflictError(failure.reason, failure.message);
  // The SQLite code is what isStorageFailure (and so the api's mapping) reads.
  return Object.assign(new Error(failure.message), { code: failure.code });
}

const THREAD_FILE = fileURLToPath(new URL('./story-writer-thread.ts', import.meta.url));

/**
 * The thread's compiled file when the server runs from its bundle (apps/server/scripts/
 * bundle.ts defines it); undefined when it runs from source.
 */
declare const DUIDING_STORY_WRITER_BUNDLE: string | undefined;

/**
 * None of the parent's node flags (the worker would take `--import tsx` with them, and Node
 * refuses V8 flags such as --max-old-space-size in a worker's own list; V8's flags hold for
 * the whole process anyway), but a CPU profile's (`--cpu-prof`, BENCH_PROFILE), so that a
 * profile of the server has the thread's too: `--cpu-prof-dir` and `--cpu-prof-interval` with
 * their value, also given as the next argument. Not `--cpu-prof-name`: both threads would
 * write the one file, and Node's default name tells the threads apart.
 */
export function threadExecArgv(parent: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < parent.length; i++) {
    const flag = parent[i]!;
    const name = flag.split('=')[0]!;
    const takesValue = name === '--cpu-prof-dir' || name === '--cpu-prof-interval';
    if (flag === '--cpu-prof') kept.push(flag);
    else if (takesValue && flag.includes('=')) kept.push(flag);
    else if (takesValue && i + 1 < parent.length) kept.push(flag, parent[++i]!);
    else if (name === '--cpu-prof-name' && !flag.includes('=')) i++;
  }
  return kept;
}

/**
 * From source the thread runs this package's TypeScript, as the server does (tsx), through
 * tsx's require hook, which transforms in the thread itself. tsx's ESM loader (`--import
 * tsx`, or its `register()`) runs module hooks on a thread of their own with esbuild loaded
 * again: for a worker that was a third isolate, about 20 MB of the server's resident memory.
 */
function threadEntry(): { entry: string | URL; eval: boolean } {
  if (typeof DUIDING_STORY_WRITER_BUNDLE === 'string') {
    return { entry: new URL(DUIDING_STORY_WRITER_BUNDLE), eval: false };
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return {
    entry: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(THREAD_FILE)});`,
    eval: true,
  };
}

/**
 * Stories stored by a thread of their own, on its own connection to the database file (WAL
 * lets both connections work at once). better-sqlite3 is synchronous: on the main thread
 * each commit's fsync and each insert (with the search index its triggers fill) stopped
 * every other request; here the main thread parses and validates the next requests while
 * the thread commits. Stories that arrive while the thread is busy go into its next commit,
 * so under load one fsync covers many.
 *
 * If the thread stops, the stories it had not confirmed are refused (a retry with the same
 * client id is safe) and a new thread takes over.
 */
export async function startStoryWriterThread(file: string): Promise<
  TStoryWriter & {
    /** For the fault tests: limits the thread's connection as a full or read-only disk would. */
    limitWrites(limit: TWriteLimit): Promise<void>;
  }
> {
  type TWaiting = { resolve: (value: never) => void; reject: (error: unknown) => void };
  const waiting = new Map<number, TWaiting>();
  let nextId = 1;
  let queued: { id: number; story: TNewStory }[] = [];
  let sendScheduled = false;
  let closing = false;
  let current: Worker | undefined;
  let starting: Promise<Worker> | undefined;

  const spawn = () =>
    new Promise<Worker>((resolve, reject) => {
      const { entry, eval: isCode } = threadEntry();
      const worker = new Worker(entry, {
        eval: isCode,
        workerData: { file },
        execArgv: threadExecArgv(),
        // Its heap holds a batch of stories at a time: a small young generation suffices.
        resourceLimits: { maxYoungGenerationSizeMb: 4 },
      });
      worker.on('message', (reply: TStoryWriterReply) => {
        if (reply.kind === 'ready') resolve(worker);
        else if (reply.kind === 'open-failed') reject(toError(reply.failure));
        else {
          for (const result of reply.results) {
            const entry = waiting.get(result.id);
            if (!entry) continue;
            waiting.delete(result.id);
            if (result.ok) entry.resolve(result.value as never);
            else entry.reject(toError(result.failure));
          }
        }
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        reject(new Error('De schrijfdraad van de verhalen stopte bij het starten.'));
        if (current !== worker) return;
        // Whatever it had not confirmed may or may not be stored: refuse it, so the
        // browser tries again with the same client id (which stores once).
        for (const [id, entry] of waiting) {
          waiting.delete(id);
          entry.reject(new Error('De schrijfdraad van de verhalen stopte.'));
        }
        if (!closing) restart();
      });
    });

  const restart = () => {
    current = undefined;
    starting = spawn().then(
      (worker) => {
        current = worker;
        starting = undefined;
        flushQueue();
        return worker;
      },
      (error) => {
        starting = undefined;
        for (const { id } of queued) waiting.get(id)?.reject(error);
        queued = [];
        throw error;
      },
    );
    starting.catch(() => {});
  };

  current = await spawn();
  const post = (request: TStoryWriterRequest) => current!.postMessage(request);

  function flushQueue() {
    sendScheduled = false;
    if (!current || queued.length === 0) return;
    post({ kind: 'stories', items: queued });
    queued = [];
  }

  const ask = <T>(request: (id: number) => TStoryWriterRequest) =>
    new Promise<T>((resolve, reject) => {
      if (!current) return reject(new Error('De schrijfdraad van de verhalen draait niet.'));
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: never) => void, reject });
      post(request(id));
    });

  return {
    insertStory: (story) =>
      new Promise<TInsertedStory>((resolve, reject) => {
        if (closing) return reject(new Error('De server stopt; probeer het zo opnieuw.'));
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (value: never) => void, reject });
        queued.push({ id, story });
        // One message per turn of the event loop: the requests read in this turn together.
        if (!sendScheduled) {
          sendScheduled = true;
          setImmediate(flushQueue);
        }
      }),
    stats: () => ask((id) => ({ kind: 'stats', id })),
    limitWrites: (limit) => ask((id) => ({ kind: 'limit', id, limit })),
    close: async () => {
      closing = true;
      await starting?.catch(() => {});
      flushQueue();
      const worker = current;
      if (!worker) return;
      // The thread finishes the stories it was sent before it closes its connection.
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage({ kind: 'close' } satisfies TStoryWriterRequest);
      await exited;
      current = undefined;
    },
  };
}
