import { randomUUID } from 'node:crypto';
import type { TCollectionLanding, TCollectionTheme, TFramework } from '@duiding/survey';
import { and, asc, desc, eq, gt, lte, sql } from 'drizzle-orm';
import { connectionMemo, forgetInMemo } from './connection-memo';
import type { TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { findFrameworkVersion } from './frameworks';
import { preparedQuery } from './prepared';
import {
  collections,
  frameworkVersions,
  type TCollectionKind,
  type TStoryLanguage,
} from './schema';

export interface TCollection {
  id: string;
  projectId: string;
  frameworkVersionId: string;
  slug: string;
  title: string;
  kind: TCollectionKind;
  opensAt: Date;
  closesAt: Date;
  languages: TStoryLanguage[];
  /** Null until the researchers wrote one; the intake then shows its plain start. */
  landing: TCollectionLanding | null;
  theme: TCollectionTheme | null;
}

/** What a new collection needs; landing page and theme may follow later. */
export type TNewCollection = Omit<TCollection, 'id' | 'landing' | 'theme' | 'languages'> &
  Partial<Pick<TCollection, 'landing' | 'theme' | 'languages'>>;

/** A collection with the questionnaire it runs. */
export type TCollectionWithFramework = TCollection & { framework: TFramework };

const withFramework = {
  id: collections.id,
  projectId: collections.projectId,
  frameworkVersionId: collections.frameworkVersionId,
  slug: collections.slug,
  title: collections.title,
  kind: collections.kind,
  opensAt: collections.opensAt,
  closesAt: collections.closesAt,
  languages: collections.languages,
  landing: collections.landing,
  theme: collections.theme,
};

type TRow = Omit<TCollectionWithFramework, 'framework' | 'landing' | 'theme'> & {
  landing: unknown;
  theme: unknown;
};

/**
 * Parsed definitions of published framework versions, by version id. A collection only
 * ever runs a published version, and a published version never changes, so every story
 * sent need not parse the whole questionnaire again (it was a tenth of the submit's CPU).
 */
const publishedDefinitions = new Map<string, TFramework>();
const MAX_CACHED_DEFINITIONS = 200;

function publishedDefinition(db: TDbExecutor, versionId: string): TFramework {
  const cached = publishedDefinitions.get(versionId);
  if (cached) return cached;
  const row = db
    .select({ definition: frameworkVersions.definition })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.id, versionId))
    .get();
  const definition = row?.definition as TFramework;
  if (publishedDefinitions.size >= MAX_CACHED_DEFINITIONS) {
    publishedDefinitions.delete(publishedDefinitions.keys().next().value!);
  }
  publishedDefinitions.set(versionId, definition);
  return definition;
}

// The columns hold what api validated with survey's schemas before writing.
const typed = (db: TDbExecutor, row: TRow | undefined): TCollectionWithFramework | undefined =>
  row && {
    ...row,
    framework: publishedDefinition(db, row.frameworkVersionId),
    landing: (row.landing ?? null) as TCollectionLanding | null,
    theme: (row.theme ?? null) as TCollectionTheme | null,
  };

/** Starts a run of a published framework version, open from `opensAt` until `closesAt`. */
export function createCollection(
  db: TDbExecutor,
  input: TNewCollection & { now: Date },
): TCollection {
  const version = findFrameworkVersion(db, input.frameworkVersionId);
  if (!version?.publishedAt) {
    throw new DbConflictError(
      'unpublished-version',
      'Publiceer de vragenlijst voordat je er een verzameling mee start.',
    );
  }
  if (findCollectionBySlug(db, input.slug)) {
    throw new DbConflictError(
      'slug-taken',
      `Er is al een verzameling met het adres ${input.slug}.`,
    );
  }
  const row: TCollection = {
    id: randomUUID(),
    projectId: input.projectId,
    frameworkVersionId: input.frameworkVersionId,
    slug: input.slug,
    title: input.title,
    kind: input.kind,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    languages: input.languages ?? (version.definition.languages as TStoryLanguage[]),
    landing: input.landing ?? null,
    theme: input.theme ?? null,
  };
  db.insert(collections)
    .values({ ...row, createdAt: input.now })
    .run();
  return row;
}

