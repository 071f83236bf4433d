import { randomUUID } from 'node:crypto';
import { and, asc, count, countDistinct, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { codes, collections, stories, storyCodings, users } from './schema';

/*
 * A project's codebook (codes in a tree) and the codes coders apply to stories: to the whole
 * story or to a passage of its text. Every function takes the project id and checks that the
 * code and the story belong to it, so an id from another project changes nothing.
 */

export interface TCode {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  sortOrder: number;
  /** How many applications of this code there are, and on how many stories. */
  codings: number;
  stories: number;
}

/** The codebook in tree order: each code after its parent, siblings by `sortOrder`. */
export function listCodebook(db: TDbExecutor, projectId: string): TCode[] {
  const usage = db
    .select({
      codeId: storyCodings.codeId,
      codings: count(),
      stories: countDistinct(storyCodings.storyId),
    })
    .from(storyCodings)
    .innerJoin(codes, eq(codes.id, storyCodings.codeId))
    .where(eq(codes.projectId, projectId))
    .groupBy(storyCodings.codeId)
    .all();
  const byCode = new Map(usage.map((u) => [u.codeId, u]));
  const rows = db
    .select({
      id: codes.id,
      parentId: codes.parentId,
      name: codes.name,
      description: codes.description,
      sortOrder: codes.sortOrder,
    })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .orderBy(asc(codes.sortOrder), asc(codes.name))
    .all();
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) {
    const list = children.get(row.parentId) ?? [];
    list.push(row);
    children.set(row.parentId, list);
  }
  const out: TCode[] = [];
  const walk = (parentId: string | null) => {
    for (const row of children.get(parentId) ?? []) {
      const used = byCode.get(row.id);
      out.push({ ...row, codings: used?.codings ?? 0, stories: used?.stories ?? 0 });
      walk(row.id);
    }
  };
  walk(null);
  return out;
}

function findCode(db: TDbExecutor, projectId: string, codeId: string) {
  return db
    .select()
    .from(codes)
    .where(and(eq(codes.id, codeId), eq(codes.projectId, projectId)))
    .get();
}

function siblings(db: TDbExecutor, projectId: string, parentId: string | null) {
  return db
    .select({ id: codes.id, name: codes.name })
    .from(codes)
    .where(
      and(
        eq(codes.projectId, projectId),
        parentId ? eq(codes.parentId, parentId) : isNull(codes.parentId),
      ),
    )
    .orderBy(asc(codes.sortOrder), asc(codes.name))
    .all();
}

function refuseTakenName(
  db: TDbExecutor,
  projectId: string,
  parentId: string | null,
  name: string,
  exceptId?: string,
) {
  const lower = name.toLocaleLowerCase('nl');
  const taken = siblings(db, projectId, parentId).some(
    (s) => s.id !== exceptId && s.name.toLocaleLowerCase('nl') === lower,
  );
  if (taken) {
    throw new DbConflictError(
      'code-name-taken',
      `Er staat al een code "${name}" op deze plek in het codeboek.`,
    );
  }
}

/** Renumbers the siblings 0, 1, 2, … in the given order. */
function renumber(db: TDbExecutor, ids: readonly string[]) {
  ids.forEach((id, index) => {
    db.update(codes).set({ sortOrder: index }).where(eq(codes.id, id)).run();
  });
}

/** Undefined when the parent is not a code of this project. */
export function createCode(
  db: TDbExecutor,
  input: {
    projectId: string;
    parentId: string | null;
    name: string;
    description: string;
    now: Date;
  },
): TCode | undefined {
  return inTransaction(db, (tx) => {
    if (input.parentId && !findCode(tx, input.projectId, input.parentId)) return undefined;
    refuseTakenName(tx, input.projectId, input.parentId, input.name);
    const row = {
      id: randomUUID(),
      projectId: input.projectId,
      parentId: input.parentId,
      name: input.name,
      description: input.description,
      sortOrder: siblings(tx, input.projectId, input.parentId).length,
      createdAt: input.now,
    };
    tx.insert(codes).values(row).run();
    return {
      id: row.id,
      parentId: row.parentId,
      name: row.name,
      description: row.description,
      sortOrder: row.sortOrder,
      codings: 0,
      stories: 0,
    };
  });
}

/** Renames a code or changes its description; false when it is not a code of this project. */
export function updateCode(
  db: TDbExecutor,
  input: { projectId: string; codeId: string; name: string; description: string },
): boolean {
  return inTransaction(db, (tx) => {
    const code = findCode(tx, input.projectId, input.codeId);
    if (!code) return false;
    refuseTakenName(tx, input.projectId, code.parentId, input.name, code.id);
    tx.update(codes)
      .set({ name: input.name, description: input.description })
      .where(eq(codes.id, code.id))
      .run();
    return true;
  });
}

/**
 * Moves a code (with its children) under another parent (null: to the top), at `position`
 * among its new siblings. A code cannot move into its own branch.
 */
