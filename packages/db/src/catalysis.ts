import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import {
  collections,
  frameworks,
  interpretations,
  observations,
  patternMarks,
  type TObservationStrength,
  themes,
} from './schema';

/*
 * Catalysis, after NarraFirma: patterns marked remarkable, observations with a strength,
 * each with at least two competing interpretations, and themes clustering interpretations.
 * Every function takes the project id and touches only that project's rows.
 */

/** An observation keeps at least this many competing interpretations. */
export const MIN_INTERPRETATIONS = 2;

export interface TPatternMark {
  frameworkId: string;
  patternKey: string;
  remarkable: boolean;
  description: string;
  markedAt: Date;
}

/** Marks a pattern remarkable or not; a later mark replaces the earlier one. */
export function setPatternMark(
  db: TDbExecutor,
  input: {
    projectId: string;
    frameworkId: string;
    patternKey: string;
    remarkable: boolean;
    description: string;
    userId: string;
    now: Date;
  },
): void {
  const values = {
    remarkable: input.remarkable,
    description: input.description,
    markedByUserId: input.userId,
    markedAt: input.now,
  };
  db.insert(patternMarks)
    .values({
      projectId: input.projectId,
      frameworkId: input.frameworkId,
      patternKey: input.patternKey,
      ...values,
    })
    .onConflictDoUpdate({
      target: [patternMarks.projectId, patternMarks.frameworkId, patternMarks.patternKey],
      set: values,
    })
    .run();
}

export function listPatternMarks(db: TDbExecutor, projectId: string): TPatternMark[] {
  return db
    .select({
      frameworkId: patternMarks.frameworkId,
      patternKey: patternMarks.patternKey,
      remarkable: patternMarks.remarkable,
      description: patternMarks.description,
      markedAt: patternMarks.markedAt,
    })
    .from(patternMarks)
    .where(eq(patternMarks.projectId, projectId))
    .orderBy(asc(patternMarks.markedAt), asc(patternMarks.patternKey))
    .all();
}

/** Whether the framework belongs to the project. */
export function isProjectFramework(db: TDbExecutor, projectId: string, frameworkId: string) {
  return !!db
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(and(eq(frameworks.id, frameworkId), eq(frameworks.projectId, projectId)))
    .get();
}

/** Whether the collection belongs to the project. */
export function isProjectCollection(db: TDbExecutor, projectId: string, collectionId: string) {
  return !!db
    .select({ id: collections.id })
    .from(collections)
    .where(and(eq(collections.id, collectionId), eq(collections.projectId, projectId)))
    .get();
}

/** What an observation is about: a pattern of a framework's scan, or a collection (wave). */
export type TObservationSubject =
  | { kind: 'pattern'; frameworkId: string; patternKey: string }
  | { kind: 'collection'; collectionId: string };

export interface TInterpretation {
  id: string;
  observationId: string;
  title: string;
  body: string;
  themeId: string | null;
  position: number;
  createdAt: Date;
}

export interface TObservation {
  id: string;
  subject: TObservationSubject;
  title: string;
  body: string;
  strength: TObservationStrength;
  authorUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
  interpretations: TInterpretation[];
}

export interface TNewInterpretation {
  title: string;
  body: string;
}

/**
 * A new observation with its interpretations, in one transaction. Fewer than two
 * interpretations are refused: an observation is read in more than one way or not at all.
 */