/**
 * Collections as read by id, kept briefly per connection: every story sent looks up its
 * collection, and mapping the row (its landing page and theme are JSON) was 5 % of the
 * server's CPU under load. The functions below that change a collection forget it at once;
 * a change made by another connection or process (the CLI) is seen within COLLECTION_TTL_MS.
 * A collection closes by the clock (its `closesAt`), which the caller compares each time.
 */
export const COLLECTION_TTL_MS = 500;
const MAX_KEPT_COLLECTIONS = 32;
const COLLECTION_MEMO = 'collectionById';
type TKeptCollection = { collection: TCollectionWithFramework | undefined; readAt: number };

export function findCollectionById(
  db: TDbExecutor,
  id: string,
): TCollectionWithFramework | undefined {
  const memo = connectionMemo<TKeptCollection>(db, COLLECTION_MEMO);
  const now = performance.now();
  const kept = memo?.get(id);
  if (kept && now - kept.readAt < COLLECTION_TTL_MS) return kept.collection;
  // Prepared once: every story sent looks up its collection.
  const query = preparedQuery(db, 'collectionById', (db) =>
    db
      .select(withFramework)
      .from(collections)
      .where(eq(collections.id, sql.placeholder('id')))
      .prepare(),
  );
  const collection = typed(db, query.get({ id }));
  if (memo) {
    // Oldest first out: a Map iterates in insertion order, and a re-read is inserted anew.
    memo.delete(id);
    if (memo.size >= MAX_KEPT_COLLECTIONS) memo.delete(memo.keys().next().value!);
    // Frozen: one caller cannot change what the next one reads.
    memo.set(id, { collection: collection && frozen(collection), readAt: now });
  }
  return collection;
}

function frozen(collection: TCollectionWithFramework): TCollectionWithFramework {
  Object.freeze(collection.languages);
  if (collection.landing) Object.freeze(collection.landing);
  if (collection.theme) Object.freeze(collection.theme);
  return Object.freeze(collection);
}

/** After a change to collection `id` on this connection (or a transaction on it). */
function forgetCollection(db: TDbExecutor, id: string): void {
  forgetInMemo(db, COLLECTION_MEMO, id);
}

export function findCollectionBySlug(
  db: TDbExecutor,
  slug: string,
): TCollectionWithFramework | undefined {
  return typed(
    db,
    db.select(withFramework).from(collections).where(eq(collections.slug, slug)).get(),
  );
}

/** The public collection open at `now` (the one opened last, if several are). */
export function findOpenCollection(
  db: TDbExecutor,
  now: Date,
): TCollectionWithFramework | undefined {
  return typed(
    db,
    db
      .select(withFramework)
      .from(collections)
      .where(
        and(
          eq(collections.kind, 'public'),
          lte(collections.opensAt, now),
          gt(collections.closesAt, now),
        ),
      )
      .orderBy(desc(collections.opensAt))
      .limit(1)
      .get(),
  );
}

export function listProjectCollections(
  db: TDbExecutor,
  projectId: string,
): TCollectionWithFramework[] {
  return db
    .select(withFramework)
    .from(collections)
    .where(eq(collections.projectId, projectId))
    .orderBy(asc(collections.opensAt), asc(collections.slug))
    .all()
    .map((row) => typed(db, row)!);
}

/** Moves the open and close moments, e.g. to keep the demo collection open. */
export function rescheduleCollection(
  db: TDbExecutor,
  id: string,
  window: { opensAt: Date; closesAt: Date },
): void {
  db.update(collections).set(window).where(eq(collections.id, id)).run();
  forgetCollection(db, id);
}

/** Moves the close moment: to extend a collection, or to close it early (now). */
export function setCollectionCloses(db: TDbExecutor, id: string, closesAt: Date): void {
  db.update(collections).set({ closesAt }).where(eq(collections.id, id)).run();
  forgetCollection(db, id);
}

/**
 * Sets what the collection's landing page says and how the site looks; `null` removes it.
 * The caller validates both with survey's `ZCollectionLanding` and `ZCollectionTheme`.
 */
export function setCollectionPresentation(
  db: TDbExecutor,
  id: string,
  presentation: Partial<Pick<TCollection, 'landing' | 'theme'>>,
): void {
  db.update(collections).set(presentation).where(eq(collections.id, id)).run();
  forgetCollection(db, id);
}
