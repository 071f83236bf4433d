import {
  appendAuditEntry,
  createDraftVersion,
  findFrameworkByKey,
  findProjectFrameworkVersion,
  listProjectFrameworks,
  listReviewComments,
  publishFrameworkVersion,
  type TProjectFrameworkVersion,
  updateFrameworkVersionDefinition,
} from '@duiding/db';
import { type TAnswerError, type TFramework, ZFramework } from '@duiding/survey';
import type { z } from 'zod';
import type { TApiContext, TSession } from '../context';
import { AppError } from '../errors';
import type { TProjectAccess } from '../permissions';
import type {
  TCopyVersionInput,
  TCreateFrameworkInput,
  TImportFrameworkInput,
  TSaveFrameworkDraftInput,
  TVersionInput,
} from './frameworks.schema';

type TDesignContext = TApiContext & { session: TSession; access: TProjectAccess };

export interface TFrameworkListOutput {
  frameworks: {
    id: string;
    key: string;
    title: string;
    versions: {
      id: string;
      version: number;
      status: 'draft' | 'published';
      publishedAt: string | null;
      createdAt: string;
    }[];
  }[];
}

export function listFrameworks(ctx: TDesignContext): TFrameworkListOutput {
  return {
    frameworks: listProjectFrameworks(ctx.db, ctx.access.projectId).map((f) => ({
      ...f,
      versions: f.versions.map((v) => ({
        id: v.id,
        version: v.version,
        status: v.publishedAt ? 'published' : 'draft',
        publishedAt: v.publishedAt?.toISOString() ?? null,
        createdAt: v.createdAt.toISOString(),
      })),
    })),
  };
}

export interface TFrameworkVersionOutput {
  id: string;
  frameworkId: string;
  key: string;
  title: string;
  version: number;
  status: 'draft' | 'published';
  publishedAt: string | null;
  definition: TFramework;
}

function describeVersion(version: TProjectFrameworkVersion): TFrameworkVersionOutput {
  return {
    id: version.id,
    frameworkId: version.frameworkId,
    key: version.key,
    title: version.title,
    version: version.version,
    status: version.publishedAt ? 'published' : 'draft',
    publishedAt: version.publishedAt?.toISOString() ?? null,
    definition: version.definition,
  };
}

/** A version of this project, or NOT_FOUND (also for another project's version). */
export function projectVersion(ctx: TDesignContext, versionId: string): TProjectFrameworkVersion {
  const version = findProjectFrameworkVersion(ctx.db, ctx.access.projectId, versionId);
  if (!version)
    throw new AppError('NOT_FOUND', 'Deze versie van de vragenlijst bestaat niet in dit project.');
  return version;
}

export function readVersion(ctx: TDesignContext, input: TVersionInput): TFrameworkVersionOutput {
  return describeVersion(projectVersion(ctx, input.versionId));
}

function audit(
  ctx: TDesignContext,
  action: string,
  versionId: string,
  details: Record<string, unknown> = {},
) {
  appendAuditEntry(ctx.db, {
    at: ctx.clock(),
    actorUserId: ctx.session.user.id,
    projectId: ctx.access.projectId,
    action,
    subject: `framework-version:${versionId}`,
    details,
  });
}

export function createFramework(
  ctx: TDesignContext,
  input: TCreateFrameworkInput,
): TFrameworkVersionOutput {
  const created = createDraftVersion(ctx.db, {
    newFramework: { projectId: ctx.access.projectId, key: input.definition.id, title: input.title },
    definition: input.definition,
    now: ctx.clock(),
  });
  audit(ctx, 'framework.create', created.id, { key: input.definition.id });
  return readVersion(ctx, { projectId: ctx.access.projectId, versionId: created.id });
}

/**
 * Saves a draft. A published version never changes: saving over it makes the next
 * version as a new draft (the answer says which), so stories keep their questions.
 */
export function saveDraft(
  ctx: TDesignContext,
  input: TSaveFrameworkDraftInput,
): TFrameworkVersionOutput & { createdDraft: boolean } {
  const version = projectVersion(ctx, input.versionId);
  if (input.definition.id !== version.key) {
    throw new AppError(
      'INVALID_ANSWERS',
      `De id van de vragenlijst is "${version.key}" en kan niet veranderen.`,
      [
        {
          question: 'definition.id',
          code: 'wrong-type',
          message: `De id blijft "${version.key}".`,
        },
      ],
    );
  }
  if (version.publishedAt) {
    const draft = createDraftVersion(ctx.db, {
      frameworkId: version.frameworkId,
      definition: input.definition,
      now: ctx.clock(),
    });
    audit(ctx, 'framework.save-draft', draft.id, { from: version.id });
    return {
      ...readVersion(ctx, { projectId: ctx.access.projectId, versionId: draft.id }),
      createdDraft: true,
    };
  }
  updateFrameworkVersionDefinition(ctx.db, version.id, {
    ...input.definition,
    version: version.version,
  });
  audit(ctx, 'framework.save-draft', version.id);
  return { ...readVersion(ctx, input), createdDraft: false };
}

