import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, openWithCollection } from '../test/fixtures';
import {
  applyCode,
  applyRetention,
  createCode,
  createProject,
  createUser,
  DbConflictError,
  deleteCode,
  findStoryForModeration,
  insertStoryOnce,
  listAuditEntries,
  listCodebook,
  listCodingsByCoder,
  listStoryCodes,
  listStoryCodings,
  listStoryRedactions,
  moveCode,
  recordModerationDecision,
  removeCoding,
  retentionCutoff,
  setRetentionPolicy,
  type TDatabase,
  type TDbExecutor,
  updateCode,
  withdrawByCodeHash,
  withdrawStoryByCodeHash,
} from './index';

let database: TDatabase | undefined;
afterEach(() => database?.close());

const SECRET_TITLE = 'Juf Marieke van der Berg';
const SECRET_TEXT = 'Onze zoon Bas ging naar De Regenboog in Dordrecht, bel 06-12345678.';
const BAS = { start: SECRET_TEXT.indexOf('Bas'), end: SECRET_TEXT.indexOf('Bas') + 3 };

function setup() {
  const fixture = openWithCollection();
  database = fixture.database;
  const db = database.orm;
  const coder = createUser(db, {
    email: 'a@example.nl',
    name: 'Anne',
    passwordHash: 'x',
    now: NOW,
  });
  const other = createUser(db, {
    email: 'b@example.nl',
    name: 'Bram',
    passwordHash: 'x',
    now: NOW,
  });
  const tell = (
    options: { codeHash?: string; createdOn?: string; title?: string; text?: string } = {},
  ) =>
    insertStoryOnce(db, {
      clientId: randomUUID(),
      collectionId: fixture.collectionId,
      participant: {
        clientId: randomUUID(),
        answers: { rol: 'ouder_of_verzorger' },
        codeHash: options.codeHash,
      },
      promptId: 'gehoord',
      title: options.title ?? SECRET_TITLE,
      text: options.text ?? SECRET_TEXT,
      language: 'nl',
      channel: 'web',
      answers: { betrokken: 0.7 },
      createdOn: options.createdOn ?? '2026-11-15',
    }).storyId;
  return { ...fixture, db, coder: coder.id, other: other.id, tell };
}

const code = (db: TDbExecutor, projectId: string, name: string, parentId: string | null = null) =>
  createCode(db, { projectId, parentId, name, description: `Over ${name}`, now: NOW })!;

/** Every row of every table (also virtual FTS tables added later), as one string. */
function everything(db: TDbExecutor): string {
  const tables = db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
  );
  return tables
    .map(({ name }) => JSON.stringify(db.all(sql.raw(`select * from "${name}"`))))
    .join('\n');
}

function codeAndModerate(db: TDbExecutor, projectId: string, storyId: string, coder: string) {
  const care = code(db, projectId, 'Zorg');
  applyCode(db, {
    projectId,
    storyId,
    codeId: care.id,
    coderUserId: coder,
    passage: null,
    now: NOW,
  });
  applyCode(db, {
    projectId,
    storyId,
    codeId: care.id,
    coderUserId: coder,
    passage: BAS,
    now: NOW,
  });
  recordModerationDecision(db, {
    projectId,
    storyId,
    userId: coder,
    decision: 'approve',
    reason: 'Naam Bas en school De Regenboog weggelakt',
    redaction: { title: 'Juf [naam]', text: 'Onze zoon [naam] ging…', spans: [] },
    now: NOW,
  });
  return care;
}

