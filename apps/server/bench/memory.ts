/**
 * `pnpm bench:memory`: the server's resident memory with 100 000 stories (issue 11: ≤ 300 MB).
 * A data directory with the demo and 100 000 generated stories in the demo's collection; then
 * the server in its own process, as `pnpm start` runs it (from its bundle). It prints the resident set after
 * start, and the peak (the kernel's VmHWM) after a researcher searched the story table, drew
 * explorer charts, ran the pattern scan and the intake took stories. `BENCH_STORIES` to change.
 * BENCH_DB=/tmp/memory-100k.sqlite (made with the same BENCH_STORIES) keeps the generated database (with its researcher) and
 * copies it into the next run's fresh data directory instead of generating it again (two
 * minutes at 100 000); the server opens the copy, so the kept file stays as it was.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@duiding/api';
import {
  addProjectMember,
  createUser,
  findCollectionBySlug,
  findProjectBySlug,
  insertStoryOnce,
  inTransaction,
  openDatabase,
} from '@duiding/db';
import { generateDemoStories } from '@duiding/demo';
import { zhzJeugdhulp } from '@duiding/survey';
import { DATABASE_FILE } from '../src/platform';
import { DEMO_COLLECTION_SLUG, DEMO_PROJECT, seedDemoOnce } from '../src/seed';
import { freePort, startServerProcess, stopped } from '../test/server-process';
import { demoStory } from '../test/story-client';

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const TARGET_MB = 300;
const EMAIL = 'geheugen@example.nl';
const PASSWORD = 'bench-geheugen-wachtwoord';

const dataDir = await mkdtemp(join(tmpdir(), 'duiding-bench-memory-'));
console.log(
  `Duiding memory benchmark: ${STORIES.toLocaleString('nl-NL')} stories, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// The data, written before the server starts (as a year of a regional study would be).
const kept = process.env.BENCH_DB;
const reuse = Boolean(kept && existsSync(kept));
if (reuse) copyFileSync(kept!, join(dataDir, DATABASE_FILE));
const database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
const project = (() => {
  if (!reuse) seedDemoOnce(database.orm, new Date());
  return findProjectBySlug(database.orm, DEMO_PROJECT.slug)!;
})();
const collection = findCollectionBySlug(database.orm, DEMO_COLLECTION_SLUG)!;
let started = performance.now();
if (reuse) console.log(`copied from ${kept}`);
else await storeStories();
database.close();
// Closed, so the WAL is checkpointed into the file and the copy is whole.
if (kept && !reuse) copyFileSync(join(dataDir, DATABASE_FILE), kept);

async function storeStories() {
  const now = new Date();
  const user = createUser(database.orm, {
    email: EMAIL,
    name: 'Geheugen',
    passwordHash: await hashPassword(PASSWORD),
    now,
  });
  addProjectMember(database.orm, {
    projectId: project.id,
    userId: user.id,
    role: 'researcher',
    now,
  });
  const { stories } = generateDemoStories({
    framework: zhzJeugdhulp,
    count: STORIES,
    seed: 11,
    window: { from: '2025-10-01', to: '2026-11-30' },
  });
  inTransaction(database.orm, (tx) => {
    for (const story of stories) {
      insertStoryOnce(tx, {
        clientId: `geheugen-${story.id}`,
        collectionId: collection.id,
        participant: {
          clientId: `geheugen-${story.participantId}`,
          answers: story.participantAnswers,
        },
        promptId: story.promptId,
        title: story.title,
        text: story.text,
        language: story.language,
        channel: story.channel,
        status: 'approved',
        answers: story.answers,
        createdOn: story.createdOn,
      });
    }
  });
  console.log(`stored in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// BENCH_NODE_FLAGS: flags for the server's node, e.g. "--heapsnapshot-signal=SIGUSR2".
const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const server = await startServerProcess({ dataDir, port, nodeFlags, bundled: true });
const memory = (field: 'VmRSS' | 'VmHWM' | 'RssAnon' | 'RssFile') => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))![1]) / 1024;
};

try {
  const afterStart = memory('VmRSS');
  // A researcher signs in and works; the portal's requests, with its origin and cookie.
  const signIn = await fetch(`${base}/trpc/portal.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const query = async (path: string, input: unknown) => {
    const response = await fetch(
      `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
      { headers: { cookie } },
    );
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  };
  started = performance.now();
  const projectId = project.id;
  // The peak after each kind of work, to name what takes the memory.
  const phases: [string, number][] = [];
  for (const text of ['wachten', 'school', 'niet', 'hulp -wachten']) {
    await query('portal.storyTable', { projectId, limit: 50, text });
  }
  phases.push(['the story table searched', memory('VmHWM')]);
  for (const question of zhzJeugdhulp.signifiers.slice(0, 6)) {
    await query('portal.explorer.chart', {
      projectId,
      framework: zhzJeugdhulp.id,
      question: question.id,
    });
  }
  phases.push(['explorer charts drawn', memory('VmHWM')]);
  await query('portal.patterns.list', {
    projectId,
    framework: zhzJeugdhulp.id,
  });
  phases.push(['the pattern scan run', memory('VmHWM')]);
  for (let i = 0; i < 200; i++) {
    const response = await fetch(`${base}/trpc/intake.submitStory`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: base,
        'x-forwarded-for': `10.9.${i >> 8}.${i & 255}`,
      },
      body: JSON.stringify(demoStory(collection.id, `Geheugen ${i}`)),
    });
    await response.arrayBuffer();
  }
  phases.push(['200 stories told', memory('VmHWM')]);
  const worked = (performance.now() - started) / 1000;
  const afterWork = memory('VmRSS');
  // Of the resident set: the process's own memory (heaps, SQLite's cache) and mapped files (the node binary, libraries).
  const anonymous = memory('RssAnon');
  const files = memory('RssFile');
  const peak = memory('VmHWM');
  console.log(`resident after start                   ${afterStart.toFixed(0).padStart(5)} MB`);
  for (const [what, mb] of phases) {
    console.log(`peak once ${what.padEnd(29)}${mb.toFixed(0).padStart(5)} MB`);
  }
  console.log(
    `resident after the work (${worked.toFixed(1)} s)      ${afterWork.toFixed(0).padStart(5)} MB  (${anonymous.toFixed(0)} MB own, ${files.toFixed(0)} MB mapped files)`,
  );
  const verdict = peak <= TARGET_MB ? 'PASS' : 'MISS';
  console.log(
    `peak resident (VmHWM)                  ${peak.toFixed(0).padStart(5)} MB   target ≤ ${TARGET_MB} MB  ${verdict}`,
  );
  process.exitCode = verdict === 'PASS' ? 0 : 1;
} finally {
  server.kill('SIGTERM');
  await stopped(server);
  await rm(dataDir, { recursive: true, force: true });
}
