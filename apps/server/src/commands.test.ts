import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyPassword } from '@duiding/api';
import { countStories, findUserByEmail, openDatabase } from '@duiding/db';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './commands';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const dataDir = dirs[0] ?? mkdtempSync(join(tmpdir(), 'duiding-cli-'));
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { DATA_DIR: dataDir },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    clock: () => new Date('2026-11-15T10:00:00Z'),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), file: join(dataDir, 'duiding.sqlite') };
}

function readDatabase<T>(file: string, read: (db: ReturnType<typeof openDatabase>['orm']) => T): T {
  const database = openDatabase({ file });
  try {
    return read(database.orm);
  } finally {
    database.close();
  }
}

describe('pnpm duiding', () => {
  it('prints help', async () => {
    const result = await cli('help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('create-user');
  });

  it('refuses an unknown command and unknown flags with exit code 2', async () => {
    const unknown = await cli('verwijder-alles');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Onbekende opdracht: verwijder-alles');

    const badFlag = await cli('migrate', '--force');
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toContain('--force');
  });

  it('migrates a new database file', async () => {
    const result = await cli('migrate');
    expect(result.code).toBe(0);
    expect(existsSync(result.file)).toBe(true);
  });

  it('stores a name without bidirectional overrides or control characters', async () => {
    const made = await cli('create-user', '--email', 'r@zhz.nl', '--name', 'Rik\u202E nimda\u0007');
    expect(made.code).toBe(0);
    expect(readDatabase(made.file, (db) => findUserByEmail(db, 'r@zhz.nl')?.name)).toBe(
      'Rik nimda',
    );
  });

  it('creates a user with a given password, and refuses the same address twice', async () => {
    const made = await cli(
      'create-user',
      '--email',
      'Nina@ZHZ.nl',
      '--name',
      'Nina',
      '--password',
      'twaalf-tekens-lang',
    );
    const again = await cli(
      'create-user',
      '--email',
      'nina@zhz.nl',
      '--name',
      'Nina',
      '--password',
      'twaalf-tekens-lang',
    );

    expect(made).toMatchObject({ code: 0 });
    expect(made.out).not.toContain('twaalf-tekens-lang');
    expect(again.code).toBe(1);
    expect(again.err).toContain('nina@zhz.nl');
    const hash = readDatabase(made.file, (db) => findUserByEmail(db, 'nina@zhz.nl')?.passwordHash);
    expect(await verifyPassword('twaalf-tekens-lang', hash!)).toBe(true);
  });

  it('generates and prints a password when none is given', async () => {
    const made = await cli('create-user', '--email', 'jan@zhz.nl', '--name', 'Jan');
    const password = made.out.match(/getoond\): (\S+)/)?.[1];
    expect(made.code).toBe(0);
    const hash = readDatabase(made.file, (db) => findUserByEmail(db, 'jan@zhz.nl')?.passwordHash);
    expect(await verifyPassword(password!, hash!)).toBe(true);
  });

  it('refuses create-user without an e-mail address, a name, or with a short password', async () => {
    expect((await cli('create-user', '--name', 'Jan')).code).toBe(2);
    expect((await cli('create-user', '--email', 'geen-adres', '--name', 'Jan')).code).toBe(2);
    expect((await cli('create-user', '--email', 'jan@zhz.nl')).code).toBe(2);
    expect(
      (await cli('create-user', '--email', 'jan@zhz.nl', '--name', 'Jan', '--password', 'kort'))
        .code,
    ).toBe(2);
    expect((await cli('create-user', '--email')).code).toBe(2);
  });

  it('seeds the demo once', async () => {
    const first = await cli('seed-demo');
    const second = await cli('seed-demo');
    expect(first.out).toMatch(/Demo-project aangemaakt met \d+ verhalen/);
    expect(second.out).toContain('staat er al');
    expect(readDatabase(first.file, (db) => countStories(db))).toBe(300);
  });
});
