import { randomBytes } from 'node:crypto';
import {
  addReportSection,
  appendAuditEntry,
  copyReport,
  createReport,
  findPublication,
  findPublicationByToken,
  findReport,
  listProjectCollections,
  listReports,
  listStoriesForAnalysis,
  moveReportSection,
  publishReport,
  removeReportSection,
  renameReport,
  type TCollectionWithFramework,
  type TDbExecutor,
  type TReport,
  type TReportSummary,
  updateReportSection,
} from '@duiding/db';
import { localize, type TFramework } from '@duiding/survey';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import { storiesForAudience } from './audience-text';
import { checkChartSpec, REPORT_CHART_KINDS } from './report-chart';
import { categoriesOf, renderReport, type TPublishedReport } from './report-render';
import {
  type TAddSectionInput,
  type TCreateReportInput,
  type TMoveSectionInput,
  type TQuoteCandidatesInput,
  type TRenameReportInput,
  type TReportInput,
  type TReportSectionSpec,
  type TSectionInput,
  type TUpdateSectionInput,
  ZPublicToken,
} from './reports.schema';

/*
 * The report builder. A draft stores what to show; rendering computes the numbers with
 * outside suppression every time (whoever looks, whatever the author chose), and
 * publishing freezes that rendering with a public token: the public page and the PDF read
 * the frozen snapshot, never a live query.
 */

type TReportContext = TApiContext & { session: TSession; access: TProjectAccess };

const notFound = () => new AppError('NOT_FOUND', 'Dit rapport bestaat niet in dit project.');

export interface TReportDetail {
  report: Omit<TReport, 'sections'> & {
    sections: (TReport['sections'][number] & { spec: TReportSectionSpec })[];
  };
  /** The public address once published, e.g. `/r/…`. */
  publicPath: string | null;
}

export function projectReports(ctx: TReportContext): { reports: TReportSummary[] } {
  return { reports: listReports(ctx.db, ctx.access.projectId) };
}

export function newReport(ctx: TReportContext, input: TCreateReportInput): { id: string } {
  return createReport(ctx.db, {
    projectId: input.projectId,
    title: input.title,
    userId: ctx.session.user.id,
    now: ctx.clock(),
  });
}

function loadReport(ctx: TReportContext, reportId: string): TReport {
  const report = findReport(ctx.db, ctx.access.projectId, reportId);
  if (!report) throw notFound();
  return report;
}

export function reportDetail(ctx: TReportContext, input: TReportInput): TReportDetail {
  const report = loadReport(ctx, input.reportId);
  return {
    report: report as TReportDetail['report'],
    publicPath: report.publicToken ? `/r/${report.publicToken}` : null,
  };
}

/**
 * The report as outside viewers will read it: a draft rendered now, a published report
 * exactly as it was frozen.
 */
export function reportPreview(ctx: TReportContext, input: TReportInput): TPublishedReport {
  const report = loadReport(ctx, input.reportId);
  if (report.publishedAt) {
    const publication = findPublication(ctx.db, ctx.access.projectId, report.id);
    if (publication) return publication.snapshot as TPublishedReport;
  }
  return renderReport(ctx.db, ctx.access.projectId, report, null);
}

export function changeReportTitle(ctx: TReportContext, input: TRenameReportInput) {
  if (!renameReport(ctx.db, { ...input, now: ctx.clock() })) throw notFound();
  return { ok: true as const };
}

/** The references of a section must be of this project and drawable, checked when saved. */
function checkSpec(ctx: TReportContext, spec: TReportSectionSpec): void {
  if (spec.kind !== 'chart' && spec.kind !== 'municipalities') return;
  const collections = new Map(
    listProjectCollections(ctx.db, ctx.access.projectId).map((c) => [c.id, c]),
  );
  const chosen = spec.collectionIds.map((id) => collections.get(id));
  if (chosen.some((c) => !c)) {
    throw new AppError('NOT_FOUND', 'Een gekozen verzameling bestaat niet in dit project.');
  }
  const framework = chosen[0]!.framework as TFramework;
  const needs = (questionId: string, what: string) => {
    if (!categoriesOf(framework, questionId)) {
      throw new AppError(
        'BAD_INPUT',
        `${what} kan niet worden geteld: kies een keuze-, schaal-, schuif- of driehoeksvraag.`,
      );
    }
  };
  if (spec.kind === 'chart') {
    checkChartSpec(spec, chosen as TCollectionWithFramework[]);
  } else {
    needs(spec.municipalityQuestionId, 'De vraag naar de gemeente');
    if (spec.questionId) needs(spec.questionId, 'Deze vraag');
  }
}

export function addSection(ctx: TReportContext, input: TAddSectionInput): { id: string } {
  checkSpec(ctx, input.spec);
  const added = addReportSection(ctx.db, {
    projectId: input.projectId,
    reportId: input.reportId,
    kind: input.spec.kind,
    heading: input.heading,
    spec: input.spec,
    now: ctx.clock(),
  });
  if (!added) throw notFound();
  return added;
}

export function changeSection(ctx: TReportContext, input: TUpdateSectionInput) {
  const report = loadReport(ctx, input.reportId);
  const section = report.sections.find((s) => s.id === input.sectionId);
  if (!section) throw new AppError('NOT_FOUND', 'Dit onderdeel bestaat niet in dit rapport.');
  if (section.kind !== input.spec.kind) {
    throw new AppError(
      'BAD_INPUT',
      'Een onderdeel houdt zijn soort; voeg een nieuw onderdeel toe.',
    );
  }
  checkSpec(ctx, input.spec);
  if (
    !updateReportSection(ctx.db, {
      projectId: input.projectId,
      reportId: input.reportId,
      sectionId: input.sectionId,
      heading: input.heading,
      spec: input.spec,
      now: ctx.clock(),
    })
  ) {
    throw notFound();
  }
  return { ok: true as const };
}

