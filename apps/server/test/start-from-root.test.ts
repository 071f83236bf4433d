import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bundleServer, SERVER_BUNDLE_DIR } from '../scripts/bundle';
import {
  freePort,
  SERVER_NODE_FLAGS,
  serverBundle,
  startServerProcess,
  stopped,
} from './server-process';
import { call, demoStory, openCollectionId } from './story-client';

/*
 * `pnpm start` runs the server's bundle (scripts/bundle.ts) with plain node in the
 * repository's root, where vitest's transform is not. The PDFs render the ui package's .tsx
 * on the server, so they are rendered here from a bundle made the same way, in such a
 * process, as the started server does.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PDF = fileURLToPath(new URL('../src/wave-summary-pdf.ts', import.meta.url));

const RESULTS = {
  collectionId: 'w1',
  title: 'Ronde 1',
  closesAt: '2026-09-03T14:58:00Z',
  answers: 40,
  withheld: null,
  items: [
    {
      questionId: 'ruimte',
      label: 'Ik heb ruimte voor mijn vak',
      section: 'core',
      bars: [
        { id: '1', label: 'Oneens' },
        { id: '2', label: 'Eens' },
      ],
      counts: {
        kind: 'table',
        cells: [
          [
            { kind: 'value', value: 15 },
            { kind: 'value', value: 25 },
          ],
        ],
        total: 40,
      },
    },
  ],
  trend: [],
  segments: null,
};

/** The bundled server on a fresh data directory, once it answers, and what it printed. */
async function startPrinting() {
  const dataDir = mkdtempSync(join(tmpdir(), 'duiding-stop-data-'));
  let output = '';
  const server = await startServerProcess({
    dataDir,
    port: await freePort(),
    bundled: true,
    onStdout: (text) => {
      output += text;
    },
  });
  onTestFinished(async () => {
    server.kill('SIGKILL');
    await stopped(server);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { server, printed: () => output };
}

describe('the server as `pnpm start` runs it', () => {
  it('runs with the node flags the tests and benches start it with', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(scripts.start).toContain(
      `node ${SERVER_NODE_FLAGS.join(' ')} apps/server/dist/main.mjs`,
    );
    expect(relative(ROOT, SERVER_BUNDLE_DIR)).toBe('apps/server/dist');
  });

  it('runs from its bundle, and stores stories through the bundled thread', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duiding-bundle-data-'));
    const main = await serverBundle();
    const port = await freePort();
    const server = await startServerProcess({ dataDir, port, bundled: true });
    onTestFinished(async () => {
      server.kill('SIGKILL');
      await stopped(server);
      rmSync(dataDir, { recursive: true, force: true });
    });
    const url = `http://127.0.0.1:${port}`;
    const told = await call<{ storyId: string }>(
      url,
      'intake.submitStory',
      demoStory(await openCollectionId(url), 'Uit de bundel'),
    );
    expect(told.status).toBe(200);
    expect(told.data?.storyId).toEqual(expect.any(String));
    // The story writer starts the thread's bundle, not its source through tsx.
    const thread = pathToFileURL(join(dirname(main), 'story-writer-thread.mjs')).href;
    expect(readFileSync(main, 'utf8')).toContain(JSON.stringify(thread));
    expect(readFileSync(fileURLToPath(thread), 'utf8')).toContain('IDLE_CHECKPOINT_MS');
  });

  it('stops cleanly on SIGTERM as soon as it answers, while it still seeds the demo panel', async () => {
    const { server, printed } = await startPrinting();
    // Before, a signal in that moment found no handler and ended the process outright.
    server.kill('SIGTERM');
    // The signal came while it started: the demo panel was not seeded yet.
    expect(printed()).not.toContain('Demo-panel aangemaakt');
    expect(await stopped(server)).toBe(0);
    // It finished starting, then closed, and never said it was running.
    expect(printed()).toContain('Demo-panel aangemaakt');
    expect(printed()).not.toContain('Duiding draait');
  });

  it('stops at once on a second signal while it still closes', async () => {
    const { server, printed } = await startPrinting();
    server.kill('SIGTERM');
    server.kill('SIGINT');
    expect(await stopped(server)).toBe(1);
    // It did not wait for the start to finish.
    expect(printed()).not.toContain('Demo-panel aangemaakt');
  });

  it('writes a CPU profile of its main thread and of the story writer’s (BENCH_PROFILE)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'duiding-profile-data-'));
    const profileDir = mkdtempSync(join(tmpdir(), 'duiding-profile-'));
    const port = await freePort();
    const server = await startServerProcess({
      dataDir,
      port,
      bundled: true,
      nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    });
    onTestFinished(async () => {
      server.kill('SIGKILL');
      await stopped(server);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    });
    const url = `http://127.0.0.1:${port}`;
    const told = await call(
      url,
      'intake.submitStory',
      demoStory(await openCollectionId(url), 'Geprofileerd'),
    );
    expect(told.status).toBe(200);
    // Profiles are written when a thread ends: the server stops as it does on SIGTERM.
    server.kill('SIGTERM');
    expect(await stopped(server)).toBe(0);
    const profiles = readdirSync(profileDir).map((name) =>
      readFileSync(join(profileDir, name), 'utf8'),
    );
    expect(profiles).toHaveLength(2);
    // One of them is the writer's: the thread that runs the thread's bundle.
    expect(profiles.filter((profile) => profile.includes('story-writer-thread.mjs'))).toHaveLength(
      1,
    );
  });

  it('renders the wave summary for its PDF', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'duiding-pdf-bundle-'));
    onTestFinished(() => rmSync(outDir, { recursive: true, force: true }));
    await bundleServer(outDir, { 'wave-summary-pdf.mjs': PDF });
    const script = `
      const { printableWaveSummaryHtml } = await import(${JSON.stringify(join(outDir, 'wave-summary-pdf.mjs'))});
      process.stdout.write(printableWaveSummaryHtml(${JSON.stringify(RESULTS)}, 'Panel'));
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '--eval', script],
      { cwd: ROOT },
    );
    expect(stdout).toContain('Samenvatting: Ronde 1');
    expect(stdout).toContain('Ik heb ruimte voor mijn vak');
  });
});
