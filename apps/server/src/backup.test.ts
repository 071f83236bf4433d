import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countStories, openDatabase } from '@duiding/db';
import { afterEach, describe, expect, it } from 'vitest';
import { call, demoStory, openCollectionId } from '../test/story-client';
import { runCli } from './commands';
import { DATABASE_FILE, startPlatform, type TPlatform } from './platform';

const NOW = new Date('2026-11-15T10:00:00Z');
const dirs: string[] = [];
const running: TPlatform[] = [];

afterEach(async () => {
  for (const platform of running.splice(0)) await platform.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'duiding-backup-'));
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string) {
  const none = join(dataDir, 'none');
  const platform = await startPlatform({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    clock: () => NOW,
    log: () => undefined,
    staticRoots: { intake: none, panel: none, portal: none },
  });
  running.push(platform);
  return platform;
}

async function cli(dataDir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { DATA_DIR: dataDir },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    clock: () => NOW,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function storyCount(file: string) {
  const database = openDatabase({ file });
  try {
    return countStories(database.orm);
  } finally {
    database.close();
  }
}

describe('pnpm duiding backup and restore', () => {
  it('backs up a running server, and a server on the restored backup has every story and code', async () => {
    const live = tempDir();
    const platform = await start(live);
    const collectionId = await openCollectionId(platform.url);
    const codes: { code: string; title: string }[] = [];
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      const told = await call<{ participantCode: string }>(
        platform.url,
        'intake.submitStory',
        demoStory(collectionId, title),
      );
      expect(told.status).toBe(200);
      codes.push({ code: told.data!.participantCode, title });
    }

    // While the server runs, its latest writes live in the WAL; the backup API has them.
    const out = join(tempDir(), 'reserve.sqlite');
    const backup = await cli(live, 'backup', '--out', out);
    expect(backup).toMatchObject({ code: 0, out: expect.stringContaining('gecontroleerd') });
    // A story told after the backup is not in it.
    await call(platform.url, 'intake.submitStory', demoStory(collectionId, 'Na de kopie'));
    await platform.close();
    running.splice(0);
    const total = storyCount(join(live, DATABASE_FILE));

    const fresh = tempDir();
    const restored = await cli(fresh, 'restore', '--from', out);
    expect(restored).toMatchObject({ code: 0, out: expect.stringContaining('teruggezet') });

    const again = await start(fresh);
    for (const { code, title } of codes) {
      const mine = await call<{ stories: { title: string }[] }>(again.url, 'intake.myStories', {
        code,
      });
      expect(mine.data?.stories.map((s) => s.title)).toEqual([title]);
    }
    await again.close();
    running.splice(0);
    expect(storyCount(join(fresh, DATABASE_FILE))).toBe(total - 1);
  });

  it('keeps the database it replaces, and refuses a file that is not a whole Duiding database', async () => {
    const dir = tempDir();
    const platform = await start(dir);
    await platform.close();
    running.splice(0);
    const out = join(tempDir(), 'reserve.sqlite');
    expect((await cli(dir, 'backup', '--out', out)).code).toBe(0);
    // Never overwrites an earlier backup.
    expect(await cli(dir, 'backup', '--out', out)).toMatchObject({
      code: 1,
      err: expect.stringContaining('bestaat al'),
    });

    const restored = await cli(dir, 'restore', '--from', out);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/bewaard als .*duiding\.voor-restore-/);

    const junk = join(tempDir(), 'junk.sqlite');
    writeFileSync(junk, 'geen database');
    const refused = await cli(dir, 'restore', '--from', junk);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining('geen') });
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    expect((await cli(dir, 'restore', '--from', join(dir, 'nergens.sqlite'))).code).toBe(1);
  });
});
