import { randomUUID } from 'node:crypto';
import type { TFramework } from '@duiding/survey';
import { and, eq, isNull } from 'drizzle-orm';
import type { TDbExecutor } from './database';
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
