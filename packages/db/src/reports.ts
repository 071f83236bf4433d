import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import {
  collections,
  participants,
  reportPublications,
  reportSections,
  reports,
  stories,
  type TReportSectionKind,
  type TStoryChannel,
  type TStoryStatus,
} from './schema';

/*
 * Reports: a draft is a list of sections (what to show, not the numbers); publishing
 * freezes the rendered, suppressed content into `report_publications`. From then on the
 * report refuses every change here, and the database's triggers refuse it too.
 */

export interface TReportSummary {
  id: string;
  title: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

export interface TReportSection {
  id: string;
  position: number;
  kind: TReportSectionKind;
  heading: string;
  /** What api validated with its section schema before writing. */
  spec: unknown;
}

export interface TReport extends TReportSummary {
  sections: TReportSection[];
  /** Set once published. */
  publicToken: string | null;
}

const summaryColumns = {
  id: reports.id,
  title: reports.title,
  createdAt: reports.createdAt,
  updatedAt: reports.updatedAt,
  publishedAt: reports.publishedAt,
};

const published = () =>
  new DbConflictError(
    'report-published',
    'Dit rapport is gepubliceerd en verandert niet meer. Maak een kopie om verder te schrijven.',
  );

export function createReport(
  db: TDbExecutor,
  input: { projectId: string; title: string; userId: string | null; now: Date },
): { id: string } {
  const id = randomUUID();
  db.insert(reports)
    .values({
      id,
      projectId: input.projectId,
      title: input.title,
      createdByUserId: input.userId,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .run();
  return { id };
}

export function listReports(db: TDbExecutor, projectId: string): TReportSummary[] {
  return db
    .select(summaryColumns)
    .from(reports)
    .where(eq(reports.projectId, projectId))
    .orderBy(desc(reports.updatedAt), asc(reports.id))
    .all();
}

export function findReport(
  db: TDbExecutor,
  projectId: string,
  reportId: string,
): TReport | undefined {
  const report = db
    .select({ ...summaryColumns, publicToken: reportPublications.publicToken })
    .from(reports)
    .leftJoin(reportPublications, eq(reportPublications.reportId, reports.id))
    .where(and(eq(reports.id, reportId), eq(reports.projectId, projectId)))
    .get();
  if (!report) return undefined;
  const sections = db
    .select({
      id: reportSections.id,
      position: reportSections.position,
      kind: reportSections.kind,
      heading: reportSections.heading,
      spec: reportSections.spec,
    })
    .from(reportSections)
    .where(eq(reportSections.reportId, reportId))
    .orderBy(asc(reportSections.position), asc(reportSections.id))
    .all();
  return { ...report, sections };
}

/** The draft in the project, for a change: refused once published. */
function draftForChange(tx: TDbExecutor, projectId: string, reportId: string) {
  const report = tx
    .select({ id: reports.id, publishedAt: reports.publishedAt })
    .from(reports)
    .where(and(eq(reports.id, reportId), eq(reports.projectId, projectId)))
    .get();
  if (!report) return undefined;
  if (report.publishedAt) throw published();
  return report;
}

function touch(tx: TDbExecutor, reportId: string, now: Date) {
  tx.update(reports).set({ updatedAt: now }).where(eq(reports.id, reportId)).run();
}

export function renameReport(
  db: TDbExecutor,
  input: { projectId: string; reportId: string; title: string; now: Date },
): boolean {
  return inTransaction(db, (tx) => {
    if (!draftForChange(tx, input.projectId, input.reportId)) return false;
    tx.update(reports)
      .set({ title: input.title, updatedAt: input.now })
      .where(eq(reports.id, input.reportId))
      .run();
    return true;
  });
}

/** Adds a section at the end; undefined when the report is not in the project. */
export function addReportSection(
  db: TDbExecutor,
  input: {
    projectId: string;
    reportId: string;
    kind: TReportSectionKind;
    heading: string;
    spec: unknown;
    now: Date;
  },
): { id: string } | undefined {
  return inTransaction(db, (tx) => {
    if (!draftForChange(tx, input.projectId, input.reportId)) return undefined;
    const last =
      tx
        .select({ last: max(reportSections.position) })
        .from(reportSections)
        .where(eq(reportSections.reportId, input.reportId))
        .get()?.last ?? -1;
    const id = randomUUID();
    tx.insert(reportSections)
      .values({
        id,
        reportId: input.reportId,
        position: last + 1,
        kind: input.kind,
        heading: input.heading,
        spec: input.spec,
        updatedAt: input.now,
      })
      .run();
    touch(tx, input.reportId, input.now);
    return { id };
  });
}

/** Changes a section's heading and spec (its kind stays). */
export function updateReportSection(
  db: TDbExecutor,
  input: {
    projectId: string;
    reportId: string;
    sectionId: string;
    heading: string;
    spec: unknown;
    now: Date;
  },
): boolean {
  return inTransaction(db, (tx) => {
    if (!draftForChange(tx, input.projectId, input.reportId)) return false;
    const changed = tx
      .update(reportSections)
      .set({ heading: input.heading, spec: input.spec, updatedAt: input.now })
      .where(
        and(eq(reportSections.id, input.sectionId), eq(reportSections.reportId, input.reportId)),
      )
      .run().changes;
    if (changed > 0) touch(tx, input.reportId, input.now);
    return changed > 0;
  });
}

export function removeReportSection(
  db: TDbExecutor,
  input: { projectId: string; reportId: string; sectionId: string; now: Date },
): boolean {
  return inTransaction(db, (tx) => {
    if (!draftForChange(tx, input.projectId, input.reportId)) return false;
    const changed = tx
      .delete(reportSections)
      .where(
        and(eq(reportSections.id, input.sectionId), eq(reportSections.reportId, input.reportId)),
      )
      .run().changes;
    if (changed > 0) touch(tx, input.reportId, input.now);
    return changed > 0;
  });
}

/** Moves a section to `position` (0 = first), renumbering the rest. */
export function moveReportSection(
  db: TDbExecutor,
  input: { projectId: string; reportId: string; sectionId: string; position: number; now: Date },
): boolean {
  return inTransaction(db, (tx) => {
    if (!draftForChange(tx, input.projectId, input.reportId)) return false;
    const ids = tx
      .select({ id: reportSections.id })
      .from(reportSections)
      .where(eq(reportSections.reportId, input.reportId))
      .orderBy(asc(reportSections.position), asc(reportSections.id))
      .all()
      .map((r) => r.id);
    if (!ids.includes(input.sectionId)) return false;
    const rest = ids.filter((id) => id !== input.sectionId);
    rest.splice(Math.max(0, Math.min(input.position, rest.length)), 0, input.sectionId);
    rest.forEach((id, position) => {
      tx.update(reportSections).set({ position }).where(eq(reportSections.id, id)).run();
    });
    touch(tx, input.reportId, input.now);
    return true;
  });
}

/**
 * Publishes a draft with its frozen snapshot and public token, in one transaction. Refused
 * when the report is published already; undefined when it is not in the project.
 */
export function publishReport(
  db: TDbExecutor,
  input: {
    projectId: string;
    reportId: string;
    snapshot: unknown;
    publicToken: string;
    userId: string | null;
    now: Date;
  },
): { publishedAt: Date } | undefined {
  return inTransaction(db, (tx) => {
    if (!draftForChange(tx, input.projectId, input.reportId)) return undefined;
    tx.insert(reportPublications)
      .values({
        reportId: input.reportId,
        projectId: input.projectId,
        publicToken: input.publicToken,
        snapshot: input.snapshot,
        publishedByUserId: input.userId,
        publishedAt: input.now,
      })
      .run();
    tx.update(reports)
      .set({ publishedAt: input.now, updatedAt: input.now })
      .where(eq(reports.id, input.reportId))
      .run();
    return { publishedAt: input.now };
  });
}

export interface TReportPublication {
  reportId: string;
  projectId: string;
  publicToken: string;
  snapshot: unknown;
  publishedAt: Date;
}

const publicationColumns = {
  reportId: reportPublications.reportId,
  projectId: reportPublications.projectId,
  publicToken: reportPublications.publicToken,
  snapshot: reportPublications.snapshot,
  publishedAt: reportPublications.publishedAt,
};

/** The published report behind a public link, if any. */
export function findPublicationByToken(
  db: TDbExecutor,
  publicToken: string,
): TReportPublication | undefined {
  return db
    .select(publicationColumns)
    .from(reportPublications)
    .where(eq(reportPublications.publicToken, publicToken))
    .get();
}

export function findPublication(
  db: TDbExecutor,
  projectId: string,
  reportId: string,
): TReportPublication | undefined {
  return db
    .select(publicationColumns)
    .from(reportPublications)
    .where(
      and(eq(reportPublications.reportId, reportId), eq(reportPublications.projectId, projectId)),
    )
    .get();
}

/** A new draft with the sections of another report (e.g. next year's from this year's). */
export function copyReport(
  db: TDbExecutor,
  input: { projectId: string; reportId: string; title: string; userId: string | null; now: Date },
): { id: string } | undefined {
  return inTransaction(db, (tx) => {
    const source = findReport(tx, input.projectId, input.reportId);
    if (!source) return undefined;
    const { id } = createReport(tx, {
      projectId: input.projectId,
      title: input.title,
      userId: input.userId,
      now: input.now,
    });
    for (const section of source.sections) {
      tx.insert(reportSections)
        .values({
          id: randomUUID(),
          reportId: id,
          position: section.position,
          kind: section.kind,
          heading: section.heading,
          spec: section.spec,
          updatedAt: input.now,
        })
        .run();
    }
    return { id };
  });
}

export interface TAnalysisStory {
  id: string;
  collectionId: string;
  channel: TStoryChannel;
  title: string;
  text: string;
  status: TStoryStatus;
  answers: Record<string, unknown>;
  participantAnswers: Record<string, unknown>;
}

/**
 * The stories of some of a project's collections with the statuses given, with their answers
 * and their participant's answers, for aggregation on the server (charts of a report, the
 * pattern scan of catalysis). Never sent to a browser as such.
 */
export function listStoriesForAnalysis(
  db: TDbExecutor,
  input: { projectId: string; collectionIds: readonly string[]; statuses: readonly TStoryStatus[] },
): TAnalysisStory[] {
  if (input.collectionIds.length === 0 || input.statuses.length === 0) return [];
  return db
    .select({
      id: stories.id,
      collectionId: stories.collectionId,
      channel: stories.channel,
      title: stories.title,
      text: stories.text,
      status: stories.status,
      answers: stories.answers,
      participantAnswers: participants.answers,
    })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .innerJoin(participants, eq(participants.id, stories.participantId))
    .where(
      and(
        eq(collections.projectId, input.projectId),
        inArray(stories.collectionId, [...input.collectionIds]),
        inArray(stories.status, [...input.statuses]),
      ),
    )
    .orderBy(asc(stories.id))
    .all();
}

/** One story of the project, for a quote; undefined when it is not in the project. */
export function findReportQuoteStory(
  db: TDbExecutor,
  projectId: string,
  storyId: string,
): TAnalysisStory | undefined {
  return db
    .select({
      id: stories.id,
      collectionId: stories.collectionId,
      channel: stories.channel,
      title: stories.title,
      text: stories.text,
      status: stories.status,
      answers: stories.answers,
      participantAnswers: participants.answers,
    })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .innerJoin(participants, eq(participants.id, stories.participantId))
    .where(and(eq(stories.id, storyId), eq(collections.projectId, projectId)))
    .get();
}
