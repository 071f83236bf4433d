import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countStories, findProjectBySlug, listProjectCollections, openDatabase } from '@duiding/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './commands';

vi.setConfig({ testTimeout: 120_000 });

/** `<repo>/../shared/fixtures`, read in place. */
const FIXTURES = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
);
if (!existsSync(FIXTURES)) throw new Error(`De fixtures ontbreken: ${FIXTURES} bestaat niet`);
const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'duiding-exchange-'));
  dirs.push(dir);
  return dir;
}

async function cli(dataDir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { DATA_DIR: dataDir },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    clock: () => new Date('2026-11-15T10:00:00Z'),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function inDatabase<T>(
  dataDir: string,
  read: (db: ReturnType<typeof openDatabase>['orm']) => T,
): T {
  const database = openDatabase({ file: join(dataDir, 'duiding.sqlite') });
  try {
    return read(database.orm);
  } finally {
    database.close();
  }
}

describe('pnpm duiding export / import', () => {
  it('imports a SenseMaker and a NarraFirma export and says what it created', async () => {
    const data = tempDir();
    expect((await cli(data, 'seed-demo')).code).toBe(0);
    const sm = await cli(
      data,
      'import',
      'sensemaker',
      '--project',
      'zhz-jeugdhulp',
      '--definition',
      fixture('sensemaker', 'framework_definition.json'),
      '--data',
      fixture('sensemaker', 'more', 'ademo_raw_export', 'data.csv'),
    );
    expect(sm.code).toBe(0);
    expect(sm.out).toContain('129 verhalen van 129 deelnemers opgeslagen');
    expect(sm.out).toMatch(/Let op, rij 117: .*1_2years/);
    const nf = await cli(
      data,
      'import',
      'narrafirma',
      '--project',
      'zhz-jeugdhulp',
      '--form',
      fixture('narrafirma', 'narrafirma_example_story_form.csv'),
      '--stories',
      fixture('narrafirma', 'narrafirma_example_stories.csv'),
      '--title',
      'Voorbeeld 2021',
    );
    expect(nf.code).toBe(0);
    expect(nf.out).toContain('80 verhalen');
    const titles = inDatabase(data, (db) =>
      listProjectCollections(db, findProjectBySlug(db, 'zhz-jeugdhulp')!.id).map((c) => c.title),
    );
    expect(titles).toContain('Voorbeeld 2021');
  });

  it('prints every row it cannot read, with the reason, and stores nothing', async () => {
    const data = tempDir();
    await cli(data, 'seed-demo');
    const stories = readFileSync(fixture('narrafirma', 'narrafirma_example_stories.csv'), 'utf8')
      .replace(',Manager,35-50', ',Astronaut,35-50')
      .replace(',Engineer,younger than 35', ',Engineer,heel oud');
    const file = join(tempDir(), 'verhalen.csv');
    writeFileSync(file, stories);
    const before = inDatabase(data, (db) => countStories(db));
    const result = await cli(
      data,
      'import',
      'narrafirma',
      '--project',
      'zhz-jeugdhulp',
      '--form',
      fixture('narrafirma', 'narrafirma_example_story_form.csv'),
      '--stories',
      file,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('Rij 3 niet te lezen: position: onbekend antwoord "Astronaut"');
    expect(result.err).toContain('Rij 4 niet te lezen: age_group: onbekend antwoord "heel oud"');
    expect(result.err).toContain('Niets opgeslagen');
    expect(inDatabase(data, (db) => countStories(db))).toBe(before);
  });

  it('exports a collection in every format into a directory, and refuses to overwrite', async () => {
    const data = tempDir();
    await cli(data, 'seed-demo');
    const out = join(tempDir(), 'uit');
    for (const format of ['sensemaker', 'xlsx', 'json', 'spss']) {
      const result = await cli(
        data,
        'export',
        '--collection',
        'zhz-vertelt-2026',
        '--format',
        format,
        '--out',
        out,
      );
      expect(result.code, result.err).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual([
      'zhz-vertelt-2026-data.csv',
      'zhz-vertelt-2026-framework.json',
      'zhz-vertelt-2026-spss.csv',
      'zhz-vertelt-2026.json',
      'zhz-vertelt-2026.sps',
      'zhz-vertelt-2026.xlsx',
    ]);
    expect(readFileSync(join(out, 'zhz-vertelt-2026.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const again = await cli(
      data,
      'export',
      '--collection',
      'zhz-vertelt-2026',
      '--format',
      'json',
      '--out',
      out,
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('bestaat al');
    // And back in: the JSON export imports as a new collection with the same stories.
    const back = await cli(
      data,
      'import',
      'json',
      '--project',
      'zhz-jeugdhulp',
      '--file',
      join(out, 'zhz-vertelt-2026.json'),
    );
    expect(back.code, back.err).toBe(0);
    expect(back.out).toContain('versie 1: bestond al, opnieuw gebruikt');
    expect(back.out).toContain('300 verhalen');
  });

  it('explains a wrong command line', async () => {
    const data = tempDir();
    expect(
      (await cli(data, 'export', '--collection', 'x', '--format', 'pdf', '--out', data)).err,
    ).toContain('sensemaker|xlsx|json|spss');
    expect((await cli(data, 'import', 'limesurvey', '--project', 'x')).code).toBe(2);
    expect((await cli(data, 'import', 'sensemaker', '--project', 'x')).err).toContain(
      '--definition',
    );
  });
});
