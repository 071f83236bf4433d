import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { NOW, openWithCollection } from '../test/fixtures';
import {
  addReportSection,
  createObservation,
  createReport,
  findReport,
  publishReport,
  type TDatabase,
} from './index';

let database: TDatabase | undefined;

/** SQLite's own message; drizzle wraps it in "Failed to run the query". */
function sqliteRefusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    return (cause ?? (error as Error)).message;
  }
  return 'no error';
}
afterEach(() => database?.close());

describe('published reports', () => {
  it('refuse every change in the database itself, also past the data functions', () => {
    const opened = openWithCollection();
    database = opened.database;
    const db = database.orm;
    const { projectId } = opened;
    const { id: reportId } = createReport(db, {
      projectId,
      title: 'Jaarrapport',
      userId: null,
      now: NOW,
    });
    addReportSection(db, {
      projectId,
      reportId,
      kind: 'text',
      heading: 'Inleiding',
      spec: { kind: 'text', text: 'a' },
      now: NOW,
    });
    publishReport(db, {
      projectId,
      reportId,
      snapshot: { title: 'Jaarrapport' },
      publicToken: 't'.repeat(32),
      userId: null,
      now: NOW,
    });

    expect(
      sqliteRefusal(() => db.run(sql`update report_publications set snapshot = '{}'`)),
    ).toMatch(/report_published/);
    expect(sqliteRefusal(() => db.run(sql`update report_sections set heading = 'x'`))).toMatch(
      /report_published/,
    );
    expect(sqliteRefusal(() => db.run(sql`update reports set published_at = null`))).toMatch(
      /report_published/,
    );
    expect(
      sqliteRefusal(() =>
        db.run(sql`insert into report_sections (id, report_id, position, kind, heading, spec, updated_at)
                 values ('s2', ${reportId}, 1, 'text', '', '{}', 0)`),
      ),
    ).toMatch(/report_published/);
    expect(() =>
      addReportSection(db, { projectId, reportId, kind: 'text', heading: '', spec: {}, now: NOW }),
    ).toThrow(/gepubliceerd/);
    expect(findReport(db, projectId, reportId)?.sections.map((s) => s.heading)).toEqual([
      'Inleiding',
    ]);
  });
});

describe('observations', () => {
  it('are about a pattern or a collection, never both or neither, and come with two interpretations', () => {
    const opened = openWithCollection();
    database = opened.database;
    const db = database.orm;
    const { projectId, collectionId } = opened;
    const base = {
      projectId,
      title: 'T',
      body: '',
      strength: 'weak' as const,
      userId: null,
      now: NOW,
    };
    const two = [
      { title: 'a', body: '' },
      { title: 'b', body: '' },
    ];
    expect(() =>
      createObservation(db, {
        ...base,
        subject: { kind: 'collection', collectionId },
        interpretations: two.slice(0, 1),
      }),
    ).toThrow(/minstens 2/);
    createObservation(db, {
      ...base,
      subject: { kind: 'collection', collectionId },
      interpretations: two,
    });
    expect(
      sqliteRefusal(() =>
        db.run(sql`insert into observations (id, project_id, framework_id, pattern_key, collection_id, title, body, strength, created_at, updated_at)
                 values ('o2', ${projectId}, null, 'a×b', ${collectionId}, 'T', '', 'weak', 0, 0)`),
      ),
    ).toMatch(/CHECK constraint failed/);
    expect(
      sqliteRefusal(() =>
        db.run(sql`insert into observations (id, project_id, title, body, strength, created_at, updated_at)
                 values ('o3', ${projectId}, 'T', '', 'weak', 0, 0)`),
      ),
    ).toMatch(/CHECK constraint failed/);
  });
});