export function deleteSection(ctx: TReportContext, input: TSectionInput) {
  if (!removeReportSection(ctx.db, { ...input, now: ctx.clock() })) {
    throw new AppError('NOT_FOUND', 'Dit onderdeel bestaat niet in dit rapport.');
  }
  return { ok: true as const };
}

export function moveSection(ctx: TReportContext, input: TMoveSectionInput) {
  if (!moveReportSection(ctx.db, { ...input, now: ctx.clock() })) {
    throw new AppError('NOT_FOUND', 'Dit onderdeel bestaat niet in dit rapport.');
  }
  return { ok: true as const };
}

/** 24 random bytes: 32 characters of base64url, unguessable. */
function newPublicToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Freezes the rendered, suppressed report and gives it a public link; audited. */
export function publish(ctx: TReportContext, input: TReportInput): { publicPath: string } {
  const report = loadReport(ctx, input.reportId);
  if (report.publishedAt) {
    throw new AppError('CONFLICT', 'Dit rapport is al gepubliceerd en verandert niet meer.');
  }
  const now = ctx.clock();
  const snapshot = renderReport(ctx.db, ctx.access.projectId, report, now);
  const publicToken = newPublicToken();
  const done = publishReport(ctx.db, {
    projectId: input.projectId,
    reportId: report.id,
    snapshot,
    publicToken,
    userId: ctx.session.user.id,
    now,
  });
  if (!done) throw notFound();
  appendAuditEntry(ctx.db, {
    at: now,
    actorUserId: ctx.session.user.id,
    projectId: input.projectId,
    action: 'report.publish',
    subject: `report:${report.id}`,
    details: { title: report.title, sections: report.sections.length },
  });
  return { publicPath: `/r/${publicToken}` };
}

export function duplicate(ctx: TReportContext, input: TReportInput): { id: string } {
  const report = loadReport(ctx, input.reportId);
  const copy = copyReport(ctx.db, {
    projectId: input.projectId,
    reportId: report.id,
    title: `${report.title} (kopie)`.slice(0, 200),
    userId: ctx.session.user.id,
    now: ctx.clock(),
  });
  if (!copy) throw notFound();
  return copy;
}

export interface TQuoteCandidate {
  id: string;
  title: string;
  excerpt: string;
  collection: string;
}

/** Approved stories to quote (never pending or rejected ones), newest first, at most 50. */
export function quoteCandidates(
  ctx: TReportContext,
  input: TQuoteCandidatesInput,
): { stories: TQuoteCandidate[] } {
  const collections = listProjectCollections(ctx.db, ctx.access.projectId);
  const titles = new Map(collections.map((c) => [c.id, c.title]));
  const search = input.search?.toLocaleLowerCase('nl');
  const approved = listStoriesForAnalysis(ctx.db, {
    projectId: ctx.access.projectId,
    collectionIds: collections.map((c) => c.id),
    statuses: ['approved'],
  });
  // What the report will print: the redacted text, also for the author choosing a quote.
  const stories = storiesForAudience(ctx.db, 'outside', approved)
    .filter(
      (s) =>
        !search ||
        s.title.toLocaleLowerCase('nl').includes(search) ||
        s.text.toLocaleLowerCase('nl').includes(search),
    )
    .slice(0, 50);
  return {
    stories: stories.map((s) => ({
      id: s.id,
      title: s.title,
      excerpt: s.text.length > 240 ? `${s.text.slice(0, 240)}…` : s.text,
      collection: titles.get(s.collectionId) ?? '',
    })),
  };
}

export interface TReportChoices {
  collections: {
    id: string;
    title: string;
    /** Collections of one questionnaire can share a chart. */
    frameworkId: string;
    /** Questions a chart draws or a breakdown counts. */
    questions: {
      id: string;
      label: string;
      kind: string;
      participant: boolean;
      /** A chart section draws it (as the explorer does). */
      chart: boolean;
      /** A breakdown per municipality counts it. */
      count: boolean;
      /** A chart compares groups by it (a choice question). */
      group: boolean;
    }[];
  }[];
}

/** What the builder offers: per collection, the questions a chart draws or a breakdown counts. */
export function reportChoices(ctx: TReportContext): TReportChoices {
  return {
    collections: listProjectCollections(ctx.db, ctx.access.projectId).map((c) => {
      const framework = c.framework as TFramework;
      const questions = [
        ...framework.signifiers.map((q) => ({ q, participant: false })),
        ...framework.participantQuestions.map((q) => ({ q, participant: true })),
      ]
        .map(({ q, participant }) => ({
          id: q.id,
          label: localize(q.label, { locale: 'nl' }),
          kind: q.kind,
          participant,
          chart: REPORT_CHART_KINDS.includes(q.kind),
          count: categoriesOf(framework, q.id) !== undefined,
          group: q.kind === 'choice',
        }))
        .filter((q) => q.chart || q.count);
      return { id: c.id, title: c.title, frameworkId: c.framework.id, questions };
    }),
  };
}

/**
 * The frozen snapshot behind a public link, for the server's `/r/<token>` page and PDF.
 * Undefined for a malformed or unknown token (the page then says "not found").
 */
export function readPublicReport(db: TDbExecutor, token: string): TPublishedReport | undefined {
  if (!ZPublicToken.safeParse(token).success) return undefined;
  return findPublicationByToken(db, token)?.snapshot as TPublishedReport | undefined;
}