export function createObservation(
  db: TDbExecutor,
  input: {
    projectId: string;
    subject: TObservationSubject;
    title: string;
    body: string;
    strength: TObservationStrength;
    interpretations: readonly TNewInterpretation[];
    userId: string | null;
    now: Date;
  },
): { id: string; interpretationIds: string[] } {
  if (input.interpretations.length < MIN_INTERPRETATIONS) {
    throw new DbConflictError(
      'too-few-interpretations',
      `Een observatie heeft minstens ${MIN_INTERPRETATIONS} verschillende duidingen nodig.`,
    );
  }
  const id = randomUUID();
  return inTransaction(db, (tx) => {
    tx.insert(observations)
      .values({
        id,
        projectId: input.projectId,
        frameworkId: input.subject.kind === 'pattern' ? input.subject.frameworkId : null,
        patternKey: input.subject.kind === 'pattern' ? input.subject.patternKey : null,
        collectionId: input.subject.kind === 'collection' ? input.subject.collectionId : null,
        title: input.title,
        body: input.body,
        strength: input.strength,
        authorUserId: input.userId,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .run();
    const interpretationIds = input.interpretations.map((interpretation) =>
      insertInterpretation(tx, id, interpretation, input.userId, input.now),
    );
    return { id, interpretationIds };
  });
}

function insertInterpretation(
  tx: TDbExecutor,
  observationId: string,
  interpretation: TNewInterpretation,
  userId: string | null,
  now: Date,
): string {
  const id = randomUUID();
  tx.insert(interpretations)
    .values({
      id,
      observationId,
      title: interpretation.title,
      body: interpretation.body,
      themeId: null,
      position: nextPosition(tx, null),
      authorUserId: userId,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return id;
}

function nextPosition(tx: TDbExecutor, themeId: string | null): number {
  const row = tx
    .select({ last: max(interpretations.position) })
    .from(interpretations)
    .where(themeId ? eq(interpretations.themeId, themeId) : isNull(interpretations.themeId))
    .get();
  return (row?.last ?? -1) + 1;
}

const observationColumns = {
  id: observations.id,
  frameworkId: observations.frameworkId,
  patternKey: observations.patternKey,
  collectionId: observations.collectionId,
  title: observations.title,
  body: observations.body,
  strength: observations.strength,
  authorUserId: observations.authorUserId,
  createdAt: observations.createdAt,
  updatedAt: observations.updatedAt,
};

const interpretationColumns = {
  id: interpretations.id,
  observationId: interpretations.observationId,
  title: interpretations.title,
  body: interpretations.body,
  themeId: interpretations.themeId,
  position: interpretations.position,
  createdAt: interpretations.createdAt,
};

/** A project's observations (optionally of one collection), oldest first, with their interpretations. */
export function listObservations(
  db: TDbExecutor,
  projectId: string,
  filter: { collectionId?: string } = {},
): TObservation[] {
  const rows = db
    .select(observationColumns)
    .from(observations)
    .where(
      and(
        eq(observations.projectId, projectId),
        filter.collectionId ? eq(observations.collectionId, filter.collectionId) : undefined,
      ),
    )
    .orderBy(asc(observations.createdAt), sql`observations.rowid`)
    .all();
  if (rows.length === 0) return [];
  const byObservation = new Map<string, TInterpretation[]>();
  const all = db
    .select(interpretationColumns)
    .from(interpretations)
    .where(
      inArray(
        interpretations.observationId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(interpretations.createdAt), sql`interpretations.rowid`)
    .all();
  for (const interpretation of all) {
    const list = byObservation.get(interpretation.observationId) ?? [];
    list.push(interpretation);
    byObservation.set(interpretation.observationId, list);
  }
  return rows.map(({ frameworkId, patternKey, collectionId, ...row }) => ({
    ...row,
    subject:
      patternKey !== null && frameworkId !== null
        ? { kind: 'pattern', frameworkId, patternKey }
        : { kind: 'collection', collectionId: collectionId ?? '' },
    interpretations: byObservation.get(row.id) ?? [],
  }));
}

export function findObservation(
  db: TDbExecutor,
  projectId: string,
  observationId: string,
): TObservation | undefined {
  return listObservations(db, projectId).find((o) => o.id === observationId);
}

/** Changes an observation's text or strength; false when it is not in the project. */
export function updateObservation(
  db: TDbExecutor,
  input: {
    projectId: string;
    observationId: string;
    title: string;
    body: string;
    strength: TObservationStrength;
    now: Date;
  },
): boolean {
  return (
    db
      .update(observations)
      .set({
        title: input.title,
        body: input.body,
        strength: input.strength,
        updatedAt: input.now,
      })
      .where(
        and(eq(observations.id, input.observationId), eq(observations.projectId, input.projectId)),
      )
      .run().changes > 0
  );
}

/** Deletes an observation with its interpretations; false when it is not in the project. */
export function deleteObservation(db: TDbExecutor, projectId: string, observationId: string) {
  return (
    db
      .delete(observations)
      .where(and(eq(observations.id, observationId), eq(observations.projectId, projectId)))
      .run().changes > 0
  );
}

/** The interpretation's observation, when both belong to the project. */
function interpretationInProject(tx: TDbExecutor, projectId: string, interpretationId: string) {
  return tx
    .select({ observationId: interpretations.observationId })
    .from(interpretations)
    .innerJoin(observations, eq(observations.id, interpretations.observationId))
    .where(and(eq(interpretations.id, interpretationId), eq(observations.projectId, projectId)))
    .get();
}

/** One more interpretation of an observation; undefined when the observation is not in the project. */
export function addInterpretation(
  db: TDbExecutor,
  input: {
    projectId: string;
    observationId: string;
    interpretation: TNewInterpretation;
    userId: string | null;
    now: Date;
  },
): { id: string } | undefined {
  return inTransaction(db, (tx) => {
    const observation = tx
      .select({ id: observations.id })
      .from(observations)
      .where(
        and(eq(observations.id, input.observationId), eq(observations.projectId, input.projectId)),
      )
      .get();
    if (!observation) return undefined;
    const id = insertInterpretation(
      tx,
      observation.id,
      input.interpretation,
      input.userId,
      input.now,
    );
    tx.update(observations)
      .set({ updatedAt: input.now })
      .where(eq(observations.id, observation.id))
      .run();
    return { id };
  });
}

export function updateInterpretation(
  db: TDbExecutor,
  input: {
    projectId: string;
    interpretationId: string;
    interpretation: TNewInterpretation;
    now: Date;
  },
): boolean {
  return inTransaction(db, (tx) => {
    if (!interpretationInProject(tx, input.projectId, input.interpretationId)) return false;
    tx.update(interpretations)
      .set({ ...input.interpretation, updatedAt: input.now })
      .where(eq(interpretations.id, input.interpretationId))
      .run();
    return true;
  });
}

/**
 * Deletes an interpretation, unless the observation would keep fewer than two: the second
 * reading is the point of the practice. False when it is not in the project.
 */
export function deleteInterpretation(
  db: TDbExecutor,
  projectId: string,
  interpretationId: string,
): boolean {
  return inTransaction(db, (tx) => {
    const found = interpretationInProject(tx, projectId, interpretationId);
    if (!found) return false;
    const siblings =
      tx
        .select({ n: count() })
        .from(interpretations)
        .where(eq(interpretations.observationId, found.observationId))
        .get()?.n ?? 0;
    if (siblings <= MIN_INTERPRETATIONS) {
      throw new DbConflictError(
        'too-few-interpretations',
        `Een observatie houdt minstens ${MIN_INTERPRETATIONS} duidingen. Schrijf eerst een andere duiding voordat je deze verwijdert.`,
      );
    }
    tx.delete(interpretations).where(eq(interpretations.id, interpretationId)).run();
    return true;
  });
}

export interface TTheme {
  id: string;
  title: string;
  description: string;
  position: number;
}

export function listThemes(db: TDbExecutor, projectId: string): TTheme[] {
  return db
    .select({
      id: themes.id,
      title: themes.title,
      description: themes.description,
      position: themes.position,
    })
    .from(themes)
    .where(eq(themes.projectId, projectId))
    .orderBy(asc(themes.position), asc(themes.createdAt))
    .all();
}

export function createTheme(
  db: TDbExecutor,
  input: { projectId: string; title: string; description: string; now: Date },
): { id: string } {
  const id = randomUUID();
  inTransaction(db, (tx) => {
    const last =
      tx
        .select({ last: max(themes.position) })
        .from(themes)
        .where(eq(themes.projectId, input.projectId))
        .get()?.last ?? -1;
    tx.insert(themes)
      .values({
        id,
        projectId: input.projectId,
        title: input.title,
        description: input.description,
        position: last + 1,
        createdAt: input.now,
      })
      .run();
  });
  return { id };
}

export function updateTheme(
  db: TDbExecutor,
  input: { projectId: string; themeId: string; title: string; description: string },
): boolean {
  return (
    db
      .update(themes)
      .set({ title: input.title, description: input.description })
      .where(and(eq(themes.id, input.themeId), eq(themes.projectId, input.projectId)))
      .run().changes > 0
  );
}

/** Deletes a theme; its interpretations become unclustered again. */
export function deleteTheme(db: TDbExecutor, projectId: string, themeId: string): boolean {
  return (
    db
      .delete(themes)
      .where(and(eq(themes.id, themeId), eq(themes.projectId, projectId)))
      .run().changes > 0
  );
}

/**
 * Places an interpretation in a theme (or back among the unclustered ones, `themeId` null)
 * at `position` (0 = first), renumbering the others of that theme. False when the
 * interpretation or the theme is not in the project.
 */
export function placeInterpretation(
  db: TDbExecutor,
  input: { projectId: string; interpretationId: string; themeId: string | null; position: number },
): boolean {
  return inTransaction(db, (tx) => {
    if (!interpretationInProject(tx, input.projectId, input.interpretationId)) return false;
    if (input.themeId) {
      const theme = tx
        .select({ id: themes.id })
        .from(themes)
        .where(and(eq(themes.id, input.themeId), eq(themes.projectId, input.projectId)))
        .get();
      if (!theme) return false;
    }
    // The others of the target group, in their order, of this project only.
    const others = tx
      .select({ id: interpretations.id })
      .from(interpretations)
      .innerJoin(observations, eq(observations.id, interpretations.observationId))
      .where(
        and(
          eq(observations.projectId, input.projectId),
          input.themeId
            ? eq(interpretations.themeId, input.themeId)
            : isNull(interpretations.themeId),
        ),
      )
      .orderBy(asc(interpretations.position), sql`interpretations.rowid`)
      .all()
      .map((r) => r.id)
      .filter((id) => id !== input.interpretationId);
    const at = Math.max(0, Math.min(input.position, others.length));
    others.splice(at, 0, input.interpretationId);
    others.forEach((id, position) => {
      tx.update(interpretations)
        .set(id === input.interpretationId ? { themeId: input.themeId, position } : { position })
        .where(eq(interpretations.id, id))
        .run();
    });
    return true;
  });
}

/** Moves a theme to `position` among the project's themes (the report's order of headings). */
export function moveTheme(
  db: TDbExecutor,
  input: { projectId: string; themeId: string; position: number },
): boolean {
  return inTransaction(db, (tx) => {
    const ids = listThemes(tx, input.projectId).map((t) => t.id);
    if (!ids.includes(input.themeId)) return false;
    const rest = ids.filter((id) => id !== input.themeId);
    rest.splice(Math.max(0, Math.min(input.position, rest.length)), 0, input.themeId);
    rest.forEach((id, position) => {
      tx.update(themes).set({ position }).where(eq(themes.id, id)).run();
    });
    return true;
  });
}

/**
 * A meeting's note on a collection (a panel wave's slide): an observation on the collection
 * without interpretations yet (the interpretation group adds them later), found again by its
 * title, which names the slide. Saving the same title again replaces the body; an empty
 * body deletes the note. Read and write in one transaction, so two saves make one row.
 */
export function saveCollectionNote(
  db: TDbExecutor,
  input: {
    projectId: string;
    collectionId: string;
    title: string;
    body: string;
    userId: string | null;
    now: Date;
  },
): { id: string | null } {
  return inTransaction(db, (tx) => {
    const existing = tx
      .select({ id: observations.id })
      .from(observations)
      .where(
        and(
          eq(observations.projectId, input.projectId),
          eq(observations.collectionId, input.collectionId),
          eq(observations.title, input.title),
        ),
      )
      .orderBy(asc(observations.createdAt), sql`observations.rowid`)
      .get();
    if (existing && input.body === '') {
      tx.delete(observations).where(eq(observations.id, existing.id)).run();
      return { id: null };
    }
    if (existing) {
      tx.update(observations)
        .set({ body: input.body, updatedAt: input.now })
        .where(eq(observations.id, existing.id))
        .run();
      return { id: existing.id };
    }
    if (input.body === '') return { id: null };
    const id = randomUUID();
    tx.insert(observations)
      .values({
        id,
        projectId: input.projectId,
        frameworkId: null,
        patternKey: null,
        collectionId: input.collectionId,
        title: input.title,
        body: input.body,
        strength: 'medium',
        authorUserId: input.userId,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .run();
    return { id };
  });
}
