import { randomUUID } from 'node:crypto';
import type { TFramework } from '@duiding/survey';
import { and, asc, desc, eq, isNull, max } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { frameworks, frameworkVersions } from './schema';

export interface TFrameworkVersion {
  id: string;
  frameworkId: string;
  version: number;
  definition: TFramework;
  publishedAt: Date | null;
}

const versionColumns = {
  id: frameworkVersions.id,
  frameworkId: frameworkVersions.frameworkId,
  version: frameworkVersions.version,
  definition: frameworkVersions.definition,
  publishedAt: frameworkVersions.publishedAt,
};

/** A questionnaire of a project; its content lives in its versions. */
export function createFramework(
  db: TDbExecutor,
  input: { projectId: string; key: string; title: string; now: Date },
): { id: string } {
  const id = randomUUID();
  db.insert(frameworks)
    .values({
      id,
      projectId: input.projectId,
      key: input.key,
      title: input.title,
      createdAt: input.now,
    })
    .run();
  return { id };
}

export function findFrameworkByKey(
  db: TDbExecutor,
  projectId: string,
  key: string,
): { id: string; title: string } | undefined {
  return db
    .select({ id: frameworks.id, title: frameworks.title })
    .from(frameworks)
    .where(and(eq(frameworks.projectId, projectId), eq(frameworks.key, key)))
    .get();
}

/** A new draft version; it can change until it is published. */
export function createFrameworkVersion(
  db: TDbExecutor,
  input: { frameworkId: string; version: number; definition: TFramework; now: Date },
): TFrameworkVersion {
  const row = {
    id: randomUUID(),
    frameworkId: input.frameworkId,
    version: input.version,
    definition: input.definition,
    publishedAt: null,
  };
  db.insert(frameworkVersions)
    .values({ ...row, createdAt: input.now })
    .run();
  return row;
}

export function findFrameworkVersion(db: TDbExecutor, id: string): TFrameworkVersion | undefined {
  const row = db
    .select(versionColumns)
    .from(frameworkVersions)
    .where(eq(frameworkVersions.id, id))
    .get();
  return row && { ...row, definition: row.definition as TFramework };
}

/**
 * Replaces the definition of a draft version. A published version is immutable: stories
 * refer to its questions and options by id, so this refuses to change it.
 */
export function updateFrameworkVersionDefinition(
  db: TDbExecutor,
  id: string,
  definition: TFramework,
): void {
  // One conditional UPDATE, so a concurrent publish cannot slip in between check and write.
  const result = db
    .update(frameworkVersions)
    .set({ definition })
    .where(and(eq(frameworkVersions.id, id), isNull(frameworkVersions.publishedAt)))
    .run();
  if (result.changes === 0) refuseChange(db, id);
}

/** Publishes a draft version; publishing it again keeps the first moment. */
export function publishFrameworkVersion(db: TDbExecutor, id: string, now: Date): Date {
  db.update(frameworkVersions)
    .set({ publishedAt: now })
    .where(and(eq(frameworkVersions.id, id), isNull(frameworkVersions.publishedAt)))
    .run();
  const version = findFrameworkVersion(db, id);
  if (!version?.publishedAt) throw new Error(`Framework version ${id} does not exist`);
  return version.publishedAt;
}

/**
 * A framework of the project with these definitions as its versions, each published (the
 * seed's and the tests' starting point): the versions' ids, in order. The framework's title
 * is the first definition's Dutch title unless one is given.
 */
export function createPublishedFramework(
  db: TDbExecutor,
  input: { projectId: string; versions: readonly TFramework[]; title?: string; now: Date },
): string[] {
  const first = input.versions[0];
  if (!first) throw new Error('A published framework needs at least one version');
  const framework = createFramework(db, {
    projectId: input.projectId,
    key: first.id,
    title: input.title ?? first.title.nl,
    now: input.now,
  });
  return input.versions.map((definition) => {
    const version = createFrameworkVersion(db, {
      frameworkId: framework.id,
      version: definition.version,
      definition,
      now: input.now,
    });
    publishFrameworkVersion(db, version.id, input.now);
    return version.id;
  });
}