export function moveCode(
  db: TDbExecutor,
  input: { projectId: string; codeId: string; parentId: string | null; position: number },
): boolean {
  return inTransaction(db, (tx) => {
    const code = findCode(tx, input.projectId, input.codeId);
    if (!code) return false;
    if (input.parentId) {
      // Walk up from the new parent: meeting the code itself would make a cycle.
      let at: string | null = input.parentId;
      for (let depth = 0; at; depth++) {
        if (at === code.id || depth > 1000) {
          throw new DbConflictError(
            'code-cycle',
            'Een code kan niet onder zichzelf of onder een van haar eigen subcodes staan.',
          );
        }
        const parent = findCode(tx, input.projectId, at);
        if (!parent) return false;
        at = parent.parentId;
      }
    }
    refuseTakenName(tx, input.projectId, input.parentId, code.name, code.id);
    const oldSiblings = siblings(tx, input.projectId, code.parentId)
      .map((s) => s.id)
      .filter((id) => id !== code.id);
    tx.update(codes).set({ parentId: input.parentId }).where(eq(codes.id, code.id)).run();
    const newSiblings = siblings(tx, input.projectId, input.parentId)
      .map((s) => s.id)
      .filter((id) => id !== code.id);
    const position = Math.max(0, Math.min(input.position, newSiblings.length));
    newSiblings.splice(position, 0, code.id);
    if (code.parentId !== input.parentId) renumber(tx, oldSiblings);
    renumber(tx, newSiblings);
    return true;
  });
}

export type TDeleteCodeResult =
  | { kind: 'deleted'; codings: number; children: number }
  | { kind: 'not-found' };

/**
 * Deletes a code. Its subcodes move up to its place; its applications go with it, but only
 * when the caller confirmed that (`removeCodings`): a code in use is refused otherwise.
 */
export function deleteCode(
  db: TDbExecutor,
  input: { projectId: string; codeId: string; removeCodings: boolean },
): TDeleteCodeResult {
  return inTransaction(db, (tx) => {
    const code = findCode(tx, input.projectId, input.codeId);
    if (!code) return { kind: 'not-found' };
    const used =
      tx.select({ n: count() }).from(storyCodings).where(eq(storyCodings.codeId, code.id)).get()
        ?.n ?? 0;
    if (used > 0 && !input.removeCodings) {
      throw new DbConflictError(
        'code-in-use',
        `Deze code is ${used} keer toegepast. Bevestig dat die toepassingen mee verdwijnen.`,
      );
    }
    const children = siblings(tx, input.projectId, code.id).map((s) => s.id);
    const around = siblings(tx, input.projectId, code.parentId).map((s) => s.id);
    for (const child of children) {
      refuseTakenName(
        tx,
        input.projectId,
        code.parentId,
        findCode(tx, input.projectId, child)!.name,
        code.id,
      );
    }
    tx.update(codes).set({ parentId: code.parentId }).where(eq(codes.parentId, code.id)).run();
    tx.delete(storyCodings).where(eq(storyCodings.codeId, code.id)).run();
    tx.delete(codes).where(eq(codes.id, code.id)).run();
    const at = around.indexOf(code.id);
    renumber(tx, [...around.slice(0, at), ...children, ...around.slice(at + 1)]);
    return { kind: 'deleted', codings: used, children: children.length };
  });
}

/* ---- Codings ---- */

export interface TStoryCoding {
  id: string;
  codeId: string;
  coderUserId: string;
  coderName: string;
  /** Null for the whole story. */
  passage: { start: number; end: number } | null;
  createdAt: Date;
}

/** A story of this project that is not withdrawn, with its text (for passage bounds). */
export function findCodableStory(db: TDbExecutor, projectId: string, storyId: string) {
  return db
    .select({
      id: stories.id,
      title: stories.title,
      text: stories.text,
      status: stories.status,
      createdOn: stories.createdOn,
      collectionId: stories.collectionId,
    })
    .from(stories)
    .innerJoin(collections, eq(collections.id, stories.collectionId))
    .where(
      and(
        eq(stories.id, storyId),
        eq(collections.projectId, projectId),
        ne(stories.status, 'withdrawn'),
      ),
    )
    .get();
}

export function listStoryCodings(
  db: TDbExecutor,
  projectId: string,
  storyId: string,
): TStoryCoding[] {
  return db
    .select({
      id: storyCodings.id,
      codeId: storyCodings.codeId,
      coderUserId: storyCodings.coderUserId,
      coderName: users.name,
      passageStart: storyCodings.passageStart,
      passageEnd: storyCodings.passageEnd,
      createdAt: storyCodings.createdAt,
    })
    .from(storyCodings)
    .innerJoin(codes, eq(codes.id, storyCodings.codeId))
    .innerJoin(users, eq(users.id, storyCodings.coderUserId))
    .where(and(eq(storyCodings.storyId, storyId), eq(codes.projectId, projectId)))
    .orderBy(
      sql`${storyCodings.passageStart} is not null`,
      asc(storyCodings.passageStart),
      asc(storyCodings.createdAt),
    )
    .all()
    .map(({ passageStart, passageEnd, ...rest }) => ({
      ...rest,
      passage:
        passageStart === null || passageEnd === null
          ? null
          : { start: passageStart, end: passageEnd },
    }));
}

