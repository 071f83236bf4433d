import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyCode,
  countParticipants,
  countStories,
  createCode,
  createUser,
  listAuditEntries,
  listProjectStories,
  listStoryCodes,
  listTablesContaining,
  openDatabase,
  setRetentionPolicy,
} from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './commands';
import { RETENTION_INTERVAL_MS, startRetentionJob } from './retention-job';
import { seedDemoOnce } from './seed';

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SEEDED = new Date('2026-11-15T10:00:00Z');
const TWO_YEARS_ON = new Date('2028-12-01T03:00:00Z');

/** The demo project with a passage coded and a retention of 12 months. */
function seeded(mode: 'delete' | 'reduce') {
  const dataDir = mkdtempSync(join(tmpdir(), 'duiding-retention-'));
  dirs.push(dataDir);
  const database = openDatabase({ file: join(dataDir, 'duiding.sqlite') });
  const db = database.orm;
  const seed = seedDemoOnce(db, SEEDED);
  if (!seed.seeded) throw new Error('not seeded');
  const user = createUser(db, { email: 'o@example.nl', name: 'O', passwordHash: 'x', now: SEEDED });
  const code = createCode(db, {
    projectId: seed.projectId,
    parentId: null,
    name: 'Wachten',
    description: '',
    now: SEEDED,
  })!;
  const first = listProjectStories(db, { projectId: seed.projectId, limit: 1 }).stories[0]!;
  applyCode(db, {
    projectId: seed.projectId,
    storyId: first.id,
    codeId: code.id,
    coderUserId: user.id,
    passage: { start: 0, end: 5 },
    now: SEEDED,
  });
  setRetentionPolicy(db, {
    projectId: seed.projectId,
    policy: { afterMonths: 12, mode },
    userId: user.id,
    now: SEEDED,
  });
  return { dataDir, database, db, projectId: seed.projectId, stories: seed.stories, first };
}

describe('the retention job', () => {
  it('runs daily by the injected clock: nothing before the limit, then every old story is deleted', () => {
    vi.useFakeTimers();
    const { database, db, projectId, stories, first } = seeded('delete');
    try {
      let now = SEEDED;
      const log: string[] = [];
      const job = startRetentionJob({ db, clock: () => now, log: (l) => log.push(l) });
      expect(countStories(db)).toBe(stories);
      // Two years on: the next daily run finds every demo story past 12 months.
      now = TWO_YEARS_ON;
      vi.advanceTimersByTime(RETENTION_INTERVAL_MS);
      expect(countStories(db)).toBe(0);
      expect(countParticipants(db)).toBe(0);
      expect(listStoryCodes(db, projectId)).toEqual([]);
      expect(listTablesContaining(db, first.text.slice(0, 40))).toEqual([]);
      expect(log.join('\n')).toContain(`${stories} verhalen`);
      const entry = listAuditEntries(db).find((a) => a.action === 'retention.delete');
      expect(entry?.details).toMatchObject({ stories, afterMonths: 12 });
      job.stop();
    } finally {
      database.close();
    }
  });

  it('`pnpm duiding retention` reduces old stories to their answers, with no text left anywhere', async () => {
    const { dataDir, database, projectId, first } = seeded('reduce');
    database.close();
    const out: string[] = [];
    const code = await runCli(['retention'], {
      env: { DATA_DIR: dataDir },
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      clock: () => TWO_YEARS_ON,
    });
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/teruggebracht tot hun anonieme antwoorden/);
    const reopened = openDatabase({ file: join(dataDir, 'duiding.sqlite') });
    try {
      const db = reopened.orm;
      const rows = listProjectStories(db, { projectId, limit: 1000 }).stories;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((s) => s.title !== '' || s.text !== '')).toEqual([]);
      // The anonymous answers stay.
      expect(rows.every((s) => Object.keys(s.answers).length > 0)).toBe(true);
      expect(listStoryCodes(db, projectId)).toEqual([]);
      // No table (FTS tables included, once they exist) holds the first story's text or title.
      expect(listTablesContaining(db, first.text.slice(0, 40))).toEqual([]);
      expect(listTablesContaining(db, first.title)).toEqual([]);
      expect(listAuditEntries(db).some((a) => a.action === 'retention.reduce')).toBe(true);
    } finally {
      reopened.close();
    }
  });
});