/** Deletes a draft version; a published one stays forever. */
export function deleteFrameworkVersion(db: TDbExecutor, id: string): void {
  const result = db
    .delete(frameworkVersions)
    .where(and(eq(frameworkVersions.id, id), isNull(frameworkVersions.publishedAt)))
    .run();
  if (result.changes === 0) refuseChange(db, id);
}

function refuseChange(db: TDbExecutor, id: string): never {
  if (findFrameworkVersion(db, id)) {
    throw new DbConflictError(
      'published-version',
      'Deze versie van de vragenlijst is gepubliceerd en kan niet meer veranderen. Maak een nieuwe versie.',
    );
  }
  throw new Error(`Framework version ${id} does not exist`);
}

export interface TFrameworkSummary {
  id: string;
  key: string;
  title: string;
  versions: { id: string; version: number; publishedAt: Date | null; createdAt: Date }[];
}

/** A project's frameworks with their versions, newest version first. */
export function listProjectFrameworks(db: TDbExecutor, projectId: string): TFrameworkSummary[] {
  const rows = db
    .select({
      frameworkId: frameworks.id,
      key: frameworks.key,
      title: frameworks.title,
      versionId: frameworkVersions.id,
      version: frameworkVersions.version,
      publishedAt: frameworkVersions.publishedAt,
      createdAt: frameworkVersions.createdAt,
    })
    .from(frameworks)
    .leftJoin(frameworkVersions, eq(frameworkVersions.frameworkId, frameworks.id))
    .where(eq(frameworks.projectId, projectId))
    .orderBy(asc(frameworks.title), asc(frameworks.id), desc(frameworkVersions.version))
    .all();
  const byId = new Map<string, TFrameworkSummary>();
  for (const row of rows) {
    let summary = byId.get(row.frameworkId);
    if (!summary) {
      summary = { id: row.frameworkId, key: row.key, title: row.title, versions: [] };
      byId.set(row.frameworkId, summary);
    }
    if (row.versionId && row.version !== null && row.createdAt) {
      summary.versions.push({
        id: row.versionId,
        version: row.version,
        publishedAt: row.publishedAt,
        createdAt: row.createdAt,
      });
    }
  }
  return [...byId.values()];
}

export interface TProjectFrameworkVersion extends TFrameworkVersion {
  projectId: string;
  key: string;
  title: string;
}

/** A version, only when it belongs to a framework of this project. */
export function findProjectFrameworkVersion(
  db: TDbExecutor,
  projectId: string,
  versionId: string,
): TProjectFrameworkVersion | undefined {
  const row = db
    .select({
      ...versionColumns,
      projectId: frameworks.projectId,
      key: frameworks.key,
      title: frameworks.title,
    })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(and(eq(frameworkVersions.id, versionId), eq(frameworks.projectId, projectId)))
    .get();
  return row && { ...row, definition: row.definition as TFramework };
}

/**
 * A new draft: the next version number of the framework (or a new framework under
 * `newFramework`), with the definition's own `version` set to match. One transaction, so
 * two drafts made at once cannot take the same number.
 */
export function createDraftVersion(
  db: TDbExecutor,
  input:
    | { frameworkId: string; definition: TFramework; now: Date }
    | {
        newFramework: { projectId: string; key: string; title: string };
        definition: TFramework;
        now: Date;
      },
): TFrameworkVersion {
  return inTransaction(db, (tx) => {
    let frameworkId: string;
    if ('newFramework' in input) {
      if (findFrameworkByKey(tx, input.newFramework.projectId, input.newFramework.key)) {
        throw new DbConflictError(
          'framework-key-taken',
          `Er is al een vragenlijst met de id "${input.newFramework.key}" in dit project.`,
        );
      }
      frameworkId = createFramework(tx, { ...input.newFramework, now: input.now }).id;
    } else {
      frameworkId = input.frameworkId;
    }
    const last =
      tx
        .select({ n: max(frameworkVersions.version) })
        .from(frameworkVersions)
        .where(eq(frameworkVersions.frameworkId, frameworkId))
        .get()?.n ?? 0;
    const version = last + 1;
    return createFrameworkVersion(tx, {
      frameworkId,
      version,
      definition: { ...input.definition, version },
      now: input.now,
    });
  });
}

/** Renames a framework (its title in lists). */
export function renameFramework(db: TDbExecutor, frameworkId: string, title: string): void {
  db.update(frameworks).set({ title }).where(eq(frameworks.id, frameworkId)).run();
}