export type TApplyCodeResult =
  | { kind: 'applied'; codingId: string; repeated: boolean }
  | { kind: 'not-found' };

/**
 * Applies a code of the project to a story of the project, by one coder: to the whole story,
 * or to `text.slice(start, end)`. Applying the same thing twice keeps one row.
 */
export function applyCode(
  db: TDbExecutor,
  input: {
    projectId: string;
    storyId: string;
    codeId: string;
    coderUserId: string;
    passage: { start: number; end: number } | null;
    now: Date;
  },
): TApplyCodeResult {
  return inTransaction(db, (tx) => {
    const story = findCodableStory(tx, input.projectId, input.storyId);
    if (!story || !findCode(tx, input.projectId, input.codeId)) return { kind: 'not-found' };
    const { passage } = input;
    if (
      passage &&
      (passage.start < 0 || passage.end <= passage.start || passage.end > story.text.length)
    ) {
      throw new DbConflictError(
        'passage-out-of-range',
        'Deze passage valt buiten de tekst van het verhaal. Selecteer haar opnieuw.',
      );
    }
    const same = tx
      .select({ id: storyCodings.id })
      .from(storyCodings)
      .where(
        and(
          eq(storyCodings.storyId, input.storyId),
          eq(storyCodings.codeId, input.codeId),
          eq(storyCodings.coderUserId, input.coderUserId),
          passage
            ? eq(storyCodings.passageStart, passage.start)
            : isNull(storyCodings.passageStart),
          passage ? eq(storyCodings.passageEnd, passage.end) : isNull(storyCodings.passageEnd),
        ),
      )
      .get();
    if (same) return { kind: 'applied', codingId: same.id, repeated: true };
    const id = randomUUID();
    tx.insert(storyCodings)
      .values({
        id,
        storyId: input.storyId,
        codeId: input.codeId,
        coderUserId: input.coderUserId,
        passageStart: passage?.start ?? null,
        passageEnd: passage?.end ?? null,
        createdAt: input.now,
      })
      .run();
    return { kind: 'applied', codingId: id, repeated: false };
  });
}

/** Removes one of the coder's own codings; false when there is no such coding of theirs. */
export function removeCoding(
  db: TDbExecutor,
  input: { projectId: string; codingId: string; coderUserId: string },
): boolean {
  const own = db
    .select({ id: storyCodings.id })
    .from(storyCodings)
    .innerJoin(codes, eq(codes.id, storyCodings.codeId))
    .where(
      and(
        eq(storyCodings.id, input.codingId),
        eq(storyCodings.coderUserId, input.coderUserId),
        eq(codes.projectId, input.projectId),
      ),
    )
    .get();
  if (!own) return false;
  return db.delete(storyCodings).where(eq(storyCodings.id, own.id)).run().changes === 1;
}

/**
 * Per story of the project, the codes anyone applied to it (whole or to a passage), each once:
 * the grouping "stories with code X" for the analytics and the story table's code filter.
 * Withdrawn stories have no codings left; `storyIds` narrows the answer.
 */
export function listStoryCodes(
  db: TDbExecutor,
  projectId: string,
  storyIds?: readonly string[],
): { storyId: string; codeIds: string[] }[] {
  if (storyIds && storyIds.length === 0) return [];
  const rows = db
    .selectDistinct({ storyId: storyCodings.storyId, codeId: storyCodings.codeId })
    .from(storyCodings)
    .innerJoin(codes, eq(codes.id, storyCodings.codeId))
    .where(
      and(
        eq(codes.projectId, projectId),
        storyIds ? inArray(storyCodings.storyId, [...storyIds]) : undefined,
      ),
    )
    .orderBy(asc(storyCodings.storyId), asc(storyCodings.codeId))
    .all();
  const out: { storyId: string; codeIds: string[] }[] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last?.storyId === row.storyId) last.codeIds.push(row.codeId);
    else out.push({ storyId: row.storyId, codeIds: [row.codeId] });
  }
  return out;
}

/**
 * Who applied which code to which story (whole or passage, each pair once), for the agreement
 * between coders, and who coded which story at all (a coder who coded a story but not with
 * code X said "not X" about it).
 */
export function listCodingsByCoder(
  db: TDbExecutor,
  projectId: string,
): {
  applied: { storyId: string; codeId: string; coderUserId: string }[];
  coders: { userId: string; name: string }[];
} {
  const applied = db
    .selectDistinct({
      storyId: storyCodings.storyId,
      codeId: storyCodings.codeId,
      coderUserId: storyCodings.coderUserId,
    })
    .from(storyCodings)
    .innerJoin(codes, eq(codes.id, storyCodings.codeId))
    .where(eq(codes.projectId, projectId))
    .all();
  const coderIds = [...new Set(applied.map((a) => a.coderUserId))];
  const coders =
    coderIds.length === 0
      ? []
      : db
          .select({ userId: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, coderIds))
          .orderBy(asc(users.name))
          .all();
  return { applied, coders };
}