describe('the codebook', () => {
  it('keeps codes in a tree, in order, and refuses a name twice at one place', () => {
    const { db, projectId } = setup();
    const care = code(db, projectId, 'Zorg');
    const school = code(db, projectId, 'School');
    const waiting = code(db, projectId, 'Wachten', care.id);
    code(db, projectId, 'Bejegening', care.id);
    expect(listCodebook(db, projectId).map((c) => c.name)).toEqual([
      'Zorg',
      'Wachten',
      'Bejegening',
      'School',
    ]);
    expect(() => code(db, projectId, 'zorg')).toThrow(DbConflictError);
    // The same name under another parent is fine.
    expect(code(db, projectId, 'Wachten', school.id).parentId).toBe(school.id);
    expect(waiting.sortOrder).toBe(0);
  });

  it('refuses a parent from another project', () => {
    const { db, projectId } = setup();
    const elsewhere = createProject(db, { slug: 'ander', name: 'Ander', now: NOW });
    const foreign = code(db, elsewhere.id, 'Elders');
    expect(
      createCode(db, { projectId, parentId: foreign.id, name: 'X', description: '', now: NOW }),
    ).toBeUndefined();
    expect(updateCode(db, { projectId, codeId: foreign.id, name: 'Y', description: '' })).toBe(
      false,
    );
  });

  it('moves a code with its branch, never into its own branch', () => {
    const { db, projectId } = setup();
    const care = code(db, projectId, 'Zorg');
    const waiting = code(db, projectId, 'Wachten', care.id);
    const school = code(db, projectId, 'School');
    expect(() =>
      moveCode(db, { projectId, codeId: care.id, parentId: waiting.id, position: 0 }),
    ).toThrow(/onder zichzelf/);
    expect(moveCode(db, { projectId, codeId: school.id, parentId: null, position: 0 })).toBe(true);
    expect(moveCode(db, { projectId, codeId: care.id, parentId: school.id, position: 0 })).toBe(
      true,
    );
    expect(listCodebook(db, projectId).map((c) => [c.name, c.sortOrder])).toEqual([
      ['School', 0],
      ['Zorg', 0],
      ['Wachten', 0],
    ]);
  });

  it('deletes a code in use only when confirmed; its subcodes move up to its place', () => {
    const { db, projectId, coder, tell } = setup();
    const first = code(db, projectId, 'Eerst');
    const care = code(db, projectId, 'Zorg');
    code(db, projectId, 'Wachten', care.id);
    code(db, projectId, 'Laatst');
    const storyId = tell();
    applyCode(db, {
      projectId,
      storyId,
      codeId: care.id,
      coderUserId: coder,
      passage: null,
      now: NOW,
    });
    expect(() => deleteCode(db, { projectId, codeId: care.id, removeCodings: false })).toThrow(
      /1 keer toegepast/,
    );
    expect(listCodebook(db, projectId).find((c) => c.id === care.id)).toMatchObject({
      codings: 1,
      stories: 1,
    });
    expect(deleteCode(db, { projectId, codeId: care.id, removeCodings: true })).toEqual({
      kind: 'deleted',
      codings: 1,
      children: 1,
    });
    expect(listCodebook(db, projectId).map((c) => [c.name, c.parentId, c.sortOrder])).toEqual([
      ['Eerst', null, 0],
      ['Wachten', null, 1],
      ['Laatst', null, 2],
    ]);
    expect(listStoryCodings(db, projectId, storyId)).toEqual([]);
    expect(first.id).toBeTruthy();
  });
});

describe('codings', () => {
  it('applies a code to the whole story and to a passage, once each, by coder', () => {
    const { db, projectId, coder, other, tell } = setup();
    const storyId = tell();
    const care = code(db, projectId, 'Zorg');
    const whole = {
      projectId,
      storyId,
      codeId: care.id,
      coderUserId: coder,
      passage: null,
      now: NOW,
    };
    expect(applyCode(db, whole)).toMatchObject({ kind: 'applied', repeated: false });
    expect(applyCode(db, whole)).toMatchObject({ kind: 'applied', repeated: true });
    applyCode(db, { ...whole, passage: BAS });
    applyCode(db, { ...whole, coderUserId: other });
    const codings = listStoryCodings(db, projectId, storyId);
    expect(codings.map((c) => [c.coderName, c.passage])).toEqual([
      ['Anne', null],
      ['Bram', null],
      ['Anne', BAS],
    ]);
    expect(SECRET_TEXT.slice(BAS.start, BAS.end)).toBe('Bas');
    expect(listStoryCodes(db, projectId)).toEqual([{ storyId, codeIds: [care.id] }]);
    expect(listCodingsByCoder(db, projectId).coders.map((c) => c.name)).toEqual(['Anne', 'Bram']);
  });

  it('refuses a passage outside the text, a code or story of another project', () => {
    const { db, projectId, coder, tell } = setup();
    const storyId = tell();
    const care = code(db, projectId, 'Zorg');
    expect(() =>
      applyCode(db, {
        projectId,
        storyId,
        codeId: care.id,
        coderUserId: coder,
        passage: { start: 5, end: SECRET_TEXT.length + 1 },
        now: NOW,
      }),
    ).toThrow(/buiten de tekst/);
    const elsewhere = createProject(db, { slug: 'ander', name: 'Ander', now: NOW });
    const foreign = code(db, elsewhere.id, 'Elders');
    expect(
      applyCode(db, {
        projectId,
        storyId,
        codeId: foreign.id,
        coderUserId: coder,
        passage: null,
        now: NOW,
      }),
    ).toEqual({ kind: 'not-found' });
    expect(
      applyCode(db, {
        projectId: elsewhere.id,
        storyId,
        codeId: foreign.id,
        coderUserId: coder,
        passage: null,
        now: NOW,
      }),
    ).toEqual({ kind: 'not-found' });
  });

  it('lets a coder remove only their own coding', () => {
    const { db, projectId, coder, other, tell } = setup();
    const storyId = tell();
    const care = code(db, projectId, 'Zorg');
    const applied = applyCode(db, {
      projectId,
      storyId,
      codeId: care.id,
      coderUserId: coder,
      passage: null,
      now: NOW,
    });
    if (applied.kind !== 'applied') throw new Error('not applied');
    expect(removeCoding(db, { projectId, codingId: applied.codingId, coderUserId: other })).toBe(
      false,
    );
    expect(removeCoding(db, { projectId, codingId: applied.codingId, coderUserId: coder })).toBe(
      true,
    );
  });
});