export function publishVersion(ctx: TDesignContext, input: TVersionInput): TFrameworkVersionOutput {
  const version = projectVersion(ctx, input.versionId);
  if (version.publishedAt) {
    throw new AppError('CONFLICT', `Versie ${version.version} is al gepubliceerd.`);
  }
  publishFrameworkVersion(ctx.db, version.id, ctx.clock());
  audit(ctx, 'framework.publish', version.id, { version: version.version });
  return readVersion(ctx, input);
}

export function copyVersion(
  ctx: TDesignContext,
  input: TCopyVersionInput,
): TFrameworkVersionOutput {
  const source = projectVersion(ctx, input.versionId);
  const now = ctx.clock();
  const copy = input.asNew
    ? createDraftVersion(ctx.db, {
        newFramework: {
          projectId: ctx.access.projectId,
          key: input.asNew.key,
          title: input.asNew.title,
        },
        definition: { ...source.definition, id: input.asNew.key },
        now,
      })
    : createDraftVersion(ctx.db, {
        frameworkId: source.frameworkId,
        definition: source.definition,
        now,
      });
  audit(ctx, 'framework.copy', copy.id, { from: source.id });
  return readVersion(ctx, { projectId: ctx.access.projectId, versionId: copy.id });
}

/** The file format of an exported framework. */
export interface TFrameworkExport {
  format: 'duiding-framework';
  formatVersion: 1;
  title: string;
  framework: TFramework;
}

export function exportVersion(ctx: TDesignContext, input: TVersionInput): TFrameworkExport {
  const version = projectVersion(ctx, input.versionId);
  audit(ctx, 'framework.export', version.id);
  return {
    format: 'duiding-framework',
    formatVersion: 1,
    title: version.title,
    framework: version.definition,
  };
}

/** Zod's issues as per-place errors: `signifiers.2.corners.0.label.nl: …`. */
export function frameworkErrors(issues: z.core.$ZodIssue[], prefix: string[] = []): TAnswerError[] {
  return issues.slice(0, 50).map((issue) => ({
    question: [...prefix, ...issue.path.map(String)].join('.') || '(bestand)',
    code: 'wrong-type',
    message: issue.message,
  }));
}

/**
 * Imports an exported file (or a bare framework) as a new draft: of the framework with the
 * same id in this project, or of a new framework.
 */
export function importFramework(
  ctx: TDesignContext,
  input: TImportFrameworkInput,
): TFrameworkVersionOutput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.json);
  } catch {
    throw new AppError(
      'INVALID_ANSWERS',
      'Dit bestand is geen geldige JSON. Exporteer de vragenlijst opnieuw.',
      [{ question: '(bestand)', code: 'wrong-type', message: 'Geen geldige JSON.' }],
    );
  }
  const isExport =
    typeof parsed === 'object' &&
    parsed !== null &&
    (parsed as { format?: unknown }).format === 'duiding-framework';
  const raw = isExport ? (parsed as { framework?: unknown }).framework : parsed;
  const result = ZFramework.safeParse(raw);
  if (!result.success) {
    const errors = frameworkErrors(result.error.issues, isExport ? ['framework'] : []);
    throw new AppError(
      'INVALID_ANSWERS',
      errors.length === 1
        ? `${errors[0]!.question}: ${errors[0]!.message}`
        : `${errors.length} fouten in de vragenlijst. De eerste: ${errors[0]!.question}: ${errors[0]!.message}`,
      errors,
    );
  }
  const definition = result.data;
  const title =
    input.title ??
    (isExport && typeof (parsed as { title?: unknown }).title === 'string'
      ? String((parsed as { title: string }).title).slice(0, 200)
      : definition.title.nl.slice(0, 200));
  const existing = findFrameworkByKey(ctx.db, ctx.access.projectId, definition.id);
  const now = ctx.clock();
  const draft = existing
    ? createDraftVersion(ctx.db, { frameworkId: existing.id, definition, now })
    : createDraftVersion(ctx.db, {
        newFramework: { projectId: ctx.access.projectId, key: definition.id, title },
        definition,
        now,
      });
  audit(ctx, 'framework.import', draft.id, { key: definition.id });
  return readVersion(ctx, { projectId: ctx.access.projectId, versionId: draft.id });
}

export interface TVersionCommentsOutput {
  comments: {
    id: string;
    questionId: string;
    authorName: string | null;
    body: string;
    createdAt: string;
  }[];
}

export function versionComments(ctx: TDesignContext, input: TVersionInput): TVersionCommentsOutput {
  const version = projectVersion(ctx, input.versionId);
  return {
    comments: listReviewComments(ctx.db, version.id).map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
    })),
  };
}
