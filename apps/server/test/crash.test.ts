import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countStories, findStoryByClientId, integrityCheck, openDatabase } from '@duiding/db';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/platform';
import { DEMO_STORY_COUNT } from '../src/seed';
import { freePort, sleep, startServerProcess, stopped } from './server-process';
import { demoStory } from './story-client';

const KILLS = 4;
const CLIENTS = 8;

const dataDir = mkdtempSync(join(tmpdir(), 'duiding-crash-'));
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The intake's way: the same client id on every retry, until the server says thank you. */
async function submitWithRetry(url: string, story: ReturnType<typeof demoStory>, address: string) {
  for (;;) {
    try {
      const response = await fetch(`${url}/trpc/intake.submitStory`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify(story),
      });
      if (response.ok) {
        const body = (await response.json()) as { result: { data: { storyId: string } } };
        return body.result.data.storyId;
      }
      if (response.status < 500) throw new Error(`refused: ${await response.text()}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('refused')) throw error;
      // The server is gone (killed): try again shortly.
    }
    await sleep(30);
  }
}

// The server as `pnpm start` runs it: from its bundle, with the story writer's bundled thread.
describe('a server killed with SIGKILL while people send stories', () => {
  it('keeps every acknowledged story exactly once, and the database whole', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = await startServerProcess({ dataDir, port, bundled: true });
    const open = await fetch(`${url}/trpc/intake.openCollection?input=${encodeURIComponent('{}')}`);
    const collectionId = (
      (await open.json()) as { result: { data: { collection: { id: string } } } }
    ).result.data.collection.id;

    const acknowledged = new Map<string, string>();
    let attempted = 0;
    let sending = true;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; sending; n++) {
        const story = demoStory(collectionId, `Client ${client}, verhaal ${n}`);
        attempted += 1;
        const address = `198.51.${client}.${n % 250}`;
        acknowledged.set(story.clientId, await submitWithRetry(url, story, address));
      }
    });

    const killedAt: number[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(600 + kill * 150);
      killedAt.push(acknowledged.size);
      server.kill('SIGKILL');
      await stopped(server);
      server = await startServerProcess({ dataDir, port, bundled: true });
    }
    await sleep(400);
    sending = false;
    await Promise.all(clients);
    server.kill('SIGTERM');
    await stopped(server);
    server = undefined;

    // Stories were acknowledged between every pair of kills, not only before the first.
    expect(new Set(killedAt).size).toBe(KILLS);
    expect(acknowledged.size).toBeGreaterThan(50);

    const file = join(dataDir, DATABASE_FILE);
    expect(integrityCheck(file)).toBe('ok');
    const database = openDatabase({ file });
    try {
      for (const [clientId, storyId] of acknowledged) {
        expect(findStoryByClientId(database.orm, clientId)?.id).toBe(storyId);
      }
      // Each story at most once (client ids are unique), and nothing beyond what was sent.
      const told = countStories(database.orm) - DEMO_STORY_COUNT;
      expect(told).toBeGreaterThanOrEqual(acknowledged.size);
      expect(told).toBeLessThanOrEqual(attempted);
    } finally {
      database.close();
    }
    console.log(
      `crash test: ${KILLS} kills, ${acknowledged.size} acknowledged stories, all there once`,
    );
  }, 60_000);
});