describe('moderation decisions', () => {
  it('approve keeps the redaction and the reason; reject removes the redaction; both audited', () => {
    const { db, projectId, coder, tell } = setup();
    const storyId = tell();
    const later = new Date(NOW.getTime() + 60_000);
    recordModerationDecision(db, {
      projectId,
      storyId,
      userId: coder,
      decision: 'approve',
      reason: '',
      redaction: {
        title: 'Juf [naam]',
        text: 'Onze zoon [naam] ging…',
        spans: [{ field: 'title', start: 4, end: 24, kind: 'person' }],
      },
      now: NOW,
    });
    expect(listStoryRedactions(db, [storyId]).get(storyId)?.title).toBe('Juf [naam]');
    recordModerationDecision(db, {
      projectId,
      storyId,
      userId: coder,
      decision: 'reject',
      reason: 'Te herleidbaar',
      now: later,
    });
    const story = findStoryForModeration(db, projectId, storyId)!;
    expect(story.status).toBe('rejected');
    expect(story.redaction).toBeNull();
    expect(story.decisions.map((d) => [d.decision, d.reason, d.decidedByName])).toEqual([
      ['reject', 'Te herleidbaar', 'Anne'],
      ['approve', '', 'Anne'],
    ]);
    const audit = listAuditEntries(db, { subject: `story:${storyId}` });
    expect(audit.map((a) => a.action)).toEqual([
      'story.moderation-reject',
      'story.moderation-approve',
    ]);
    // The reason may quote the story: it is not copied into the log.
    expect(JSON.stringify(audit)).not.toContain('herleidbaar');
  });

  it('refuses to moderate a withdrawn story and finds none of another project', () => {
    const { db, projectId, coder, tell } = setup();
    const storyId = tell({ codeHash: 'hash-1' });
    withdrawStoryByCodeHash(db, { codeHash: 'hash-1', storyId, day: '2026-11-16' });
    expect(() =>
      recordModerationDecision(db, {
        projectId,
        storyId,
        userId: coder,
        decision: 'reject',
        reason: '',
        now: NOW,
      }),
    ).toThrow(/teruggetrokken/);
    const elsewhere = createProject(db, { slug: 'ander', name: 'Ander', now: NOW });
    expect(findStoryForModeration(db, elsewhere.id, storyId)).toBeUndefined();
  });
});

describe('withdrawal everywhere', () => {
  it('one story withdrawn: no table holds its title, text, codes, passages, redaction or decision reason', () => {
    const { db, projectId, coder, tell } = setup();
    const storyId = tell({ codeHash: 'hash-1' });
    const kept = tell({ text: 'Een ander verhaal over wachten.', title: 'Wachten' });
    const care = codeAndModerate(db, projectId, storyId, coder);
    applyCode(db, {
      projectId,
      storyId: kept,
      codeId: care.id,
      coderUserId: coder,
      passage: null,
      now: NOW,
    });
    expect(everything(db)).toContain('Regenboog');

    withdrawStoryByCodeHash(db, { codeHash: 'hash-1', storyId, day: '2026-11-16' });

    const all = everything(db);
    for (const fragment of ['Marieke', 'Regenboog', '06-12345678', 'Naam Bas', 'Juf [naam]']) {
      expect(all).not.toContain(fragment);
    }
    expect(listStoryCodings(db, projectId, storyId)).toEqual([]);
    expect(listStoryCodes(db, projectId)).toEqual([{ storyId: kept, codeIds: [care.id] }]);
    // The audit entry keeps the day only, and names no story.
    const entry = listAuditEntries(db).find((a) => a.action === 'story.withdraw')!;
    expect(entry.dayOnly).toBe(true);
    expect(entry.at.toISOString()).toBe('2026-11-16T00:00:00.000Z');
    expect(JSON.stringify(entry)).not.toContain(storyId);
  });

  it('everything withdrawn under a code: the same for all of the participant’s stories', () => {
    const { db, projectId, coder, tell } = setup();
    const first = tell({ codeHash: 'hash-2' });
    const second = tell({ codeHash: 'hash-2', title: 'Tweede', text: 'Meester Kees belde.' });
    codeAndModerate(db, projectId, first, coder);
    applyCode(db, {
      projectId,
      storyId: second,
      codeId: listCodebook(db, projectId)[0]!.id,
      coderUserId: coder,
      passage: { start: 0, end: 12 },
      now: NOW,
    });
    withdrawByCodeHash(db, { codeHash: 'hash-2', day: '2026-11-16' });
    const all = everything(db);
    for (const fragment of ['Marieke', 'Regenboog', 'Meester Kees', 'Naam Bas']) {
      expect(all).not.toContain(fragment);
    }
    expect(listStoryCodes(db, projectId)).toEqual([]);
  });
});

describe('retention', () => {
  it('computes the cutoff a number of months back, clamping to the month’s last day', () => {
    expect(retentionCutoff(new Date('2027-03-31T08:00:00Z'), 1)).toBe('2027-02-28');
    expect(retentionCutoff(new Date('2028-11-15T08:00:00Z'), 24)).toBe('2026-11-15');
  });

  it('delete: old stories, their participants and everything derived go; newer ones stay; audited', () => {
    const { db, projectId, coder, tell } = setup();
    const old = tell({ createdOn: '2026-10-01' });
    const fresh = tell({ createdOn: '2027-03-01', title: 'Nieuw', text: 'Recent verhaal.' });
    codeAndModerate(db, projectId, old, coder);
    setRetentionPolicy(db, {
      projectId,
      policy: { afterMonths: 12, mode: 'delete' },
      userId: coder,
      now: NOW,
    });

    // Before the limit nothing happens.
    expect(applyRetention(db, new Date('2027-09-30T03:00:00Z'))[0]?.stories).toBe(0);
    expect(everything(db)).toContain('Regenboog');

    const runs = applyRetention(db, new Date('2027-10-02T03:00:00Z'));
    expect(runs).toEqual([{ projectId, mode: 'delete', cutoff: '2026-10-02', stories: 1 }]);
    const all = everything(db);
    for (const fragment of ['Marieke', 'Regenboog', 'Naam Bas'])
      expect(all).not.toContain(fragment);
    expect(all).toContain('Recent verhaal.');
    expect(db.all(sql`select id from participants`)).toHaveLength(1);
    expect(listAuditEntries(db).find((a) => a.action === 'retention.delete')?.details).toEqual({
      stories: 1,
      before: '2026-10-02',
      afterMonths: 12,
    });
    // Idempotent.
    expect(applyRetention(db, new Date('2027-10-03T03:00:00Z'))[0]?.stories).toBe(0);
    expect(fresh).toBeTruthy();
  });

  it('reduce: old stories keep their answers without title, text or anything derived', () => {
    const { db, projectId, coder, tell } = setup();
    const old = tell({ createdOn: '2026-10-01' });
    codeAndModerate(db, projectId, old, coder);
    setRetentionPolicy(db, {
      projectId,
      policy: { afterMonths: 6, mode: 'reduce' },
      userId: coder,
      now: NOW,
    });
    expect(applyRetention(db, new Date('2027-05-01T03:00:00Z'))).toEqual([
      { projectId, mode: 'reduce', cutoff: '2026-11-01', stories: 1 },
    ]);
    const all = everything(db);
    for (const fragment of ['Marieke', 'Regenboog', 'Naam Bas', 'Juf [naam]']) {
      expect(all).not.toContain(fragment);
    }
    const row = db.get<{ title: string; text: string; answers: string }>(
      sql`select title, text, answers from stories where id = ${old}`,
    );
    expect(row).toEqual({ title: '', text: '', answers: JSON.stringify({ betrokken: 0.7 }) });
    expect(listStoryCodes(db, projectId)).toEqual([]);
    expect(listAuditEntries(db).some((a) => a.action === 'retention.reduce')).toBe(true);
    expect(applyRetention(db, new Date('2027-05-02T03:00:00Z'))[0]?.stories).toBe(0);
  });
});
